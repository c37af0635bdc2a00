/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The eight-at-a-time packer writes exactly the bytes of the one-character-at-a-time packer (which a
 * {@link StringBuilder} still takes), for default-table texts with escapes, '$', '@', accents, Greek letters and
 * the euro sign anywhere, at every fill-bit offset, across bulk-chunk boundaries, with and without CR padding.
 */
class PackedWriterPropertyTest {
    private static final long SEED = 0x7AC4EDL;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?;:'\"#%&"
            + "()*+-/<=>$@_\n\r\u00A3\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\u00D8\u00F8\u00C5\u00E5\u00C6\u00E6"
            + "\u00DF\u00C9\u00A4\u00A1\u00C4\u00D6\u00D1\u00DC\u00A7\u00BF\u00E4\u00F6\u00F1\u00FC\u00E0"
            + "\u0394\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E^{}\\[~]|\u20AC\f";
    private static final int[] LENGTHS = {24, 31, 32, 33, 160, 161, 2047, 2048, 2049, 2056, 4100};

    /** A text, the bit the text starts at, and the padding choice. */
    record Case(String text, int bit, boolean crPadding) {
        @Override
        public String toString() {
            return "bit " + bit + " cr " + crPadding + " length " + text.length() + " "
                    + text.chars()
                            .mapToObj(
                                    c -> c >= ' ' && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c))
                            .reduce("", String::concat);
        }
    }

    private static final Gen<Case> CASES = PackedWriterPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(24, 400))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        // mostly plain text, so the eight-at-a-time path runs, with rarer characters at a random density
        int rare = (int) in.next(Constraint.between(0, 40));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean plain = in.next(Constraint.between(0, 99)) >= rare;
            int from = plain ? 0 : 62;
            text.append(ALPHABET.charAt((int) in.next(Constraint.between(from, plain ? 62 : ALPHABET.length() - 1))));
        }
        int headerOctets = (int) in.next(Constraint.between(0, 12));
        int bit = SeptetPacker.headerSeptets(headerOctets) * 7;
        return new Case(text.toString(), bit, in.next(Constraint.between(0, 1)) == 0);
    }

    private static byte[] packed(CharSequence text, int bit, boolean crPadding) {
        byte[] out = new byte[SeptetPacker.packedOctets(bit / 7 + Splitter.cost(text, Encoding.GSM7, 0), false)];
        SeptetPacker.pack(text, 0, 0, out, bit, crPadding, false);
        return out;
    }

    @Test
    void bulkPackingWritesTheSameBytesAsOneByOne() {
        qt().withFixedSeed(SEED)
                .withExamples(1500)
                .forAll(CASES)
                .checkAssert(c -> assertThat(packed(c.text(), c.bit(), c.crPadding()))
                        .isEqualTo(packed(new StringBuilder(c.text()), c.bit(), c.crPadding())));
    }

    @Test
    void eightSeptetsPackIntoFiftySixBits() {
        long x = 0;
        for (int k = 0; k < 8; k++) {
            x |= (long) (0x21 + 11 * k) << (8 * k);
        }
        long expected = 0;
        for (int k = 0; k < 8; k++) {
            expected |= (long) (0x21 + 11 * k) << (7 * k);
        }
        assertThat(PackedWriter.pack(x)).isEqualTo(expected);
    }
}
