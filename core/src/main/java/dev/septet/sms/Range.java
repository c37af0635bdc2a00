/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The range check of the public records' compact constructors, with one message form for all of them.
 */
final class Range {
    private Range() {}

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @throws IllegalArgumentException "{@code name} must be min to max, was value" (or "min or more" when
     *     {@code max} is {@link Integer#MAX_VALUE}) otherwise
     */
    static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
            throw new IllegalArgumentException(name + " must be " + range + ", was " + value);
        }
    }
}
