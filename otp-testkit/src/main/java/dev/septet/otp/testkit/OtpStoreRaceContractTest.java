/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.otp.CheckRequest;
import dev.septet.otp.CheckResult;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpService;
import dev.septet.otp.OtpStore;
import dev.septet.otp.PendingCodeException;
import dev.septet.otp.Reason;
import dev.septet.otp.StoredOtp;
import dev.septet.otp.Throttle;
import dev.septet.otp.ThrottledException;
import dev.septet.otp.WindowedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 64 threads released together on one key, half on the store under test and half on a second node of it
 * ({@link #secondNode}): first through the primitives, then through two {@link OtpService} instances. Attempt limits,
 * single use, rejectIfPendingCode and throttle limits must hold exactly in every round. Extend it and implement
 * {@link #newStore()}; override {@link #rounds()} to trade time for coverage.
 */
public abstract class OtpStoreRaceContractTest extends StoreTestSupport {
    /** How many threads race in each round. */
    public static final int THREADS = 64;

    private static final int MAX_CODES = 5;
    private static final int FAILED_CHECKS = 4;
    private static ExecutorService pool;

    private OtpStore[] stores;
    private KitClock clock;

    /** Creates the test; subclasses call it implicitly. */
    protected OtpStoreRaceContractTest() {}

    /**
     * Returns how many rounds each race runs, each on a new key; 20 by default.
     *
     * @return the number of rounds, at least 1
     */
    protected int rounds() {
        return 20;
    }

    /** Starts the racing threads, once per test class. */
    @BeforeAll
    static void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    /** Stops the racing threads. */
    @AfterAll
    static void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    /** Sets up the two nodes; runs before each test. */
    @BeforeEach
    final void setUpNodes() {
        stores = new OtpStore[] {store, secondNode(store)};
        clock = new KitClock(t0);
    }

    private interface Task<T> {
        T run(int thread) throws Exception;
    }

    /** Runs {@code task} on THREADS threads released together and returns their results in thread order. */
    private static <T> List<T> race(Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int thread = i;
            futures.add(pool.submit(() -> {
                start.await();
                return task.run(thread);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(2, TimeUnit.MINUTES));
        }
        return results;
    }

    private OtpService[] nodes(Throttle throttle) {
        return new OtpService[] {service(stores[0], clock, throttle), service(stores[1], clock, throttle)};
    }

    private static String recipient(int round) {
        return "+1 555 000 " + (1000 + round);
    }

    private Instant retain() {
        return t0.plus(Duration.ofMinutes(11));
    }

    // ---- primitives -----------------------------------------------------------------------------------------

    @Test
    void concurrentIncrementsReturnEachValueOnce() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            String key = "race:" + round;
            List<WindowedCount> counts = race(t -> stores[t % 2].increment(key, 1, Duration.ofHours(1), t0));
            assertThat(new HashSet<>(counts.stream().map(WindowedCount::value).toList()))
                    .as("round %d", round)
                    .hasSize(THREADS)
                    .allMatch(v -> v >= 1 && v <= THREADS);
            assertThat(counts).extracting(WindowedCount::windowEnd).containsOnly(t0.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void ofConcurrentCompareAndSetsFromOneVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            StoredOtp otp = entry(recipient(round), "", 10);
            stores[0].put(otp, retain());
            StoredOtp counted = otp.withAttemptAt(t0);
            List<Boolean> wins = race(t -> stores[t % 2].compareAndSet(otp, counted, retain()));
            assertThat(wins).as("round %d", round).filteredOn(w -> w).hasSize(1);
            assertThat(stores[1].get(otp.recipient(), "")).contains(counted);
        }
    }

    @Test
    void ofConcurrentPutIfAbsentsAndDeletesExactlyOneWins() throws Exception {
        for (int round = 0; round < rounds(); round++) {
            String recipient = recipient(round);
            List<StoredOtp> entries = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                entries.add(entry(recipient, "", 3));
            }
            List<Boolean> puts = race(t -> stores[t % 2].putIfAbsent(entries.get(t), retain()));
            assertThat(puts).as("round %d", round).filteredOn(w -> w).hasSize(1);
            StoredOtp winner = entries.get(puts.indexOf(true));
            assertThat(stores[0].get(recipient, "")).contains(winner);
            List<Boolean> deletes = race(t -> stores[t % 2].compareAndDelete(winner));
            assertThat(deletes).as("round %d", round).filteredOn(w -> w).hasSize(1);
        }
    }

    // ---- through two services -------------------------------------------------------------------------------

    @Test
    void wrongCodesGetExactlyMaxAttemptsInvalidAnswers() throws Exception {
        OtpService[] nodes = nodes(Throttle.none());
        for (int round = 0; round < rounds(); round++) {
            String recipient = recipient(round);
            String code = nodes[0].generate(GenerateRequest.of(recipient).withLength(6))
                    .code();
            List<CheckResult> results = race(t -> nodes[t % 2].check(CheckRequest.of(recipient, wrong(code))));
            assertThat(results)
                    .as("round %d", round)
                    .filteredOn(r -> r.reason() == Reason.INVALID_CODE)
                    .hasSize(3);
            assertThat(results)
                    .filteredOn(r -> r.reason() == Reason.MAX_ATTEMPTS)
                    .hasSize(THREADS - 3);
            assertThat(results)
                    .allSatisfy(
                            r -> assertThat(r.otp().orElseThrow().attempts()).isBetween(1, 3));
        }
    }

    @Test
    void theRightCodeIsValidExactlyOnce() throws Exception {
        OtpService[] nodes = nodes(Throttle.none());
        for (int round = 0; round < rounds(); round++) {
            String recipient = recipient(round);
            String code = nodes[0].generate(
                            GenerateRequest.of(recipient).withLength(6).withMaxAttempts(10))
                    .code();
            List<CheckResult> results = race(t -> nodes[t % 2].check(CheckRequest.of(recipient, code)));
            assertThat(results)
                    .as("round %d", round)
                    .filteredOn(CheckResult::valid)
                    .hasSize(1);
            assertThat(results).noneMatch(r -> r.reason() == Reason.EXPIRED);
        }
    }

    @Test
    void exactlyOneGenerateWinsWithRejectIfPendingCode() throws Exception {
        OtpService[] nodes = nodes(Throttle.none());
        for (int round = 0; round < rounds(); round++) {
            GenerateRequest request =
                    GenerateRequest.of(recipient(round)).withLength(6).withRejectIfPendingCode(true);
            List<String> outcomes = race(t -> {
                try {
                    return nodes[t % 2].generate(request).code();
                } catch (PendingCodeException e) {
                    return "pending";
                }
            });
            List<String> codes = new ArrayList<>(outcomes);
            codes.removeIf("pending"::equals);
            assertThat(codes).as("round %d", round).hasSize(1);
            assertThat(nodes[1].check(CheckRequest.of(request.recipient(), codes.get(0)))
                            .reason())
                    .as("the winner's code is the stored one")
                    .isEqualTo(Reason.VALID);
        }
    }

    @Test
    void exactlyMaxCodesGeneratesSucceed() throws Exception {
        OtpService[] nodes = nodes(Throttle.none().withMaxCodes(MAX_CODES, Duration.ofHours(1)));
        for (int round = 0; round < rounds(); round++) {
            GenerateRequest request = GenerateRequest.of(recipient(round));
            List<String> outcomes = race(t -> {
                try {
                    return nodes[t % 2].generate(request).code();
                } catch (ThrottledException e) {
                    return e.limit().name();
                }
            });
            assertThat(outcomes)
                    .as("round %d", round)
                    .filteredOn("MAX_CODES"::equals)
                    .hasSize(THREADS - MAX_CODES);
        }
    }

    /*
     * maxAttempts 10 and a budget of FAILED_CHECKS: the first 10 checks count an attempt, FAILED_CHECKS of them get
     * to compare ("Invalid code"), the other 10 - FAILED_CHECKS are throttled, and the rest find no attempts left.
     */
    @Test
    void wrongCodesNeverExceedTheFailedCheckBudget() throws Exception {
        OtpService[] nodes = nodes(Throttle.none().withMaxFailedChecks(FAILED_CHECKS, Duration.ofHours(1)));
        for (int round = 0; round < rounds(); round++) {
            String recipient = recipient(round);
            String code = nodes[0].generate(
                            GenerateRequest.of(recipient).withLength(6).withMaxAttempts(10))
                    .code();
            List<String> outcomes = race(t -> {
                try {
                    return nodes[t % 2]
                            .check(CheckRequest.of(recipient, wrong(code)))
                            .reason()
                            .name();
                } catch (ThrottledException e) {
                    return "THROTTLED";
                }
            });
            assertThat(outcomes)
                    .as("round %d", round)
                    .filteredOn("INVALID_CODE"::equals)
                    .hasSize(FAILED_CHECKS);
            assertThat(outcomes).filteredOn("THROTTLED"::equals).hasSize(10 - FAILED_CHECKS);
            assertThat(outcomes).filteredOn("MAX_ATTEMPTS"::equals).hasSize(THREADS - 10);
        }
    }
}
