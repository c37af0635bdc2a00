/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import com.cloudhopper.commons.charset.CharsetUtil;
import dev.septet.smpp.SmppOptions;
import dev.septet.smpp.SmppSender;
import dev.septet.sms.ReferenceSource;
import java.util.ArrayList;
import java.util.List;
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
 * Building the {@code submit_sm} parts of a message (UDH mode, unpacked GSM 7-bit, 8-bit reference): Septet's
 * {@code SmppSender.submission} against what a jsmpp user writes by hand today, cloudhopper's {@code CHARSET_GSM}
 * and a User Data Header written around slices of 153 septets. Inputs: {@link Messages#GSM_160} (one part, no
 * header) and {@link #GSM_3_PARTS} (450 septets, three parts). The hand-rolled way is only right for text without
 * extension characters: it cuts at 153 octets, so an escape can end up split across two parts; Septet moves it.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SmppSubmitBenchmark -prof gc}
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
public class SmppSubmitBenchmark {
    /** 450 characters of {@link Messages#GSM_160} repeated: 450 septets, three parts of at most 153. */
    public static final String GSM_3_PARTS = Messages.GSM_160.repeat(3).substring(0, 450);

    /** Builds the short_message of every part of a text. */
    @FunctionalInterface
    interface PartBuilder {
        Object build(String text);
    }

    /** The peer and input; each call draws a fresh reference, as a sender does per message. */
    @State(Scope.Thread)
    public static class Submit {
        /** {@code SEPTET} (septet-smpp) or {@code CLOUDHOPPER} (its charset plus a hand-written header). */
        @Param({"SEPTET", "CLOUDHOPPER"})
        public Peer peer;

        /** {@code GSM_160} or {@code GSM_3_PARTS}. */
        @Param({"GSM_160", "GSM_3_PARTS"})
        public String input;

        /** The message. */
        public String text;

        /** The peer's way of building parts. */
        PartBuilder builder;

        /** Picks the text and the peer. */
        @Setup
        public void setUp() {
            text = "GSM_160".equals(input) ? Messages.GSM_160 : GSM_3_PARTS;
            if (peer == Peer.SEPTET) {
                SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(1));
                builder = sender::submission;
            } else if (peer == Peer.CLOUDHOPPER) {
                builder = new HandRolled()::parts;
            } else {
                throw new IllegalArgumentException(peer + " builds no submit_sm parts");
            }
        }
    }

    /**
     * What jsmpp users write: encode with cloudhopper's GSM charset (unpacked, escapes included), then cut into
     * 153-octet slices behind a 6-octet concatenation header.
     */
    static final class HandRolled {
        private int reference = 1;

        List<byte[]> parts(String text) {
            byte[] septets = CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM);
            if (septets.length <= 160) {
                return List.of(septets);
            }
            int total = (septets.length + 152) / 153;
            int ref = reference++;
            List<byte[]> parts = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int from = i * 153;
                int length = Math.min(153, septets.length - from);
                byte[] sm = new byte[6 + length];
                sm[0] = 0x05;
                sm[1] = 0x00;
                sm[2] = 0x03;
                sm[3] = (byte) ref;
                sm[4] = (byte) total;
                sm[5] = (byte) (i + 1);
                System.arraycopy(septets, from, sm, 6, length);
                parts.add(sm);
            }
            return parts;
        }
    }

    /**
     * The submit_sm parts of one message.
     *
     * @param s the peer and input
     * @return Septet's {@code Submission} or the hand-rolled list of {@code short_message} arrays
     */
    @Benchmark
    public Object submitParts(Submit s) {
        return s.builder.build(s.text);
    }
}
