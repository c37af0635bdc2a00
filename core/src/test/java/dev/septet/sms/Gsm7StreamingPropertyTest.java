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
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The {@code GSM-7} encoder and decoder give the same output when their input arrives in pieces, as a stream reader
 * or writer feeds them, as in one call: a surrogate pair or an escape and its code split between two pieces waits
 * for the next one. Pieces come as array-backed, read-only or direct buffers, so both loops of each coder run.
 */
class Gsm7StreamingPropertyTest {
    private static final long SEED = 0x57AEA3L;
    private static final Charset GSM7 = new Gsm7Charset();

    /** Plain letters with escaped, unmappable, paired and lone surrogate characters between them. */
    private static final String[] PIECES = {
        "a",
        "b",
        "z",
        " ",
        "@",
        "$",
        "\u20AC",
        "[",
        "~",
        "\f",
        "\n",
        "\r",
        "\u00C7",
        "\u00E7",
        "\u0416",
        "\u00E9",
        "\u0394",
        "\u0080",
        "\u00FF",
        "\u001B",
        "\uD83D\uDE00",
        "\uD800",
        "\uDC00"
    };

    /** A text and where it is cut into pieces, each cut a position in it. */
    record Case(String text, List<Integer> cuts, long kinds) {}

    private static final Gen<Case> CASES = Gsm7StreamingPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        int length = (int) in.next(Constraint.between(0, 120));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (in.next(Constraint.between(0, 2)) == 0) {
                text.append(PIECES[(int) in.next(Constraint.between(0, PIECES.length - 1))]);
            } else {
                text.append((char) ('a' + in.next(Constraint.between(0, 25))));
            }
        }
        List<Integer> cuts = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            at += (int) in.next(Constraint.between(1, 12));
            cuts.add(Math.min(at, text.length()));
        }
        return new Case(text.toString(), cuts, in.next(Constraint.between(0, Long.MAX_VALUE)));
    }

    /** The {@code k}-th piece as an array-backed, read-only or direct buffer, chosen by {@code kinds}. */
    private static int kind(long kinds, int k) {
        return (int) ((kinds >>> (2 * (k % 31))) & 3) % 3;
    }

    @Test
    void encodingInPiecesWritesWhatOneCallWrites() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(CASES).checkAssert(c -> {
            byte[] whole = c.text().getBytes(GSM7); // replaces unmappable and malformed input with '?'
            CharsetEncoder encoder = GSM7.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            ByteBuffer out = ByteBuffer.allocate(2 * c.text().length() + 2);
            CharBuffer pending = CharBuffer.allocate(c.text().length() + 1);
            int from = 0;
            for (int k = 0; k < c.cuts().size(); k++) {
                int to = c.cuts().get(k);
                pending.put(c.text(), from, to).flip();
                CharBuffer piece = switch (kind(c.kinds(), k)) {
                    case 0 -> pending;
                    case 1 -> pending.asReadOnlyBuffer();
                    default -> direct(pending);
                };
                CoderResult result = encoder.encode(piece, out, to == c.text().length());
                assertThat(result.isUnderflow()).as("%s at %d", result, to).isTrue();
                consumed(pending, piece);
                pending.compact();
                from = to;
            }
            pending.flip();
            assertThat(encoder.encode(pending, out, true).isUnderflow()).isTrue();
            assertThat(pending.hasRemaining()).isFalse();
            assertThat(encoder.flush(out).isUnderflow()).isTrue();
            assertThat(hex(out.flip())).as(c.text()).isEqualTo(HexFormat.of().formatHex(whole));
        });
    }

    @Test
    void decodingInPiecesReadsWhatOneCallReads() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(CASES).checkAssert(c -> {
            byte[] octets = c.text().getBytes(GSM7);
            String whole = new String(octets, GSM7);
            CharsetDecoder decoder = GSM7.newDecoder();
            CharBuffer out = CharBuffer.allocate(octets.length + 1);
            ByteBuffer pending = ByteBuffer.allocate(octets.length + 1);
            // the same cuts, scaled from characters to octets
            int from = 0;
            for (int k = 0; k < c.cuts().size(); k++) {
                int to = (int) ((long) c.cuts().get(k)
                        * octets.length
                        / Math.max(1, c.text().length()));
                pending.put(octets, from, to - from).flip();
                ByteBuffer piece = switch (kind(c.kinds(), k)) {
                    case 0 -> pending;
                    case 1 -> pending.asReadOnlyBuffer();
                    default ->
                        ByteBuffer.allocateDirect(pending.remaining())
                                .put(pending.duplicate())
                                .flip();
                };
                CoderResult result = decoder.decode(piece, out, to == octets.length);
                assertThat(result.isUnderflow()).as("%s at %d", result, to).isTrue();
                consumed(pending, piece);
                pending.compact();
                from = to;
            }
            pending.flip();
            assertThat(decoder.decode(pending, out, true).isUnderflow()).isTrue();
            assertThat(pending.hasRemaining()).isFalse();
            assertThat(decoder.flush(out).isUnderflow()).isTrue();
            assertThat(out.flip().toString()).isEqualTo(whole);
        });
    }

    /**
     * Moves {@code pending} past what the coder took from {@code piece}: a view or copy of it made just after a flip,
     * so that both count from 0.
     */
    private static void consumed(java.nio.Buffer pending, java.nio.Buffer piece) {
        if (piece != pending) {
            pending.position(piece.position());
        }
    }

    /** A direct copy of {@code chars}' remaining characters (a direct CharBuffer has no accessible array). */
    private static CharBuffer direct(CharBuffer chars) {
        CharBuffer copy = ByteBuffer.allocateDirect(2 * chars.remaining()).asCharBuffer();
        copy.put(chars.duplicate()).flip();
        return copy;
    }

    private static String hex(ByteBuffer bytes) {
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return HexFormat.of().formatHex(array);
    }
}
