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
 * Decoding one received part's user data to text. The user data is Septet's encoding of the input (checked
 * against the peers' encodings by {@code BenchmarkSanityTest}).
 *
 * <ul>
 *   <li>{@code packed}: Septet's {@code Sms.decode} with the UDL against jcharset's {@code SCPGSM} and
 *       cloudhopper's {@code CHARSET_GSM7}.
 *   <li>{@code packedNational}: Septet, user data with a National Language Locking Shift header; no peer parses
 *       headers or has national tables.
 *   <li>{@code unpacked}: Septet against cloudhopper's {@code CHARSET_GSM}.
 *   <li>{@code ucs2}: Septet against cloudhopper's {@code CHARSET_UCS_2} and {@code new String(b, UTF_16BE)}.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DecodeBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {

    /**
     * Packed GSM 7-bit user data to text.
     *
     * @param s the peer and encoded input
     * @return the text
     */
    @Benchmark
    public String packed(Cases.Packed s) {
        return s.codec.decodePacked(s.userData, s.udhi, s.udl);
    }

    /**
     * Packed GSM 7-bit user data with a national language header to text.
     *
     * @param s the peer and encoded input
     * @return the text
     */
    @Benchmark
    public String packedNational(Cases.National s) {
        return s.codec.decodePacked(s.userData, s.udhi, s.udl);
    }

    /**
     * Unpacked GSM 7-bit user data to text.
     *
     * @param s the peer and encoded input
     * @return the text
     */
    @Benchmark
    public String unpacked(Cases.Unpacked s) {
        return s.codec.decodeUnpacked(s.userData);
    }

    /**
     * UCS-2 user data to text.
     *
     * @param s the peer and encoded input
     * @return the text
     */
    @Benchmark
    public String ucs2(Cases.Ucs2 s) {
        return s.codec.decodeUcs2(s.userData);
    }
}
