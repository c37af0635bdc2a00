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
 * Count-only analysis, what a busy sender does for every message: how many parts will this cost?
 *
 * <ul>
 *   <li>{@code countParts}: Septet's {@code Sms.countParts} against cloudhopper's {@code canRepresent} followed by
 *       the length of {@code CharsetUtil.encode(text, CHARSET_GSM)} (cloudhopper has no counter). The 1,600 and
 *       16,000 character inputs give the ns-per-character scaling.
 *   <li>{@code countPartsNational}: Septet only; no peer has national tables.
 *   <li>{@code analyze}: Septet's full {@code Sms.analyze} record; no peer has one.
 *   <li>{@code canRepresent}: cloudhopper's yes/no {@code GSMCharset.canRepresent}, the lower bound a counter is
 *       compared with; Septet has no yes/no-only method.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AnalyzeBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnalyzeBenchmark {




    /**
     * Parts needed, default tables.
     *
     * @param s the peer and input
     * @return the part count
     */
    @Benchmark
    public int countParts(Cases.Counting s) {
        return s.codec.countParts(s.text);
    }

    /**
     * Parts needed with the Portuguese tables enabled.
     *
     * @param s the peer and input
     * @return the part count
     */
    @Benchmark
    public int countPartsNational(Cases.National s) {
        return s.codec.countParts(s.text);
    }

    /**
     * The full analysis record.
     *
     * @param s the peer and input
     * @return the analysis
     */
    @Benchmark
    public Object analyze(Cases.SeptetSingle s) {
        return s.codec.analyze(s.text);
    }

    /**
     * Yes/no: representable in GSM 7-bit.
     *
     * @param s the peer and input
     * @return whether it is representable
     */
    @Benchmark
    public boolean canRepresent(Cases.YesNo s) {
        return s.codec.canRepresent(s.text);
    }
}
