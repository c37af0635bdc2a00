/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;

/**
 * The one exception this module throws for invalid input: it carries a stable {@link RulesError} code, the name of
 * the refused field and a message that names the field, the value and why.
 *
 * <p>Null arguments are reported as {@link NullPointerException}s naming the argument instead.
 */
public final class RulesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What kind of input was refused. */
    private final RulesError error;
    /** The refused field, for example {@code recipient}. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param error the stable code; not null
     * @param field the refused field, for example {@code "recipient"}; not null
     * @param message the message naming the field, the value and why; not null
     * @throws NullPointerException if an argument is null
     */
    RulesException(RulesError error, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.error = Objects.requireNonNull(error, "error");
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Returns the stable code of the refusal.
     *
     * @return the code; never null
     */
    public RulesError error() {
        return error;
    }

    /**
     * Returns the name of the refused field, as the component or parameter is named in this API (for example
     * {@code recipient}, {@code purpose}, {@code categories}, {@code hours}).
     *
     * @return the field name; never null
     */
    public String field() {
        return field;
    }
}
