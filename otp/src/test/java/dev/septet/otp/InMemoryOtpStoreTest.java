/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only {@link InMemoryOtpStore} promises: its memory tracks live data, by sweeps it runs itself, also under
 * concurrent writers. The OtpStore contract itself runs in the test kit.
 */
class InMemoryOtpStoreTest {
    static final Instant T0 = Instant.parse("2020-01-01T12:00:00Z");
    static final String ID = "0123456789abcdef0123456789abcdef";

    private static StoredOtp entry(String recipient, Instant now) {
        return new StoredOtp(recipient, "", ID, new byte[32], 0, 3, 30, now, now, now.plusSeconds(30));
    }

    /**
     * A million codes, each for a new recipient, generated at 1,000 per simulated minute with 30 seconds validity and
     * 10 minutes' retention, never checked: without sweeping the map would hold a million entries; with it, only
     * those retained (about 11 minutes' worth, 11,000) plus at most the sweep slack (a doubling).
     */
    @Test
    void aMillionShortLivedCodesKeepTheMapBounded() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        long maxSize = 0;
        for (int i = 0; i < 1_000_000; i++) {
            Instant now = T0.plusMillis(60L * i);
            StoredOtp otp = entry(Integer.toString(i), now);
            memory.put(otp, otp.expiresAt().plus(OtpService.EXPIRED_RETENTION));
            maxSize = Math.max(maxSize, memory.size());
        }
        assertThat(maxSize).isLessThan(30_000);
        assertThat(memory.size()).isLessThan(30_000);
    }

    /**
     * Entries with whole-millisecond instants are kept in primitives and rebuilt on reading; others are kept as given.
     * Both read back equal to what was written, compare by version, and are swept by their own retainUntil.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 999_999, 1_000_001})
    void entriesReadBackExactlyWhateverTheirInstantsPrecision(long extraNanos) {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        byte[] hash = new byte[32];
        for (int i = 0; i < hash.length; i++) {
            hash[i] = (byte) (0x80 + 7 * i);
        }
        Instant created = T0.plusNanos(extraNanos);
        StoredOtp otp = new StoredOtp(
                "34666555444",
                "shop",
                "fedcba9876543210ffffffff00000000",
                hash,
                1,
                3,
                30,
                created,
                created.plusMillis(5),
                created.plusSeconds(30));
        StoredOtp plain =
                new StoredOtp("34666555445", "", ID, hash, 0, 3, 30, created, created, created.plusSeconds(30));
        Instant retainUntil = created.plusSeconds(630);
        memory.put(otp, retainUntil);
        memory.put(plain, retainUntil);
        assertThat(memory.get("34666555444", "shop")).contains(otp);
        assertThat(memory.get("34666555445", "")).contains(plain);
        assertThat(memory.get("34666555444", "")).isEmpty();
        assertThat(memory.rawEntries().values()).containsExactlyInAnyOrder(otp, plain);
        assertThat(memory.compareAndDelete(plain.withAttemptAt(created))).isFalse();
        assertThat(memory.compareAndDelete(plain)).isTrue();
        assertThat(memory.purgeExpired(retainUntil.minusNanos(1))).isZero();
        assertThat(memory.purgeExpired(retainUntil)).isEqualTo(1);
        assertThat(memory.size()).isZero();
    }

    @Test
    void instantsBeyondTheMillisecondRangeAreKeptAsGiven() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        StoredOtp far = entry("34666555444", Instant.MAX.minusSeconds(60));
        memory.put(far, Instant.MAX);
        assertThat(memory.get("34666555444", "")).contains(far);
    }

    @Test
    void countersAreSweptOnceTheirWindowsEnded() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        for (int i = 0; i < 100_000; i++) {
            memory.increment("k" + i, 1, Duration.ofSeconds(1), T0.plusMillis(10L * i));
        }
        assertThat(memory.counterSize()).isLessThan(2 * InMemoryOtpStore.MIN_SWEEP_THRESHOLD);
    }

    @Test
    void noSweepBelowTheThreshold() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        int below = (int) InMemoryOtpStore.MIN_SWEEP_THRESHOLD - 1;
        for (int i = 0; i < below; i++) {
            StoredOtp otp = entry(Integer.toString(100_000 + i), T0);
            memory.put(otp, T0);
        }
        assertThat(memory.size()).isEqualTo(below);
        StoredOtp last = entry("999999", T0.plusSeconds(1));
        memory.put(last, T0.plusSeconds(700));
        assertThat(memory.size()).as("the 1,024th write swept the expired ones").isEqualTo(1);
    }

    /*
     * Eight writers each put 20,000 entries for their own recipients while sweeps run on whichever thread crosses the
     * threshold: every entry still within its retention is kept, and memory stays bounded. Simulated time is shared,
     * as a wall clock is: it moves on by a millisecond every eight writes, whichever thread makes them.
     */
    @Test
    void sweepsUnderConcurrentWritersLoseNoLiveEntry() throws Exception {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        int writers = 8;
        int perWriter = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong writes = new AtomicLong();
        List<Future<Long>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                start.await();
                long maxSize = 0;
                for (int i = 0; i < perWriter; i++) {
                    Instant now = T0.plusMillis(writes.getAndIncrement() / writers);
                    String recipient = writer + "-" + i;
                    // every tenth entry lives long; the others are retained for 100 ms only
                    memory.put(entry(recipient, now), i % 10 == 0 ? T0.plus(Duration.ofDays(1)) : now.plusMillis(100));
                    memory.increment("c" + recipient, 1, Duration.ofMillis(100), now);
                    maxSize = Math.max(maxSize, memory.size());
                }
                return maxSize;
            }));
        }
        start.countDown();
        long maxSize = 0;
        for (Future<Long> f : futures) {
            maxSize = Math.max(maxSize, f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i += 10) {
                assertThat(memory.get(w + "-" + i, ""))
                        .as("long-lived entry %d-%d", w, i)
                        .isPresent();
            }
        }
        assertThat(maxSize).as("sweeps ran").isLessThan((long) writers * perWriter);
        // how much the last sweep left depends on thread scheduling; a purge afterwards leaves the live ones exactly
        memory.purgeExpired(T0.plus(Duration.ofHours(1)));
        assertThat(memory.size()).isEqualTo((long) writers * perWriter / 10);
    }

    @Test
    void usedCodesAreRemovedAtOnce() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        StoredOtp otp = entry("34666555444", T0);
        memory.put(otp, T0.plusSeconds(660));
        assertThat(memory.compareAndDelete(otp)).isTrue();
        assertThat(memory.size()).isZero();
    }
}
