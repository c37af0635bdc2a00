/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.sms.EncodedPart;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH states shared by the benchmark classes: each lists the peers that support an operation and the inputs
 * they support, so no benchmark runs a combination a peer cannot do. Which inputs each peer lacks, and why:
 *
 * <ul>
 *   <li>{@code PORTUGUESE}: only Septet has national language tables (3GPP TS 23.038 clause 6.2.1.2.4 and
 *       6.2.1.1.4); cloudhopper and jcharset would replace the characters with {@code ?}.
 *   <li>{@code GSM_1600}, {@code GSM_16000} in encode and decode: the peers produce one blob with no parts or
 *       headers, not SMS user data; their scaling is measured by {@link CharsetBenchmark} instead.
 *   <li>jcharset has no UCS-2 charset of its own and no counting; the JDK has no GSM charset.
 * </ul>
 *
 * <p>The state classes are not final: JMH generates subclasses of them.
 */
public final class Cases {
    private Cases() {}

    /** A peer, an input, and that input's single part as Septet encodes it (the decoders' input). */
    public abstract static class Received extends PeerState {
        /** The user data of the single part, header first when {@link #udhi}. */
        public byte[] userData;

        /** Whether the user data starts with a header. */
        public boolean udhi;

        /** The TP-User-Data-Length: septets (header and fill included) for GSM, octets for UCS-2. */
        public int udl;

        /**
         * Binds the codec and encodes the input with Septet.
         *
         * @param peer the library
         * @param input the message, which must fit one part
         * @param format the septet layout
         */
        protected final void receive(Peer peer, Input input, SeptetFormat format) {
            bind(peer, input);
            SmsOptions options =
                    SmsOptions.defaults().withLanguages(input.languages()).withSeptetFormat(format);
            List<EncodedPart> parts = Sms.encode(input.text(), options, 0);
            if (parts.size() != 1) {
                throw new IllegalArgumentException(input + " needs " + parts.size() + " parts, not one");
            }
            userData = parts.get(0).userData();
            udhi = parts.get(0).udhi();
            udl = parts.get(0).udl();
        }
    }

    /** Peers that count parts, on the inputs they can encode. */
    @State(Scope.Benchmark)
    public static class Counting extends PeerState {
        /** The library. */
        @Param({"SEPTET", "CLOUDHOPPER"})
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION", "UCS2_EMOJI", "GSM_1600", "GSM_16000"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }

    /** The JDK's {@code getBytes(ISO_8859_1)}, the copy floor of counting. */
    @State(Scope.Benchmark)
    public static class CopyFloor extends PeerState {
        /** The library. */
        @Param("JDK")
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_16000"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }

    /** cloudhopper's yes/no representability check. */
    @State(Scope.Benchmark)
    public static class YesNo extends PeerState {
        /** The library. */
        @Param("CLOUDHOPPER")
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION", "UCS2_EMOJI"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }

    /** Septet on every single-message input. */
    @State(Scope.Benchmark)
    public static class SeptetSingle extends PeerState {
        /** The library. */
        @Param("SEPTET")
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION", "PORTUGUESE", "UCS2_EMOJI"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }

    /** Septet on the multi-part inputs, for the ns-per-character scaling. */
    @State(Scope.Benchmark)
    public static class SeptetLong extends PeerState {
        /** The library. */
        @Param("SEPTET")
        public Peer peer;

        /** The message. */
        @Param({"GSM_1600", "GSM_16000"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }

    /** Septet with the Portuguese tables, one part with a national language header. */
    @State(Scope.Benchmark)
    public static class National extends Received {
        /** The library. */
        @Param("SEPTET")
        public Peer peer;

        /** The message. */
        @Param("PORTUGUESE")
        public Input input;

        /** Binds the codec and encodes the input with Septet. */
        @Setup
        public void setUp() {
            receive(peer, input, SeptetFormat.PACKED);
        }
    }

    /** Peers with packed GSM 7-bit, single-part GSM inputs. */
    @State(Scope.Benchmark)
    public static class Packed extends Received {
        /** The library. */
        @Param({"SEPTET", "JCHARSET", "CLOUDHOPPER"})
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION"})
        public Input input;

        /** Binds the codec and encodes the input with Septet. */
        @Setup
        public void setUp() {
            receive(peer, input, SeptetFormat.PACKED);
        }
    }

    /** Peers with unpacked GSM 7-bit (one septet per octet), single-part GSM inputs. */
    @State(Scope.Benchmark)
    public static class Unpacked extends Received {
        /** The library. */
        @Param({"SEPTET", "CLOUDHOPPER"})
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION"})
        public Input input;

        /** Binds the codec and encodes the input with Septet. */
        @Setup
        public void setUp() {
            receive(peer, input, SeptetFormat.UNPACKED);
        }
    }

    /** Peers with UTF-16BE, the UCS-2 input. */
    @State(Scope.Benchmark)
    public static class Ucs2 extends Received {
        /** The library. */
        @Param({"SEPTET", "CLOUDHOPPER", "JDK"})
        public Peer peer;

        /** The message. */
        @Param("UCS2_EMOJI")
        public Input input;

        /** Binds the codec and encodes the input with Septet. */
        @Setup
        public void setUp() {
            receive(peer, input, SeptetFormat.PACKED);
        }
    }

    /** Every peer's charset-style encoder, GSM inputs of every size. */
    @State(Scope.Benchmark)
    public static class CharsetEncoding extends PeerState {
        /** The library. */
        @Param({"SEPTET", "CLOUDHOPPER", "JCHARSET", "JDK"})
        public Peer peer;

        /** The message. */
        @Param({"GSM_160", "GSM_EXTENSION", "GSM_1600", "GSM_16000"})
        public Input input;

        /** Binds the codec. */
        @Setup
        public void setUp() {
            bind(peer, input);
        }
    }
}
