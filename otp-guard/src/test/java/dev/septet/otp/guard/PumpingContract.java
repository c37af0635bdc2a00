/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpService;
import dev.septet.otp.OtpStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pumping simulation and, with real threads, each limit under races on two services (nodes) that share a store.
 * Subclasses supply the store objects the two nodes use.
 */
abstract class PumpingContract {
    static final byte[] SECRET = "the septet otp guard test secret, 32+ bytes".getBytes(StandardCharsets.US_ASCII);
    private static final int THREADS_PER_NODE = 4;
    private static final int REQUESTS = 100;

    final TestClock clock = new TestClock(PumpingSimulation.START);

    /** The two nodes' store objects, on one backend emptied before each test. */
    private OtpStore[] stores;

    /** Returns two store objects on one empty backend, one per node; called once before each test. */
    abstract OtpStore[] stores();

    @BeforeEach
    final void setUpStores() {
        stores = stores();
    }

    /** How long the simulation plays; shorter on a server, where a request costs a dozen round trips. */
    Duration simulated() {
        return Duration.ofHours(4);
    }

    List<OtpService> nodes(Guard guard) {
        List<OtpService> nodes = new ArrayList<>();
        for (OtpStore s : stores) {
            nodes.add(OtpService.builder(s)
                    .secret(SECRET)
                    .clock(clock)
                    .sendGuard(guard)
                    .build());
        }
        return nodes;
    }

    @Test
    void theGuardRefusesPumpingAndAdmitsLegitimateTraffic() {
        PumpingSimulation.Result r = new PumpingSimulation(nodes(PumpingSimulation.guard()), clock, 20261201L)
                .run(simulated(), Duration.ofMinutes(5));
        System.out.println(getClass().getSimpleName() + ": " + r);
        assertThat(r.pumping).isGreaterThan(1_000);
        assertThat(r.legit).isGreaterThan(300);
        assertThat(r.pumpingRefusedShare()).as("%s", r).isGreaterThanOrEqualTo(0.99);
        assertThat(r.legitRefusedShare()).as("%s", r).isLessThanOrEqualTo(0.001);
        // the checks really happened and succeeded: conversion was measured, not assumed
        assertThat(r.legitValid).isEqualTo(r.legitChecked).isGreaterThan(r.legit * 7 / 10);
    }

    /**
     * Fires {@link #REQUESTS} generates at one instant from {@link #THREADS_PER_NODE} threads on each of the two nodes
     * and returns how many were admitted; every other one must be a refusal by {@code rule} or one of {@code alsoRefusing}.
     */
    private int race(
            Guard guard, IntFunction<String> recipient, IntFunction<String> client, Rule rule, Rule... alsoRefusing)
            throws Exception {
        java.util.Set<Rule> expected = java.util.EnumSet.of(rule, alsoRefusing);
        List<OtpService> nodes = nodes(guard);
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
            OtpService node = nodes.get(t % 2);
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    try {
                        node.generate(GenerateRequest.of(recipient.apply(i)), client.apply(i));
                        admitted.incrementAndGet();
                    } catch (GuardRefusedException e) {
                        if (!expected.contains(e.rule())) {
                            unexpected.add(e);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).isEmpty();
        return admitted.get();
    }

    private static List<String> spanishMobiles(int count) {
        Random random = new Random(42);
        List<String> list = new ArrayList<>();
        while (list.size() < count) {
            String n = Numbers.mobile("ES", random);
            if (list.stream().noneMatch(m -> m.regionMatches(0, n, 0, n.length() - 3))) {
                list.add(n); // one number per block, so only the rule under test counts
            }
        }
        return list;
    }

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void twoNodesTogetherRespectThePrefixLimit() throws Exception {
        String base = Numbers.example("ES", PhoneNumberType.MOBILE);
        assertThat(race(
                        Guard.none().withPrefixLimit(RateLimit.of(20, HOUR)),
                        i -> Numbers.inBlock(base, i),
                        i -> "",
                        Rule.PREFIX_VELOCITY))
                .isEqualTo(20);
    }

    @Test
    void twoNodesTogetherRespectTheCountryLimit() throws Exception {
        List<String> numbers = spanishMobiles(REQUESTS);
        assertThat(race(
                        Guard.none().withCountryLimit(RateLimit.of(20, HOUR)),
                        numbers::get,
                        i -> "",
                        Rule.COUNTRY_VELOCITY))
                .isEqualTo(20);
    }

    @Test
    void twoNodesTogetherRespectTheClientLimit() throws Exception {
        List<String> numbers = spanishMobiles(REQUESTS);
        assertThat(race(
                        Guard.none().withClientLimit(RateLimit.of(20, HOUR)),
                        numbers::get,
                        i -> "203.0.113.9",
                        Rule.CLIENT_VELOCITY))
                .isEqualTo(20);
    }

    @Test
    void twoNodesTogetherRespectTheGlobalLimit() throws Exception {
        List<String> numbers = spanishMobiles(REQUESTS);
        assertThat(race(
                        Guard.none().withGlobalLimit(RateLimit.of(20, Duration.ofMinutes(1))),
                        numbers::get,
                        i -> "",
                        Rule.GLOBAL_VELOCITY))
                .isEqualTo(20);
    }

    @Test
    void twoNodesTogetherRespectEveryLimitAtOnce() throws Exception {
        // refusals by one counter give back what they took from the others, so the tightest limit is met exactly
        List<String> numbers = spanishMobiles(REQUESTS);
        Guard guard = Guard.none()
                .withGlobalLimit(RateLimit.of(30, HOUR))
                .withCountryLimit(RateLimit.of(30, HOUR))
                .withClientLimit(RateLimit.of(25, HOUR));
        List<OtpService> nodes = nodes(guard);
        // a request the client limit refuses gives back its country and global slots, but while it is in flight
        // a racing request may see them taken and be refused by those limits: conservative, never over a limit
        assertThat(race(
                        guard,
                        numbers::get,
                        i -> "c",
                        Rule.CLIENT_VELOCITY,
                        Rule.COUNTRY_VELOCITY,
                        Rule.GLOBAL_VELOCITY))
                .isEqualTo(25);
        // 5 slots left of the global and country limits, none taken by the 75 refused requests
        for (int i = 0; i < 5; i++) {
            nodes.get(i % 2).generate(GenerateRequest.of(numbers.get(i)), "other");
        }
        GuardRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                GuardRefusedException.class, () -> nodes.get(0).generate(GenerateRequest.of(numbers.get(5)), "other"));
        assertThat(e.rule()).isIn(Rule.GLOBAL_VELOCITY, Rule.COUNTRY_VELOCITY);
    }

    @Test
    void twoNodesPlaceOneAutoBlockAndReportItOnce() throws Exception {
        AtomicInteger reported = new AtomicInteger();
        Guard guard = Guard.none()
                .withPrefixConversion(ConversionLimit.of(10, 20, HOUR, HOUR))
                .withListener(new GuardListener() {
                    @Override
                    public void autoBlocked(AutoBlock block) {
                        reported.incrementAndGet();
                    }
                });
        String base = Numbers.example("ES", PhoneNumberType.MOBILE);
        List<OtpService> nodes = nodes(guard);
        for (int i = 0; i < 10; i++) {
            nodes.get(i % 2).generate(GenerateRequest.of(Numbers.inBlock(base, 900 + i)));
        }
        assertThat(race(guard, i -> Numbers.inBlock(base, i), i -> "", Rule.PREFIX_AUTO_BLOCK))
                .isZero();
        assertThat(reported).hasValue(1);
    }
}
