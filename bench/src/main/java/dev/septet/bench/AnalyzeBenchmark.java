/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Count-only analysis, what a busy sender does for every message: how many parts will this cost?
 *
 * <ul>
 *   <li>{@code countParts}: Septet's {@code Sms.countParts} against cloudhopper's {@code canRepresent} followed by
 *       the length of {@code CharsetUtil.encode(text, CHARSET_GSM)} (cloudhopper has no counter). The 1,600 and
 *       16,000 character inputs give the ns-per-character scaling.
 *   <li>{@code countPartsNational}: Septet only; no peer has national tables.
 *   <li>{@code countPartsLanguages}: Septet's count of default-alphabet text with no national language enabled
 *       and with all 13 enabled; the performance goal is at most 1.3x the time with none.
 *   <li>{@code analyze}: Septet's full {@code Sms.analyze} record; no peer has one.
 *   <li>{@code copyFloor}: the JDK's {@code getBytes(ISO_8859_1)} of the same text, the memory-copy floor a
 *       counter that reads every character is compared with (it allocates the copy; a counter must not).
 *   <li>{@code exactCopyFloor}: the same copy without allocating, exact (it stops at a character above U+00FF),
 *       into reused per-thread buffers: the floor for a counter that allocates nothing, on JDK 17's public API.
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
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
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

    /** Default-alphabet inputs counted with no national language enabled ({@code NONE}) or all 13 ({@code ALL}). */
    @State(Scope.Benchmark)
    public static class Languages {
        /** The input text. */
        @Param({"GSM_160", "GSM_EXTENSION"})
        public Input input;

        /** Which national languages are enabled: NONE or ALL. */
        @Param({"NONE", "ALL"})
        public String enabled;

        String text;
        SmsOptions options;

        /** Resolves the parameters. */
        @Setup
        public void setUp() {
            text = input.text();
            options = enabled.equals("ALL")
                    ? SmsOptions.defaults().withLanguages(EnumSet.allOf(NationalLanguage.class))
                    : SmsOptions.defaults();
        }
    }

    /**
     * Parts needed for default-alphabet text with no or all national languages enabled.
     *
     * @param s the input and language setting
     * @return the part count
     */
    @Benchmark
    public int countPartsLanguages(Languages s) {
        return Sms.countParts(s.text, s.options);
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
     * The memory-copy floor: one byte per character, no table, no decision.
     *
     * @param s the peer (the JDK) and input
     * @return the copied bytes
     */
    @Benchmark
    public byte[] copyFloor(Cases.CopyFloor s) {
        return s.codec.charsetEncode(s.text);
    }

    /**
     * The floor for a counter that allocates nothing: the same text copied exactly, one byte per character, into
     * reused per-thread buffers with public JDK calls only.
     *
     * @param s the peer (the JDK) and input
     * @param buffers this thread's buffers
     * @return the characters copied
     */
    @Benchmark
    public int exactCopyFloor(Cases.CopyFloor s, Latin1Copy buffers) {
        return buffers.copy(s.text);
    }

    /**
     * Reused buffers for {@link #exactCopyFloor}: {@code String.getChars} into a {@code char[]}, then the ISO-8859-1
     * encoder into a {@code byte[]}, in chunks of 2,048 characters. The deprecated {@code getBytes(int, int, byte[],
     * int)} would be one array copy, but it truncates characters above U+00FF, so it cannot tell Latin-1 text from
     * other text; no public call hands out a {@code String}'s bytes without allocating.
     */
    @State(Scope.Thread)
    public static class Latin1Copy {
        private static final int CHUNK = 2048;
        private final char[] chars = new char[CHUNK];
        private final byte[] bytes = new byte[CHUNK];
        private final CharBuffer in = CharBuffer.wrap(chars);
        private final ByteBuffer out = ByteBuffer.wrap(bytes);
        private final CharsetEncoder encoder = StandardCharsets.ISO_8859_1.newEncoder();

        /**
         * Copies the text, stopping at the first character above U+00FF.
         *
         * @param text the text
         * @return the characters copied
         */
        public int copy(String text) {
            int copied = 0;
            for (int from = 0, n = text.length(); from < n; from += CHUNK) {
                int length = Math.min(CHUNK, n - from);
                text.getChars(from, from + length, chars, 0);
                in.limit(length).position(0);
                out.clear();
                encoder.encode(in, out, true);
                copied += out.position();
                if (out.position() < length) {
                    break;
                }
            }
            return copied;
        }
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
