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
 * The {@code java.nio.charset} style encoder: text to unpacked GSM septets (escapes included), no parts, no header.
 * Septet's {@code GSM-7} charset (via its {@code CharsetProvider}), cloudhopper's {@code CHARSET_GSM}, jcharset's
 * {@code SCGSM}, and {@code getBytes(ISO_8859_1)} as the floor: the JDK's intrinsic one-byte-per-char copy, which
 * produces the wrong bytes for GSM (and one byte, not two, for an extension character) but bounds what a
 * table-driven encoder can reach. The 1,600 and 16,000 character inputs give the ns-per-character scaling.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CharsetBenchmark -prof gc}
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
public class CharsetBenchmark {
    /**
     * Text to bytes through the peer's charset API.
     *
     * @param s the peer and input
     * @return the bytes
     */
    @Benchmark
    public byte[] encode(Cases.CharsetEncoding s) {
        return s.codec.charsetEncode(s.text);
    }
}
