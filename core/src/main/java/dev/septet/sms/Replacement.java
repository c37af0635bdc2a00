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
 * @param original the original character(s), not null
 * @param replacement what was encoded instead, possibly empty (a removed character), not null
 */
public record Replacement(int index, String original, String replacement) {
    /**
     * Creates the record, validating every component and copying collections.
     *
     * @param index the UTF-16 code unit index of the original character in the caller's text, 0 or more
     * @param original the original character(s), not null
     * @param replacement what was encoded instead, possibly empty (a removed character), not null
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Replacement {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }
}
