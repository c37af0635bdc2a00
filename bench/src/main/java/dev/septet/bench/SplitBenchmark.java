/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full split into parts ({@code Sms.split}: part texts and septet counts), Septet only: neither cloudhopper nor
 * jcharset splits text into SMS parts (their users write that loop themselves), so there is no peer to compare.
 * The 1,600 and 16,000 character inputs give the ns-per-character scaling.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SplitBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SplitBenchmark {
    /**
     * Splits the text.
     *
     * @param s the peer and input
     * @return the parts
     */
    @Benchmark
    public Object split(Cases.SeptetSingle s) {
        return s.codec.split(s.text);
    }

    /**
     * Splits a 1,600 or 16,000 character text (11 or 105 parts).
     *
     * @param s the peer and input
     * @return the parts
     */
    @Benchmark
    public Object splitLong(Cases.SeptetLong s) {
        return s.codec.split(s.text);
    }
}
