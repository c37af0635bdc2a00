/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;

/**
 * The checked text with what it lacked added (the opt-out line), and what it then costs.
 *
 * @param text the amended text; not null
 * @param parts the number of SMS parts the amended text needs with the request's options, 1 or more; more than the
 *     options' {@code maxParts} when the addition does not fit
 */
public record AmendedMessage(String text, int parts) {

    /**
     * Creates the record, validating it.
     *
     * @param text the amended text; not null
     * @param parts the number of parts, 1 or more
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public AmendedMessage {
        Objects.requireNonNull(text, "text");
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be 1 or more, was " + parts);
        }
    }
}
