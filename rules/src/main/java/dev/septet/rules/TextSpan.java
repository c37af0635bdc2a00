/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

/**
 * A range of the checked text: UTF-16 code unit indexes into the text as given, {@code start} inclusive and
 * {@code end} exclusive, so {@code text.substring(start, end)} is the offending part.
 *
 * @param start the first code unit, 0 or more
 * @param end the code unit after the last one, at least {@code start}
 */
public record TextSpan(int start, int end) {

    /**
     * Creates the span, validating it.
     *
     * @param start the first code unit, 0 or more
     * @param end the code unit after the last one, at least {@code start}
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
