/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The {@code GSM-7} encoder's array loop returns the same result, consumes the same characters and writes the same
 * bytes as its buffer loop (which buffers without accessible arrays still take), for mappable, escaped,
 * unmappable and surrogate characters and output buffers too small at every point, also where blocks of eight
 * characters are encoded at once; and it never writes outside the output's remaining space.
 */
class Gsm7ArrayEncoderPropertyTest {
    private static final long SEED = 0x657C0DEL;
    private static final String ALPHABET =
            "abcXYZ019 @$_\u00E9\u00C7\u0394\u03A9{}[]~^|\\\u20AC\f\u0416\u00E3`" + "\uD83D\uDE00\uD800\uDC00";
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?";
    private static final Charset GSM7 = new Gsm7Charset();
    /** What the output array holds before encoding, so bytes past the final position can be checked untouched. */
    private static final byte UNTOUCHED = (byte) 0xA5;

    /** Input characters and output room. */
    record Case(String text, int room, int offset) {}

    private static final Gen<Case> CASES = Gsm7ArrayEncoderPropertyTest::generate;

    /** Mostly plain text, so whole blocks of eight are encoded at once, with the rarer characters now and then. */
    private static final Gen<Case> MOSTLY_PLAIN = in -> generate(in, (int) in.next(Constraint.between(0, 20)), 300);

    private static Case generate(RandomnessSource in) {
        return generate(in, 100, 60);
    }

    /** {@code rare} in 100 characters are drawn from {@link #ALPHABET}, the rest from plain letters and digits. */
    private static Case generate(RandomnessSource in, int rare, int longest) {
        int length = (int) in.next(Constraint.between(0, longest));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (in.next(Constraint.between(0, 99)) < rare) {
                text.append(ALPHABET.charAt((int) in.next(Constraint.between(0, ALPHABET.length() - 1))));
            } else {
                text.append(PLAIN.charAt((int) in.next(Constraint.between(0, PLAIN.length() - 1))));
            }
        }
        return new Case(text.toString(), (int) in.next(Constraint.between(0, 2 * longest + 10)), (int)
                in.next(Constraint.between(0, 3)));
    }

    /** The result, both positions and the bytes written. */
    private static String run(Case c, boolean arrays) {
        CharsetEncoder encoder = GSM7.newEncoder();
        CharBuffer in;
        ByteBuffer out;
        if (arrays) {
            char[] chars = new char[c.text().length() + c.offset()];
            c.text().getChars(0, c.text().length(), chars, c.offset());
            in = CharBuffer.wrap(chars, c.offset(), c.text().length()).slice(); // a non-zero array offset
            byte[] array = new byte[c.room() + 2 * c.offset()];
            java.util.Arrays.fill(array, UNTOUCHED);
            out = ByteBuffer.wrap(array, c.offset(), c.room()).slice();
        } else {
            in = CharBuffer.wrap((CharSequence) c.text());
            out = ByteBuffer.allocateDirect(c.room());
        }
        assertThat(in.hasArray()).isEqualTo(arrays);
        CoderResult result = encoder.encode(in, out, true);
        if (arrays) {
            for (int i = 0; i < out.array().length; i++) {
                if (i < out.arrayOffset() || i >= out.arrayOffset() + out.limit()) {
                    assertThat(out.array()[i])
                            .as("byte %d outside the buffer", i)
                            .isEqualTo(UNTOUCHED);
                }
            }
        }
        byte[] written = new byte[out.position()];
        out.flip();
        out.get(written);
        return result + " in " + in.position() + " out "
                + java.util.HexFormat.of().formatHex(written);
    }

    @Test
    void arrayLoopMatchesBufferLoop() {
        qt().withFixedSeed(SEED)
                .withExamples(3000)
                .forAll(CASES)
                .checkAssert(c -> assertThat(run(c, true)).isEqualTo(run(c, false)));
    }

    @Test
    void blocksOfEightMatchTheBufferLoop() {
        qt().withFixedSeed(SEED + 1)
                .withExamples(3000)
                .forAll(MOSTLY_PLAIN)
                .checkAssert(c -> assertThat(run(c, true)).isEqualTo(run(c, false)));
    }

    @Test
    void aTextThatStartsPlainIsCopiedUpToItsFirstOtherCharacter() {
        // eight plain characters first: the array loop copies a window at once, which must stop where they do
        String others = "{@$\u00E9\u0394\u0416\u20AC\f`\uD83D\uDE00\uD800";
        for (int length : new int[] {32, 33, 40, 64, 100}) {
            for (int at = 0; at < length; at++) {
                for (int k = 0; k < others.length(); k++) {
                    StringBuilder text = new StringBuilder(PLAIN.repeat(2).substring(0, length));
                    text.setCharAt(at, others.charAt(k));
                    for (int room : new int[] {at, at + 1, length - 1, length, 2 * length}) {
                        Case c = new Case(text.toString(), room, k % 3);
                        assertThat(run(c, true)).as("%s room %d", text, room).isEqualTo(run(c, false));
                    }
                }
            }
        }
    }

    @Test
    void anEscapeAtEachPlaceOfABlockNeedsRoomForBothOctets() {
        for (int length : new int[] {7, 8, 9, 15, 16, 17, 24}) {
            for (int at = 0; at < length; at++) {
                StringBuilder text = new StringBuilder("a".repeat(length));
                text.setCharAt(at, '{');
                for (int room = 0; room <= length + 2; room++) {
                    Case c = new Case(text.toString(), room, at % 3);
                    assertThat(run(c, true)).as("%s room %d", text, room).isEqualTo(run(c, false));
                }
            }
        }
    }
}
