/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The counters {@link ReferenceSource} offers: thread-safe, consecutive, wrapping in the encoder's 8 or 16 bits. */
class ReferenceSourceTest {
    private static final String TWO_PARTS = "x".repeat(200);

    private static int encodedReference(ReferenceSource source, boolean reference16) {
        return Sms.encode(TWO_PARTS, SmsOptions.defaults().withReference16(reference16), source)
                .get(0)
                .reference();
    }

    @Test
    void counterHandsOutEveryValueOnceUnderConcurrency() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        ReferenceSource counter = ReferenceSource.counter(1_000);
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        seen.add(counter.nextReference());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Integer> distinct = new HashSet<>(seen);
        assertThat(seen).hasSize(threads * perThread);
        assertThat(distinct).hasSize(threads * perThread);
        assertThat(distinct.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isEqualTo(1_000);
        assertThat(distinct.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isEqualTo(1_000 + threads * perThread - 1);
    }

    @Test
    void encodingFromOneCounterOnManyThreadsNeverRepeatsAReferenceWithinAWrap() throws Exception {
        ReferenceSource counter = ReferenceSource.counter(0);
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 64; i++) {
                        seen.add(encodedReference(counter, false));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new HashSet<>(seen)).hasSize(256);
    }

    @Test
    void sixteenBitReferencesWrapFrom65535ToZero() {
        ReferenceSource counter = ReferenceSource.counter(65_534);
        assertThat(encodedReference(counter, true)).isEqualTo(65_534);
        assertThat(encodedReference(counter, true)).isEqualTo(65_535);
        assertThat(encodedReference(counter, true)).isZero();
        assertThat(encodedReference(counter, true)).isEqualTo(1);
    }

    @Test
    void eightBitReferencesWrapFrom255ToZero() {
        ReferenceSource counter = ReferenceSource.counter(255);
        assertThat(encodedReference(counter, false)).isEqualTo(255);
        assertThat(encodedReference(counter, false)).isZero();
    }

    @Test
    void theIntCounterWrapsWithoutBreakingTheLowBits() {
        ReferenceSource counter = ReferenceSource.counter(Integer.MAX_VALUE);
        assertThat(encodedReference(counter, true)).isEqualTo(0xFFFF);
        assertThat(encodedReference(counter, true)).isZero();
        assertThat(encodedReference(counter, false)).isEqualTo(1);
    }

    @Test
    void randomStartCountsUpFromAStartThatVaries() {
        ReferenceSource source = ReferenceSource.randomStart();
        int first = source.nextReference();
        assertThat(source.nextReference()).isEqualTo(first + 1);
        // 64 independent starts all sharing their low 8 bits would happen with probability 256^-63
        Set<Integer> lowBits = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            lowBits.add(ReferenceSource.randomStart().nextReference() & 0xFF);
        }
        assertThat(lowBits).hasSizeGreaterThan(1);
    }
}
