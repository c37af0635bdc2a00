/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.GenerateRequest;
import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpService;
import dev.septet.otp.Throttle;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Heap bytes per pending code in {@code InMemoryOtpStore}: one shot that generates a million codes for distinct
 * recipients into an empty store, and compares the live heap after a full GC before and after. The result is the
 * {@code heapBytesPerPendingCode} secondary metric; the time of the shot (GCs included) is not a speed figure.
 *
 * <p>JMH adds up an {@link AuxCounters.Type#EVENTS} counter over every measured iteration of every fork, so a run
 * with {@code -f 2 -i 2} would report four times the figure. Each shot therefore reports its measurement divided by
 * the number of measured shots (forks times measurement iterations, which {@link BenchmarkParams} tells), and the
 * metric's score is the mean over the shots; the bytes of one shot are printed on its own line.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OtpFootprintBenchmark}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class OtpFootprintBenchmark {
    /** How many codes are pending when the heap is measured. */
    public static final int CODES = 1_000_000;

    /** The measured figures, reported by JMH as secondary metrics. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        /**
         * Live heap growth divided by the number of pending codes, in bytes, divided by the number of measured shots
         * of the run, so that the sum JMH reports is the mean over the shots.
         */
        public double heapBytesPerPendingCode;

        private int shots;

        /**
         * Reads how many shots JMH will sum.
         *
         * @param params the run's parameters, or null outside a JMH run (one shot)
         */
        @Setup(Level.Trial)
        public void countShots(BenchmarkParams params) {
            shots = params == null
                    ? 1
                    : Math.max(1, params.getForks())
                            * Math.max(1, params.getMeasurement().getCount());
        }
    }

    /**
     * Fills a fresh store with pending codes and measures the live heap.
     *
     * @param f the counters
     * @return the service, so the store stays reachable until after the measurement
     */
    @Benchmark
    public Object pendingCodes(Footprint f) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        long before = liveHeap();
        OtpService otp = OtpService.builder(InMemoryOtpStore.create())
                .secret(secret)
                .throttle(Throttle.none())
                .build();
        for (int i = 0; i < CODES; i++) {
            otp.generate(GenerateRequest.of("+44" + (7_000_000_000L + i)));
        }
        long after = liveHeap();
        double bytesPerCode = (double) (after - before) / CODES;
        System.out.printf(Locale.ROOT, "heap per pending code in this shot: %.1f bytes%n", bytesPerCode);
        f.heapBytesPerPendingCode = bytesPerCode / f.shots;
        return otp;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
