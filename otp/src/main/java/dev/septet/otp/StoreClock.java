/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that follows a store's clock ({@link OtpStore#time()}): it reads the store at most once a second and
 * carries the reading forward with {@link System#nanoTime()} in between, so every node that shares the store agrees
 * on the time to within a round trip, without a round trip per request. Thread-safe.
 */
final class StoreClock extends Clock {
    /*
     * The reading is paired with the nanoTime at the middle of its round trip, the best estimate of when the store
     * read its clock. Between readings time moves with nanoTime, which is monotonic, so the clock never jumps with the
     * local wall clock; a new reading may move it by the drift of one second. Snapshots are immutable and published
     * through a volatile field; two threads refreshing at once both do one round trip, which is harmless.
     */
    static final long REFRESH_NANOS = 1_000_000_000L;

    private record Reading(Instant storeTime, long nanos) {}

    private final OtpStore store;
    private volatile Reading last;

    StoreClock(OtpStore store) {
        this.store = store;
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        Reading reading = last;
        if (reading == null || now - reading.nanos() >= REFRESH_NANOS) {
            long before = System.nanoTime();
            Instant storeTime = store.time()
                    .orElseThrow(() -> new IllegalStateException(
                            "the store's time() was present when the service was built and is empty now"));
            long after = System.nanoTime();
            reading = new Reading(storeTime, before + (after - before) / 2);
            last = reading;
            now = after;
        }
        return reading.storeTime().plusNanos(now - reading.nanos());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the store's clock is UTC");
    }
}
