/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;

/**
 * A change Septet made to the text before encoding, because the caller asked for it: an unencodable character
 * replaced with a chosen GSM character, a lone surrogate replaced with U+FFFD, or a smart-encoding substitution.
 *
 * @param index the UTF-16 code unit index of the original character in the caller's text, 0 or more
 * @param original the original character(s), not null or empty
 * @param replacement what was encoded instead, possibly empty (a removed character), not null
 */
public record Replacement(int index, String original, String replacement) {
    /**
     * Creates the record, validating every component.
     *
     * @param index the UTF-16 code unit index of the original character, 0 or more
     * @param original the original character(s), not null or empty
     * @param replacement what was encoded instead, not null, possibly empty
     * @throws NullPointerException if {@code original} or {@code replacement} is null
     * @throws IllegalArgumentException naming the component for a negative index or an empty original
     */
    public Replacement {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        Range.check("index", index, 0, Integer.MAX_VALUE);
        if (original.isEmpty()) {
            throw new IllegalArgumentException("original must not be empty");
        }
    }
}
