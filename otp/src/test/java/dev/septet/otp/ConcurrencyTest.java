/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attempt limits, single use, rejectIfPendingCode and throttle limits hold when 64 threads race, on one in-memory
 * store and on two service instances (two "nodes") sharing one PostgreSQL database. Each round uses a new recipient
 * and releases all threads at once from a latch.
 */
class ConcurrencyTest {
    static final int THREADS = 64;
    static final int MEMORY_ROUNDS = 200;
    static final int POSTGRES_ROUNDS = 20;

    private static ExecutorService pool;

    @BeforeAll
    static void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private static OtpService[] memoryNode() {
        return memoryNode(Throttle.none());
    }

    private static OtpService[] memoryNode(Throttle throttle) {
        return new OtpService[] {OtpService.builder(InMemoryOtpStore.create()).throttle(throttle).build()};
    }

    private static OtpService[] twoPostgresNodes() {
        return twoPostgresNodes(Throttle.none());
    }

    private static OtpService[] twoPostgresNodes(Throttle throttle) {
        Postgres.truncate();
        byte[] secret = "a secret shared by both nodes, 32".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new OtpService[] {
            OtpService.builder(JdbcOtpStore.create(Postgres.dataSource())).secret(secret).throttle(throttle).build(),
            OtpService.builder(JdbcOtpStore.create(Postgres.dataSource())).secret(secret).throttle(throttle).build()};
    }

    /** Runs {@code task} on THREADS threads released together, thread i on node i % nodes.length. */
    private static <T> List<T> race(OtpService[] nodes, Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            OtpService node = nodes[i % nodes.length];
            futures.add(pool.submit(() -> {
                start.await();
                return task.run(node);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(1, TimeUnit.MINUTES));
        }
        return results;
    }

    private interface Task<T> {
        T run(OtpService node) throws Exception;
    }

    private static Map<Reason, Integer> tally(List<CheckResult> results, int maxAttempts) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (Reason r : Reason.values()) {
            counts.put(r, 0);
        }
        for (CheckResult result : results) {
            counts.merge(result.reason(), 1, Integer::sum);
            result.otp().ifPresent(o -> assertThat(o.attempts()).isBetween(1, maxAttempts));
        }
        return counts;
    }

