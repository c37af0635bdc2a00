/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * A conversion-based auto-block of a {@link Guard}: once at least {@code minGenerated} codes were generated for a
 * country (or prefix block) within the conversion window and fewer than {@code minVerifiedPercent} percent of them
 * were verified, the country (or block) gets no codes for {@code coolDown}.
 *
 * <p>The conversion window slides in steps: codes are counted in epoch-aligned buckets of length {@code window},
 * each code in the bucket of the instant it was generated (also when it is verified later), and a decision looks at
 * the current and the previous bucket, so it covers between one and two window lengths of history. Codes refused by
 * the guard are not counted. When the cool-down ends and the window still holds the codes that caused the block,
 * the next request blocks again at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minGenerated how many codes must have been generated before the share is judged, 0 (off) to 1,000,000
 *     inclusive
 * @param minVerifiedPercent the least share of those codes that must be verified, in percent, 1 to 100 inclusive
 *     (0 when off)
 * @param window the bucket length, whole milliseconds from 1 minute to 7 days inclusive (zero when off); not null
 * @param coolDown how long a block lasts, whole milliseconds from 1 second to 30 days inclusive (zero when off); not
 *     null
 */
public record ConversionLimit(int minGenerated, int minVerifiedPercent, Duration window, Duration coolDown) {
    static final int MAX_MIN_GENERATED = 1_000_000;
    static final Duration MIN_BUCKET = Duration.ofMinutes(1);
    static final Duration MAX_BUCKET = Duration.ofDays(7);
    private static final ConversionLimit OFF = new ConversionLimit(0, 0, Duration.ZERO, Duration.ZERO);

    /**
     * Checks the fields, naming the bad one, its bounds and its value.
     *
     * @param minGenerated how many codes before the share is judged, 0 (off) to 1,000,000 inclusive
     * @param minVerifiedPercent the least verified share in percent, 1 to 100 inclusive (0 when off)
     * @param window the bucket length, 1 minute to 7 days inclusive (zero when off); not null
     * @param coolDown the block length, 1 second to 30 days inclusive (zero when off); not null
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if a field is out of range
     */
    public ConversionLimit {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(coolDown, "coolDown");
        if (minGenerated < 0 || minGenerated > MAX_MIN_GENERATED) {
            throw new IllegalArgumentException("minGenerated must be between 0 (off) and " + MAX_MIN_GENERATED
                    + " inclusive, was " + minGenerated);
        }
        boolean on = minGenerated > 0;
        if (on ? minVerifiedPercent < 1 || minVerifiedPercent > 100 : minVerifiedPercent != 0) {
            throw new IllegalArgumentException(
                    "minVerifiedPercent must be " + (on ? "between 1 and 100 inclusive" : "0 when minGenerated is 0")
                            + ", was " + minVerifiedPercent);
        }
        if (on ? !RateLimit.wholeMillisWithin(window, MIN_BUCKET, MAX_BUCKET) : !window.isZero()) {
            throw new IllegalArgumentException("window must be "
                    + (on
                            ? "whole milliseconds between " + MIN_BUCKET + " and " + MAX_BUCKET + " inclusive"
                            : "zero when minGenerated is 0")
                    + ", was " + window);
        }
        if (on
                ? !RateLimit.wholeMillisWithin(coolDown, RateLimit.MIN_WINDOW, RateLimit.MAX_WINDOW)
                : !coolDown.isZero()) {
            throw new IllegalArgumentException("coolDown must be "
                    + (on
                            ? "whole milliseconds between " + RateLimit.MIN_WINDOW + " and " + RateLimit.MAX_WINDOW
                                    + " inclusive"
                            : "zero when minGenerated is 0")
                    + ", was " + coolDown);
        }
    }

    /**
     * Returns an auto-block rule.
     *
     * @param minGenerated how many codes before the share is judged, 1 to 1,000,000 inclusive
     * @param minVerifiedPercent the least verified share in percent, 1 to 100 inclusive
     * @param window the bucket length, whole milliseconds from 1 minute to 7 days inclusive; not null
     * @param coolDown the block length, whole milliseconds from 1 second to 30 days inclusive; not null
     * @return the rule; never null
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if minGenerated is below 1 or a value is out of range
     */
    public static ConversionLimit of(int minGenerated, int minVerifiedPercent, Duration window, Duration coolDown) {
        if (minGenerated < 1) {
            throw new IllegalArgumentException("minGenerated must be between 1 and " + MAX_MIN_GENERATED
                    + " inclusive (use ConversionLimit.off() for no auto-block), was " + minGenerated);
        }
        return new ConversionLimit(minGenerated, minVerifiedPercent, window, coolDown);
    }

    /**
     * Returns the rule that never blocks.
     *
     * @return the rule with minGenerated 0; never null
     */
    public static ConversionLimit off() {
        return OFF;
    }

    /**
     * Tells whether the rule is on.
     *
     * @return true if minGenerated is above 0
     */
    public boolean isOn() {
        return minGenerated > 0;
    }

    /**
     * Tells whether a count of generated and verified codes calls for a block.
     *
     * @param generated codes generated in the window, at least 0
     * @param verified of those, codes verified, at least 0
     * @return true if the rule is on, at least minGenerated codes were generated and fewer than minVerifiedPercent
     *     percent of them were verified
     */
    public boolean blocks(long generated, long verified) {
        // verified / generated < percent / 100, in integers; generated <= 2^31 * 2 buckets, so no overflow
        return isOn() && generated >= minGenerated && verified * 100 < (long) minVerifiedPercent * generated;
    }
}
