/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.GenerateRequest;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpService;
import dev.septet.otp.Throttle;
import dev.septet.otp.guard.ConversionLimit;
import dev.septet.otp.guard.Guard;
import dev.septet.otp.guard.RateLimit;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SMS-pumping guard's overhead per generate on the in-memory store: one thread generating codes for 100,000
 * valid UK or Spanish mobile numbers in turn, with no guard ({@code NONE}, the baseline) and with the default guard
 * ({@code DEFAULTS}). Performance goal: {@code DEFAULTS} at most twice {@code NONE}.
 *
 * <p>The guarded service runs every default rule (libphonenumber's validity, type and region, the auto-block reads,
 * four velocity counters and two conversion counters per code) with the velocity limits raised to 1,000,000,000 a
 * minute and the conversion minimum to 1,000,000 codes, so that a benchmark that never checks its codes measures
 * the guard's work rather than its refusals. Both services keep the service's default {@link Throttle} (a read and
 * an increment of per-recipient counters per code) with its code limit raised to 1,000 an hour, for the same reason.
 * The services' clock jumps three hours ahead before every iteration, so every window of the throttle and the guard
 * (at most two hours) starts afresh: a run of any length never reaches a limit (the country's conversion count, in
 * particular, stays under its 1,000,000 minimum as long as an iteration makes fewer codes than that), and both sides
 * do the same work in every iteration. Before the first iteration each service generates one code for every number,
 * so both measure a store in its steady state (a recipient's code replaced, not added; no sweep).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OtpGuardBenchmark -prof gc}
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
public class OtpGuardBenchmark {
    private static final int COUNT = 100_000;
    private static final String CLIENT_KEY = "203.0.113.7";

    /** Which guard the service consults. */
    public enum GuardType {
        /** No send guard: the baseline. */
        NONE,
        /** {@link Guard#defaults()}, limits raised so that nothing is refused. */
        DEFAULTS
    }

    /** One service on one in-memory store, and the recipients it cycles through. */
    @State(Scope.Thread)
    public static class Service {
        /** The guard under test. */
        @Param({"NONE", "DEFAULTS"})
        public GuardType guard;

        /**
         * Whose mobile numbers: {@code GB} (+44, which four regions share, so libphonenumber tries several regions'
         * patterns) or {@code ES} (+34, one region).
         */
        @Param({"GB", "ES"})
        public String country;

        /** The service under test. */
        public OtpService otp;

        private final JumpingClock clock = new JumpingClock();

        private String[] numbers;
        private int next;

        /** Builds the service with a random 32-byte secret, and the numbers. */
        @Setup
        public void setUp() {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            OtpService.Builder b = OtpService.builder(InMemoryOtpStore.create())
                    .secret(secret)
                    .clock(clock)
                    .throttle(Throttle.defaults().withMaxCodes(1_000, Duration.ofHours(1)));
            if (guard == GuardType.DEFAULTS) {
                b.sendGuard(guarded());
            }
            otp = b.build();
            numbers = new String[COUNT];
            for (int i = 0; i < COUNT; i++) {
                // +44 7400 000000 on or +34 612 000 000 on: mobile numbers, 100 blocks of 1,000
                numbers[i] = String.format(Locale.ROOT, country.equals("GB") ? "+447400%06d" : "+34612%06d", i);
            }
            // one code per number before measuring, so that the store holds every recipient and counter: each
            // measured generate then replaces what it finds, and neither side grows or sweeps the store
            for (int i = 0; i < COUNT; i++) {
                otp.generate(GenerateRequest.of(numbers[i]), CLIENT_KEY);
            }
        }

        /** Moves the clock three hours on, past every window the previous iteration opened. */
        @Setup(Level.Iteration)
        public void nextWindows() {
            clock.jump(Duration.ofHours(3));
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

    /** The system UTC clock, plus an offset that only grows; the offset is changed only between iterations. */
    static final class JumpingClock extends Clock {
        private volatile long offsetMillis;

        void jump(Duration d) {
            offsetMillis += d.toMillis();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the benchmark clock is UTC only");
        }

        @Override
        public long millis() {
            return System.currentTimeMillis() + offsetMillis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }
    }

    /** The default guard with limits no benchmark reaches. */
    static Guard guarded() {
        RateLimit unlimited = RateLimit.of(RateLimit.MAX_CODES, Duration.ofMinutes(1));
        ConversionLimit lenient = ConversionLimit.of(1_000_000, 20, Duration.ofHours(1), Duration.ofHours(1));
        return Guard.defaults()
                .withGlobalLimit(unlimited)
                .withCountryLimit(unlimited)
                .withPrefixLimit(unlimited)
                .withClientLimit(unlimited)
                .withCountryConversion(lenient)
                .withPrefixConversion(lenient);
    }

    /**
     * Generates a code (replacing the recipient's previous one), with client key {@code "203.0.113.7"}.
     *
     * @param s the service and recipients
     * @return the code
     */
    @Benchmark
    public GeneratedCode generate(Service s) {
        return s.otp.generate(GenerateRequest.of(s.next()), CLIENT_KEY);
    }
}
