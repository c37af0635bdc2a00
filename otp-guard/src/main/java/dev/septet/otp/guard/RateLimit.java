/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * A velocity limit of a {@link Guard}: at most {@code maxCodes} codes per fixed window, counted in the store. A
 * window starts at the first code after the previous window ended, so up to {@code 2 * maxCodes} codes can fall
 * within one window length across a window's edge.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxCodes the most codes per window, 0 (off) to 1,000,000,000 inclusive
 * @param window the window length, whole milliseconds from 1 second to 30 days inclusive; {@link Duration#ZERO} when
 *     maxCodes is 0; not null
 */
public record RateLimit(int maxCodes, Duration window) {
    /** The largest {@link #maxCodes()}. */
    public static final int MAX_CODES = 1_000_000_000;

    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    static final Duration MAX_WINDOW = Duration.ofDays(30);
    private static final RateLimit OFF = new RateLimit(0, Duration.ZERO);

    /**
     * Checks the fields, naming the bad one, its bounds and its value.
     *
     * @param maxCodes the most codes per window, 0 (off) to 1,000,000,000 inclusive
     * @param window the window length, whole milliseconds from 1 second to 30 days inclusive; zero when maxCodes is
     *     0; not null
     * @throws NullPointerException if the window is null
     * @throws IllegalArgumentException if a field is out of range
     */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (maxCodes < 0 || maxCodes > MAX_CODES) {
            throw new IllegalArgumentException(
                    "maxCodes must be between 0 (off) and " + MAX_CODES + " inclusive, was " + maxCodes);
        }
        if (maxCodes == 0 ? !window.isZero() : !wholeMillisWithin(window, MIN_WINDOW, MAX_WINDOW)) {
            throw new IllegalArgumentException("window must be "
                    + (maxCodes == 0
                            ? "zero when maxCodes is 0"
                            : "whole milliseconds between " + MIN_WINDOW + " and " + MAX_WINDOW + " inclusive")
                    + ", was " + window);
        }
    }

    /**
     * Returns a limit of {@code maxCodes} codes per window.
     *
     * @param maxCodes the most codes per window, 1 to 1,000,000,000 inclusive
     * @param window the window length, whole milliseconds from 1 second to 30 days inclusive; not null
     * @return the limit; never null
     * @throws NullPointerException if the window is null
     * @throws IllegalArgumentException if maxCodes is below 1 or a value is out of range
     */
    public static RateLimit of(int maxCodes, Duration window) {
        if (maxCodes < 1) {
            throw new IllegalArgumentException("maxCodes must be between 1 and " + MAX_CODES
                    + " inclusive (use RateLimit.off() for no limit), was " + maxCodes);
        }
        return new RateLimit(maxCodes, window);
    }

    /**
     * Returns the limit that never refuses.
     *
     * @return the limit with maxCodes 0; never null
     */
    public static RateLimit off() {
        return OFF;
    }

    /**
     * Tells whether the limit is on.
     *
     * @return true if maxCodes is above 0
     */
    public boolean isOn() {
        return maxCodes > 0;
    }

    static boolean wholeMillisWithin(Duration d, Duration min, Duration max) {
        return d.compareTo(min) >= 0 && d.compareTo(max) <= 0 && d.getNano() % 1_000_000 == 0;
    }
}
