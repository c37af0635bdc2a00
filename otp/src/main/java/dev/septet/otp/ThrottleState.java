/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Optional;

/**
 * One key's throttle counters as a store keeps them, and the rules every store applies to them.
 *
 * <p>{@link InMemoryOtpStore} applies these methods inside an atomic compute; {@link JdbcOtpStore} runs the same
 * rules as conditional SQL and uses {@link #refuseGeneration} and {@link #refuseFailedCheck} only to say why a
 * statement changed nothing. The contract test holds both to the same answers. {@link #NEVER} stands for "no event
 * yet": every window that started then has ended. Immutable.
 *
 * @param lastCodeAt when the key's last code was recorded, or {@link #NEVER}
 * @param codesWindowStart when the current maxCodes window started, or {@link #NEVER}
 * @param codes how many codes were recorded in the window that started at codesWindowStart
 * @param failuresWindowStart when the current maxFailedChecks window started, or {@link #NEVER}
 * @param failures how many failed checks were reserved in the window that started at failuresWindowStart
 * @param expiresAt from when these counters no longer matter, so the entry may be purged
 */
record ThrottleState(
        Instant lastCodeAt,
        Instant codesWindowStart,
        int codes,
        Instant failuresWindowStart,
        int failures,
        Instant expiresAt) {
    /*
     * A window is open at `now` while now < start + length; it has ended from start + length on, and the next event
     * starts a new window with a count of 1. A refused operation changes nothing. Concurrent callers on several
     * nodes may arrive slightly out of clock order, so the last-code instant only moves forward and a zero
     * minInterval refuses nothing (rather than refusing a caller whose clock read came a moment before another's). When several limits refuse a code,
     * the refusal reports the one that ends last, since no code can be generated before then.
     */

    /** The instant that stands for "never": any window started then has ended. */
    static final Instant NEVER = Instant.EPOCH;

    /** The counters of a key with no events. */
    static final ThrottleState EMPTY = new ThrottleState(NEVER, NEVER, 0, NEVER, 0, NEVER);

    /** Returns why a code may not be recorded at {@code now}, or empty if it may. */
    Optional<ThrottleRefusal> refuseGeneration(Instant now, Throttle throttle) {
        ThrottleRefusal refusal = null;
        if (failuresOpen(now, throttle) && failures >= throttle.failedChecksLimit()) {
            refusal = new ThrottleRefusal(Throttle.Limit.FAILED_CHECKS,
                    failuresWindowStart.plus(throttle.failedChecksWindow()));
        }
        Instant intervalEnd = lastCodeAt.plus(throttle.minInterval());
        if (!throttle.minInterval().isZero() && now.isBefore(intervalEnd)) {
            refusal = later(refusal, new ThrottleRefusal(Throttle.Limit.MIN_INTERVAL, intervalEnd));
        }
        if (codesOpen(now, throttle) && codes >= throttle.codesLimit()) {
            refusal = later(refusal, new ThrottleRefusal(Throttle.Limit.MAX_CODES,
                    codesWindowStart.plus(throttle.codesWindow())));
        }
        return Optional.ofNullable(refusal);
    }

    /** Returns the counters after recording a code at {@code now}; call only when it is not refused. */
    ThrottleState afterGeneration(Instant now, Throttle throttle) {
        boolean open = codesOpen(now, throttle);
        return new ThrottleState(latest(lastCodeAt, now), open ? codesWindowStart : now, open ? codes + 1 : 1, failuresWindowStart,
                failures, latest(expiresAt, now.plus(throttle.generationSpan())));
    }

    /** Returns why a failed check may not be reserved at {@code now}, or empty if it may. */
    Optional<ThrottleRefusal> refuseFailedCheck(Instant now, Throttle throttle) {
        if (failuresOpen(now, throttle) && failures >= throttle.failedChecksLimit()) {
            return Optional.of(new ThrottleRefusal(Throttle.Limit.FAILED_CHECKS,
                    failuresWindowStart.plus(throttle.failedChecksWindow())));
        }
        return Optional.empty();
    }

    /** Returns the counters after reserving a failed check at {@code now}; call only when it is not refused. */
    ThrottleState afterFailedCheck(Instant now, Throttle throttle) {
        boolean open = failuresOpen(now, throttle);
        return new ThrottleState(lastCodeAt, codesWindowStart, codes, open ? failuresWindowStart : now,
                open ? failures + 1 : 1, latest(expiresAt, now.plus(throttle.failedChecksWindow())));
    }

    /**
     * Returns the counters after releasing a failed check reserved at {@code reservedAt}: one failure fewer, unless
     * a window started after the reservation (the reserved failure was already forgotten) or none are left.
     */
    ThrottleState afterRelease(Instant reservedAt) {
        if (failures == 0 || failuresWindowStart.isAfter(reservedAt)) {
            return this;
        }
        return new ThrottleState(lastCodeAt, codesWindowStart, codes, failuresWindowStart, failures - 1, expiresAt);
    }

    private boolean codesOpen(Instant now, Throttle throttle) {
        return now.isBefore(codesWindowStart.plus(throttle.codesWindow()));
    }

    private boolean failuresOpen(Instant now, Throttle throttle) {
        return now.isBefore(failuresWindowStart.plus(throttle.failedChecksWindow()));
    }

    private static ThrottleRefusal later(ThrottleRefusal a, ThrottleRefusal b) {
        return a == null || b.retryAt().isAfter(a.retryAt()) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
