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
 *     units for {@link Encoding#UCS2}; 1 to the part capacity (at most 160)
 */
public record Segment(String text, int units) {
    /**
     * Creates the record, validating both components.
     *
     * @param text the part's text, not null or empty
     * @param units the part's cost in septets or UTF-16 code units, 1 to 160 (the largest part capacity)
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException naming the component for an empty text or units out of range
     */
    public Segment {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        Range.check("units", units, 1, 160);
    }
}
