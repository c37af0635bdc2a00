/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Attempt limits, single use and rejectIfPendingCode hold when 64 threads race, on one in-memory store and on two
 * service instances (two "nodes") sharing one PostgreSQL database. Each round uses a new recipient and releases all
 * threads at once from a latch.
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
        return new OtpService[] {OtpService.builder(InMemoryOtpStore.create()).build()};
    }

    private static OtpService[] twoPostgresNodes() {
        Postgres.truncate();
        byte[] secret = "a secret shared by both nodes, 32".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new OtpService[] {
            OtpService.builder(JdbcOtpStore.create(Postgres.dataSource())).secret(secret).build(),
            OtpService.builder(JdbcOtpStore.create(Postgres.dataSource())).secret(secret).build()};
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
