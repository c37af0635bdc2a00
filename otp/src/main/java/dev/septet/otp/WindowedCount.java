/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one windowed counter of an {@link OtpStore}: its value in the current fixed window and when that
 * window ends.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the count in the current window, at least 0
 * @param windowEnd the first instant that is no longer in the window; not null
 */
public record WindowedCount(long value, Instant windowEnd) {

    /**
     * Checks the fields.
     *
     * @param value the count in the current window, at least 0
     * @param windowEnd the first instant that is no longer in the window; not null
     * @throws NullPointerException if windowEnd is null
     * @throws IllegalArgumentException if value is negative
     */
    public WindowedCount {
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative, was " + value);
        }
    }
}
