/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.CheckResult;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpService;
import dev.septet.otp.Throttle;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * OTP generate and check on the in-memory store, one thread and two threads sharing one service: a pair is one
 * {@code generate} and one {@code check} (right or wrong code) for the same recipient. Each thread cycles through
 * its own 100,000 recipients, so the store holds a steady population instead of growing. Septet only: the peers
 * have no OTP. Pairs per second = threads x 1e9 / (ns/op). Five warmup seconds, not three: the first pass through
 * the recipients fills the store's map, and the first iterations are several times slower than the steady state.
 * Before that, the setup runs pairs for three seconds on a throwaway store, so that runs with shorter warmup settings
 * still measure compiled code. The heap is fixed at 1 GB (as in every benchmark here): with the default growing heap, the generate and
 * wrong-code runs, which keep 100,000 codes live, showed single iterations five times slower than the rest.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OtpBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OtpBenchmark {
    /** One service on one in-memory store, shared by the benchmark threads. */
    @State(Scope.Benchmark)
    public static class Service {
        /** How long the setup runs pairs before JMH's warmup: three seconds. */
        static final long WARM_UP_NANOS = 3_000_000_000L;

        /** The service under test. */
        public OtpService otp;

        /**
         * Builds the service with a random 32-byte secret, after running pairs for {@link #WARM_UP_NANOS} on a
         * throwaway store with the same settings (see {@link Otp#warmUp}), so the measured store starts empty.
         *
         * @param params the run's parameters, or null outside a JMH run, which skips the warm-up
         */
        @Setup
        public void setUp(BenchmarkParams params) {
            if (params != null) {
                Otp.warmUp(newService(), WARM_UP_NANOS);
            }
            otp = newService();
        }

        private static OtpService newService() {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return OtpService.builder(InMemoryOtpStore.create())
                    .secret(secret)
                    .throttle(Throttle.none())
                    .build();
        }
    }

    /** Each thread's own recipients. */
    @State(Scope.Thread)
    public static class Recipients {
        private static final int COUNT = 100_000;
        private static final java.util.concurrent.atomic.AtomicInteger THREADS =
                new java.util.concurrent.atomic.AtomicInteger();

        private String[] numbers;
        private int next;

        /** Makes this thread's phone numbers, disjoint from other threads'. */
        @Setup
        public void setUp() {
            numbers = Otp.recipients(THREADS.getAndIncrement(), COUNT);
        }

        /**
         * Returns the next recipient, cycling.
         *
         * @return a phone number
         */
        public String next() {
            String n = numbers[next];
            next = next + 1 == COUNT ? 0 : next + 1;
            return n;
        }
    }

    /**
     * Generates a code (replacing the recipient's previous one).
     *
     * @param s the service
     * @param r this thread's recipients
     * @return the code
     */
    @Benchmark
    public GeneratedCode generate(Service s, Recipients r) {
        return s.otp.generate(GenerateRequest.of(r.next()));
    }

    /**
     * Generates a code and checks the right one: one pair, one thread.
     *
     * @param s the service
     * @param r this thread's recipients
     * @return the result, valid
     */
    @Benchmark
    public CheckResult generateAndCheckRight(Service s, Recipients r) {
        return Otp.right(s.otp, r.next());
    }

    /**
     * Generates a code and checks the right one: one pair, two threads on one service.
     *
     * @param s the service
     * @param r this thread's recipients
     * @return the result, valid
     */
    @Benchmark
    @Threads(2)
    public CheckResult generateAndCheckRight2Threads(Service s, Recipients r) {
        return Otp.right(s.otp, r.next());
    }

    /**
     * Generates a code and checks a wrong one: one pair, one thread.
     *
     * @param s the service
     * @param r this thread's recipients
     * @return the result, invalid
     */
    @Benchmark
    public CheckResult generateAndCheckWrong(Service s, Recipients r) {
        return Otp.wrong(s.otp, r.next());
    }

    /**
     * Generates a code and checks a wrong one: one pair, two threads on one service.
     *
     * @param s the service
     * @param r this thread's recipients
     * @return the result, invalid
     */
    @Benchmark
    @Threads(2)
    public CheckResult generateAndCheckWrong2Threads(Service s, Recipients r) {
        return Otp.wrong(s.otp, r.next());
    }
}
