/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
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
