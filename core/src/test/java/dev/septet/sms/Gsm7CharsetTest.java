/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Gsm7CharsetTest {
    private static final Charset GSM = Charset.forName("GSM-7");

    @Test
    void foundByNameAndAliasesThroughTheServiceLoader() {
        assertThat(GSM.name()).isEqualTo("GSM-7");
        assertThat(Charset.forName("gsm7")).isSameAs(GSM);
        assertThat(Charset.forName("GSM-03.38")).isSameAs(GSM);
        assertThat(Charset.isSupported("X-GSM-7-UNPACKED")).isTrue();
        assertThat(GSM.contains(GSM)).isTrue();
        assertThat(GSM.contains(Charset.forName("UTF-8"))).isFalse();
    }

    @Test
    void encodesUnpackedSeptetsWithEscapes() {
        assertThat(HexFormat.of().formatHex("Hi [\u20AC] @".getBytes(GSM))).isEqualTo("4869201b3c1b651b3e2000");
        assertThat(new String(HexFormat.of().parseHex("4869201b3c1b651b3e2000"), GSM))
                .isEqualTo("Hi [\u20AC] @");
    }

    @Test
    void unmappableCharactersBecomeQuestionMarksInGetBytes() {
        assertThat("\u00E7\uD83D\uDE00x".getBytes(GSM)).containsExactly(0x3F, 0x3F, 0x78);
    }

    @Test
    void strictEncoderReportsUnmappableAndMalformed() {
        assertThatThrownBy(() -> GSM.newEncoder().encode(CharBuffer.wrap("a\uD83D\uDE00")))
                .isInstanceOf(UnmappableCharacterException.class);
        assertThatThrownBy(() -> GSM.newEncoder().encode(CharBuffer.wrap("a\uDE00b")))
                .isInstanceOf(MalformedInputException.class);
        assertThat(GSM.newEncoder().canEncode('\u20AC')).isTrue();
        assertThat(GSM.newEncoder().canEncode('\u00E7')).isFalse();
    }

    @Test
    void decoderRejectsHighBytesAndATrailingEscape() {
        CharsetDecoder strict = GSM.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        assertThatThrownBy(() -> strict.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0x80})))
                .isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> GSM.newDecoder().decode(ByteBuffer.wrap(new byte[] {0x41, 0x1B})))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(new String(new byte[] {0x41, 0x1B}, GSM)).isEqualTo("A\uFFFD");
    }

    @Test
    void anEscapeBeforeAHighByteIsMalformedByItselfAndTheByteAfterIt() {
        assertThat(new String(new byte[] {0x41, 0x1B, (byte) 0x80, 0x42}, GSM)).isEqualTo("A\uFFFD\uFFFDB");
        CharsetDecoder strict = GSM.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(new byte[] {0x41, 0x1B, (byte) 0x80});
        CharBuffer out = CharBuffer.allocate(4);
        CoderResult result = strict.decode(in, out, true);
        assertThat(result.isMalformed()).isTrue();
        assertThat(result.length()).isEqualTo(1);
        assertThat(in.position()).isEqualTo(1);
    }

    @Test
    void decoderAppliesTheDisplayRules() {
        assertThat(new String(new byte[] {0x1B, 0x41, 0x1B, 0x1B}, GSM)).isEqualTo("A ");
    }

    @Test
    void everyDefaultAlphabetCharacterRoundTrips() {
        StringBuilder all = new StringBuilder();
        for (char[] table : new char[][] {Gsm7Tables.LOCKING[0], Gsm7Tables.SINGLE_SHIFT[0]}) {
            for (char c : table) {
                if (c != Gsm7Tables.UNDEFINED) {
                    all.append(c);
                }
            }
        }
        String text = all.toString();
        assertThat(new String(text.getBytes(GSM), GSM)).isEqualTo(text);
        assertThat(text.getBytes(GSM)).hasSize(127 + 2 * 10);
    }

    @Test
    void streamingDecoderWaitsForTheEscapedCode() throws CharacterCodingException {
        CharsetDecoder decoder = GSM.newDecoder();
        CharBuffer out = CharBuffer.allocate(4);
        ByteBuffer first = ByteBuffer.wrap(new byte[] {0x41, 0x1B});
        decoder.decode(first, out, false);
        assertThat(first.remaining()).isEqualTo(1);
        decoder.decode(ByteBuffer.wrap(new byte[] {0x1B, 0x65}), out, true);
        decoder.flush(out);
        assertThat(out.flip().toString()).isEqualTo("A\u20AC");
    }

    @Test
    void illegalReplacementsAreRejected() {
        CharsetEncoder encoder = GSM.newEncoder();
        // a lone escape, a trailing escape, an octet above 0x7F, escapes before undefined codes (which display as
        // other characters), and ESC ESC (which displays as a space): none decodes back to itself
        for (byte[] replacement : new byte[][] {
            {0x1B},
            {0x3F, 0x1B},
            {0x3F, (byte) 0x80},
            {(byte) 0xBF},
            {0x1B, 0x41},
            {0x1B, 0x1B},
            {0x1B, (byte) 0x85},
            {}
        }) {
            assertThat(encoder.isLegalReplacement(replacement))
                    .as(HexFormat.of().formatHex(replacement))
                    .isFalse();
        }
        for (byte[] replacement : new byte[][] {{0x3F}, {0x00}, {0x1B, 0x65}, {0x20, 0x1B, 0x3C, 0x3F}}) {
            assertThat(encoder.isLegalReplacement(replacement))
                    .as(HexFormat.of().formatHex(replacement))
                    .isTrue();
        }
    }

    @Test
    void everyLegalSingleOrEscapedReplacementDecodesBackToItself() {
        CharsetEncoder encoder = GSM.newEncoder();
        for (int first = 0; first < 256; first++) {
            for (int second = -1; second < 256; second++) {
                byte[] r = second < 0 ? new byte[] {(byte) first} : new byte[] {(byte) first, (byte) second};
                if (encoder.isLegalReplacement(r)) {
                    assertThat(new String(r, GSM).getBytes(GSM))
                            .as(HexFormat.of().formatHex(r))
                            .isEqualTo(r);
                }
            }
        }
    }

    @Test
    void replaceWithAnEscapeIsRefused() {
        assertThatThrownBy(() -> GSM.newEncoder().replaceWith(new byte[] {0x1B}))
                .isInstanceOf(IllegalArgumentException.class);
        CharsetEncoder encoder = GSM.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {0x1B, 0x65});
        assertThat(new String(encodeAll(encoder, "\u4E2Dy"), GSM)).isEqualTo("\u20ACy");
    }

    private static byte[] encodeAll(CharsetEncoder encoder, String text) {
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }
}