    private static void wrongCodesGetExactlyMaxAttemptsInvalid(OtpService[] nodes, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String recipient = "+1 555 000 " + (1000 + round);
            String code = nodes[0].generate(GenerateRequest.of(recipient).withLength(6)).code();
            String wrong = code.charAt(0) == '9' ? "0" + code.substring(1) : "9" + code.substring(1);
            Map<Reason, Integer> counts = tally(race(nodes, n -> n.check(CheckRequest.of(recipient, wrong))), 3);
            assertThat(counts).as("round %d", round).containsEntry(Reason.INVALID_CODE, 3)
                    .containsEntry(Reason.MAX_ATTEMPTS, THREADS - 3);
        }
    }

    private static void rightCodeIsValidExactlyOnce(OtpService[] nodes, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String recipient = "+1 555 000 " + (1000 + round);
            String code = nodes[0].generate(GenerateRequest.of(recipient).withLength(6).withMaxAttempts(10)).code();
            Map<Reason, Integer> counts = tally(race(nodes, n -> n.check(CheckRequest.of(recipient, code))), 10);
            assertThat(counts).as("round %d", round).containsEntry(Reason.VALID, 1)
                    .containsEntry(Reason.EXPIRED, 0);
        }
    }

    private static void exactlyOneGenerateWinsWithRejectIfPendingCode(OtpService[] nodes, int rounds)
            throws Exception {
        for (int round = 0; round < rounds; round++) {
            GenerateRequest request = GenerateRequest.of("+1 555 000 " + (1000 + round)).withRejectIfPendingCode(true);
            List<String> outcomes = race(nodes, n -> {
                try {
                    return n.generate(request).code();
                } catch (PendingCodeException e) {
                    return "pending";
                }
            });
            List<String> codes = new ArrayList<>(outcomes);
            codes.removeIf("pending"::equals);
            assertThat(codes).as("round %d", round).hasSize(1);
            CheckResult check = nodes[nodes.length - 1].check(CheckRequest.of(request.recipient(), codes.get(0)));
            assertThat(check.reason()).as("the winner's code is the stored one").isEqualTo(Reason.VALID);
        }
    }

    static final int MAX_CODES = 5;
    static final int FAILED_CHECKS = 4;

    private static void exactlyMaxCodesGeneratesSucceed(OtpService[] nodes, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            GenerateRequest request = GenerateRequest.of("+1 555 000 " + (1000 + round));
            List<String> outcomes = race(nodes, n -> {
                try {
                    return n.generate(request).code();
                } catch (ThrottledException e) {
                    assertThat(e.limit()).isEqualTo(Throttle.Limit.MAX_CODES);
                    return "throttled";
                }
            });
            assertThat(outcomes).as("round %d", round).filteredOn("throttled"::equals).hasSize(THREADS - MAX_CODES);
        }
    }

    /*
     * maxAttempts 10 and a budget of FAILED_CHECKS: the first 10 checks count an attempt, FAILED_CHECKS of them get
     * to compare ("Invalid code"), the other 10 - FAILED_CHECKS are throttled, and the rest find no attempts left.
     */
    private static void wrongCodesNeverExceedTheFailedCheckBudget(OtpService[] nodes, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String recipient = "+1 555 000 " + (1000 + round);
            String code = nodes[0].generate(GenerateRequest.of(recipient).withLength(6).withMaxAttempts(10)).code();
            String wrong = code.charAt(0) == '9' ? "0" + code.substring(1) : "9" + code.substring(1);
            List<String> outcomes = race(nodes, n -> {
                try {
                    return n.check(CheckRequest.of(recipient, wrong)).reason().name();
                } catch (ThrottledException e) {
                    return "THROTTLED";
                }
            });
            assertThat(outcomes).as("round %d", round).filteredOn("INVALID_CODE"::equals).hasSize(FAILED_CHECKS);
            assertThat(outcomes).as("round %d", round).filteredOn("THROTTLED"::equals).hasSize(10 - FAILED_CHECKS);
            assertThat(outcomes).as("round %d", round).filteredOn("MAX_ATTEMPTS"::equals).hasSize(THREADS - 10);
        }
    }

    private static Throttle maxCodes() {
        return Throttle.none().withMaxCodes(MAX_CODES, Duration.ofHours(1));
    }

    private static Throttle failedChecks() {
        return Throttle.none().withMaxFailedChecks(FAILED_CHECKS, Duration.ofHours(1));
    }

    @Test
    void maxCodesInMemory() throws Exception {
        exactlyMaxCodesGeneratesSucceed(memoryNode(maxCodes()), MEMORY_ROUNDS);
    }

    @Test
    void maxCodesOnTwoNodesSharingPostgres() throws Exception {
        exactlyMaxCodesGeneratesSucceed(twoPostgresNodes(maxCodes()), POSTGRES_ROUNDS);
    }

    @Test
    void failedCheckBudgetInMemory() throws Exception {
        wrongCodesNeverExceedTheFailedCheckBudget(memoryNode(failedChecks()), MEMORY_ROUNDS);
    }

    @Test
    void failedCheckBudgetOnTwoNodesSharingPostgres() throws Exception {
        wrongCodesNeverExceedTheFailedCheckBudget(twoPostgresNodes(failedChecks()), POSTGRES_ROUNDS);
    }

    @Test
    void wrongCodesInMemory() throws Exception {
        wrongCodesGetExactlyMaxAttemptsInvalid(memoryNode(), MEMORY_ROUNDS);
    }

    @Test
    void rightCodeInMemory() throws Exception {
        rightCodeIsValidExactlyOnce(memoryNode(), MEMORY_ROUNDS);
    }

    @Test
    void racingGeneratesInMemory() throws Exception {
        exactlyOneGenerateWinsWithRejectIfPendingCode(memoryNode(), MEMORY_ROUNDS);
    }

    @Test
    void wrongCodesOnTwoNodesSharingPostgres() throws Exception {
        wrongCodesGetExactlyMaxAttemptsInvalid(twoPostgresNodes(), POSTGRES_ROUNDS);
    }

    @Test
    void rightCodeOnTwoNodesSharingPostgres() throws Exception {
        rightCodeIsValidExactlyOnce(twoPostgresNodes(), POSTGRES_ROUNDS);
    }

    @Test
    void racingGeneratesOnTwoNodesSharingPostgres() throws Exception {
        exactlyOneGenerateWinsWithRejectIfPendingCode(twoPostgresNodes(), POSTGRES_ROUNDS);
    }
}
