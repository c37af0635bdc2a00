/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;

/**
 * One part of a split message: its text and what it costs.
 *
 * @param text the part's text, never empty; the parts' texts concatenate to the (possibly replaced) input
 * @param units the part's cost: septets for {@link Encoding#GSM7} (an escaped character counts 2), UTF-16 code
 *     units for {@link Encoding#UCS2}; 1 to the part capacity
 */
public record Segment(String text, int units) {
    /**
     * Creates the record, validating every component and copying collections.
     *
     * @param text the part's text, never empty; the parts' texts concatenate to the (possibly replaced) input
     * @param units the part's cost: septets for {@link Encoding#GSM7} (an escaped character counts 2), UTF-16 code units for {@link Encoding#UCS2}; 1 to the part capacity
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Segment {
        Objects.requireNonNull(text, "text");
        if (units < 1) {
            throw new IllegalArgumentException("units must be positive: " + units);
        }
    }
}
