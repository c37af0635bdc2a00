/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on codes per recipient and appId, set with {@link OtpService.Builder#throttle(Throttle)}: by default
 * {@link #defaults()} (5 codes and 10 wrong codes per hour), off with {@link #none()}.
 *
 * <p>Three limits, each off when zero:
 * <ul>
 *   <li>{@link #minInterval()}: the least time between two generated codes for one key;
 *   <li>{@link #maxCodes()} per {@link #codesWindow()}: how many codes one key may get in a fixed window that starts
 *       at the first code after the previous window ended;
 *   <li>{@link #maxFailedChecks()} per {@link #failedChecksWindow()}: how many wrong codes one key may check in a
 *       fixed window that starts at the first failure after the previous window ended, across regenerations, so
 *       requesting a new code buys no new guesses. Once the budget is spent, both generating and checking throw
 *       {@link ThrottledException} until the window ends.
 * </ul>
 *
 * <p>Exceeding a limit throws {@link ThrottledException} with the limit and the instant from which a code may be
 * generated again. The counters live in the {@link OtpStore}, so the limits hold across every service sharing it;
 * give all of them the same throttle. A fixed window allows a burst at its edge (up to {@code 2 * maxCodes - 1}
 * codes within one window length); combine it with a minimum interval to spread codes out.
 *
 * <p>Immutable and thread-safe. Build one with {@link #none()} and the {@code withX} copies:
 * <pre>{@code
 * Throttle.none().withMinInterval(Duration.ofSeconds(30)).withMaxCodes(5, Duration.ofHours(1))
 *         .withMaxFailedChecks(10, Duration.ofHours(1))
 * }</pre>
 *
 * @param minInterval the least time between two codes for one key, from {@link Duration#ZERO} (off) to 1 day
 *     inclusive, in whole milliseconds (as every duration here); not null
 * @param maxCodes how many codes one key may get per {@code codesWindow}, 0 (off) to 1,000 inclusive
 * @param codesWindow the length of a {@code maxCodes} window: 1 second to 30 days inclusive when maxCodes is above
 *     0, otherwise anything from zero to 30 days; not null
 * @param maxFailedChecks how many wrong codes one key may check per {@code failedChecksWindow}, 0 (off) to 1,000
 *     inclusive
 * @param failedChecksWindow the length of a {@code maxFailedChecks} window: 1 second to 30 days inclusive when
 *     maxFailedChecks is above 0, otherwise anything from zero to 30 days; not null
 */
public record Throttle(
        Duration minInterval, int maxCodes, Duration codesWindow, int maxFailedChecks, Duration failedChecksWindow) {

    /** The largest {@link #minInterval()}: one day. */
    static final Duration MAX_INTERVAL = Duration.ofDays(1);
    /** The largest window: 30 days. */
    static final Duration MAX_WINDOW = Duration.ofDays(30);
    /** The smallest window when its limit is on: one second. */
    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    /** The largest {@link #maxCodes()} and {@link #maxFailedChecks()}. */
    static final int MAX_COUNT = 1000;

    private static final Throttle NONE = new Throttle(Duration.ZERO, 0, Duration.ZERO, 0, Duration.ZERO);
    private static final Throttle DEFAULTS =
            new Throttle(Duration.ZERO, 5, Duration.ofHours(1), 10, Duration.ofHours(1));

    /** Which limit refused a code or a check. */
    public enum Limit {
        /** {@link Throttle#minInterval()}: the previous code for the key is too recent. */
        MIN_INTERVAL,
        /** {@link Throttle#maxCodes()}: the key already got that many codes in the current window. */
        MAX_CODES,
        /** {@link Throttle#maxFailedChecks()}: the key already checked that many wrong codes in the current window. */
        FAILED_CHECKS
    }

    /**
     * Checks every setting, naming it, its bounds and the bad value in the message.
     *
     * @param minInterval the least time between two codes for one key, from {@link Duration#ZERO} (off) to 1 day
     *     inclusive, in whole milliseconds (as every duration here); not null
     * @param maxCodes how many codes one key may get per {@code codesWindow}, 0 (off) to 1,000 inclusive
     * @param codesWindow the length of a {@code maxCodes} window: 1 second to 30 days inclusive when maxCodes is
     *     above 0, otherwise anything from zero to 30 days; not null
     * @param maxFailedChecks how many wrong codes one key may check per {@code failedChecksWindow}, 0 (off) to 1,000
     *     inclusive
     * @param failedChecksWindow the length of a {@code maxFailedChecks} window: 1 second to 30 days inclusive when
     *     maxFailedChecks is above 0, otherwise anything from zero to 30 days; not null
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if a setting is out of its range or a duration is not whole milliseconds
     */
    public Throttle {
        requireDuration("minInterval", minInterval, Duration.ZERO, MAX_INTERVAL);
        requireCount("maxCodes", maxCodes);
        requireDuration("codesWindow", codesWindow, maxCodes > 0 ? MIN_WINDOW : Duration.ZERO, MAX_WINDOW);
        requireCount("maxFailedChecks", maxFailedChecks);
        requireDuration(
                "failedChecksWindow", failedChecksWindow, maxFailedChecks > 0 ? MIN_WINDOW : Duration.ZERO, MAX_WINDOW);
    }

    /**
     * Returns the throttle with every limit off, for callers that throttle elsewhere: the 360nrs REST API's
     * semantics with no guess budget.
     *
     * @return the throttle that never refuses; never null
     */
    public static Throttle none() {
        return NONE;
    }

    /**
     * Returns the default throttle of {@link OtpService}: at most 5 codes and 10 wrong codes per recipient and appId
     * per hour, the wrong codes counted across regenerations, and no minimum interval. An attacker then gets at most
     * 10 guesses an hour at one recipient: against 4-digit codes a 1 in 1,000 chance per hour, against 6-digit codes
     * 1 in 100,000.
     *
     * @return the default throttle; never null
     */
    public static Throttle defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a minimum interval between two codes for one key.
     *
     * @param minInterval the interval, from {@link Duration#ZERO} (off) to 1 day inclusive, whole milliseconds; not
     *     null
     * @return the copy; never null
     * @throws NullPointerException if the interval is null
     * @throws IllegalArgumentException if the interval is negative, longer than a day or not whole milliseconds
     */
    public Throttle withMinInterval(Duration minInterval) {
        return new Throttle(minInterval, maxCodes, codesWindow, maxFailedChecks, failedChecksWindow);
    }

    /**
     * Returns a copy that allows one key at most {@code maxCodes} codes per window.
     *
     * @param maxCodes how many codes, 0 (off) to 1,000 inclusive
     * @param window the window length, 1 second to 30 days inclusive (zero allowed when maxCodes is 0), whole
     *     milliseconds; not null
     * @return the copy; never null
     * @throws NullPointerException if the window is null
     * @throws IllegalArgumentException if a value is out of its range
     */
    public Throttle withMaxCodes(int maxCodes, Duration window) {
        return new Throttle(minInterval, maxCodes, window, maxFailedChecks, failedChecksWindow);
    }

    /**
     * Returns a copy that allows one key at most {@code maxFailedChecks} wrong codes per window, across every code
     * generated for it in that window.
     *
     * @param maxFailedChecks how many wrong codes, 0 (off) to 1,000 inclusive
     * @param window the window length, 1 second to 30 days inclusive (zero allowed when maxFailedChecks is 0),
     *     whole milliseconds; not null
     * @return the copy; never null
     * @throws NullPointerException if the window is null
     * @throws IllegalArgumentException if a value is out of its range
     */
    public Throttle withMaxFailedChecks(int maxFailedChecks, Duration window) {
        return new Throttle(minInterval, maxCodes, codesWindow, maxFailedChecks, window);
    }

    /**
     * Tells whether any limit is on.
     *
     * @return false for {@link #none()} and every throttle equal to it
     */
    public boolean isOn() {
        return !minInterval.isZero() || maxCodes > 0 || maxFailedChecks > 0;
    }

    private static void requireDuration(String name, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " inclusive"
                    + (min.isZero() ? "" : " while its limit is on") + ", was " + value);
        }
        // stores keep windows in whole milliseconds (OtpStore.increment); a finer one would end at another
        // instant on each store
        if (value.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(name + " must be whole milliseconds, was " + value);
        }
    }

    private static void requireCount(String name, int value) {
        if (value < 0 || value > MAX_COUNT) {
            throw new IllegalArgumentException(
                    name + " must be between 0 (no limit) and " + MAX_COUNT + " inclusive, was " + value);
        }
    }
}
