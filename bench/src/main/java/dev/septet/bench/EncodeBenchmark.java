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
 * Encoding to SMS user data, per layout.
 *
 * <ul>
 *   <li>{@code packed}: Septet's {@code Sms.encode} (packed septets, header, per-part records) against
 *       jcharset's {@code SCPGSM} charset and cloudhopper's {@code CHARSET_GSM7}, on single-part inputs (the
 *       peers produce one packed blob with no User Data Header, which for a single part is the same bytes).
 *   <li>{@code packedNational}: Septet with the Portuguese tables; no peer has them.
 *   <li>{@code packedLong}: Septet on 1,600 and 16,000 characters (11 and 105 parts with headers), for the
 *       ns-per-character scaling; the peers have no parts, so they are not compared here (see
 *       {@link CharsetBenchmark} for their scaling).
 *   <li>{@code unpacked}: Septet (one septet per octet) against cloudhopper's {@code CHARSET_GSM}.
 *   <li>{@code ucs2}: Septet (encoding chosen automatically, so the cost includes detecting UCS-2) against
 *       cloudhopper's {@code CHARSET_UCS_2} and the JDK's {@code getBytes(UTF_16BE)}.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EncodeBenchmark -prof gc}
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
public class EncodeBenchmark {
    /**
     * Packed GSM 7-bit user data.
     *
     * @param s the peer and input
     * @return the peer's result
     */
    @Benchmark
    public Object packed(Cases.Packed s) {
        return s.codec.encodePacked(s.text);
    }

    /**
     * Packed GSM 7-bit user data with the Portuguese tables (one part, national language header).
     *
     * @param s the peer and input
     * @return the parts
     */
    @Benchmark
    public Object packedNational(Cases.National s) {
        return s.codec.encodePacked(s.text);
    }

    /**
     * Packed GSM 7-bit user data of a long text: 11 or 105 parts, each with a concatenation header.
     *
     * @param s the peer and input
     * @return the parts
     */
    @Benchmark
    public Object packedLong(Cases.SeptetLong s) {
        return s.codec.encodePacked(s.text);
    }

    /**
     * Unpacked GSM 7-bit user data.
     *
     * @param s the peer and input
     * @return the peer's result
     */
    @Benchmark
    public Object unpacked(Cases.Unpacked s) {
        return s.codec.encodeUnpacked(s.text);
    }

    /**
     * UCS-2 user data.
     *
     * @param s the peer and input
     * @return the peer's result
     */
    @Benchmark
    public Object ucs2(Cases.Ucs2 s) {
        return s.codec.encodeUcs2(s.text);
    }
}
