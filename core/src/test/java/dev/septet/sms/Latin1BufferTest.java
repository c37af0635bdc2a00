/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Latin1BufferTest {
    private static final String TEXT = "a".repeat(100) + "\u0394" + "b".repeat(100) + "\u0394" + "c".repeat(100);

    @Test
    void aResumedLoadCopiesTheCharactersAfterTheStop() {
        Latin1Buffer buffer = Latin1Buffer.get();
        assertThat(buffer.load(TEXT, 0, false)).isEqualTo(100);
        assertThat(buffer.load(TEXT, 101, true)).isEqualTo(100);
        assertThat(copied(buffer, 100)).isEqualTo("b".repeat(100));
        assertThat(buffer.load(TEXT, 100, true)).isZero(); // a character above U+00FF copies nothing
        assertThat(buffer.load(TEXT, 205, true)).isEqualTo(97);
        assertThat(copied(buffer, 97)).isEqualTo("c".repeat(97));
    }

    @Test
    void aLoadAfterTheAnalysisCopyReadsTheTextNotTheCopy() {
        Latin1Buffer buffer = Latin1Buffer.get();
        buffer.load(TEXT, 101, false); // keeps TEXT from index 101 on
        buffer.chars(TEXT, 50); // the analysis' copy of the start: TEXT[0, 50) over the same characters
        assertThat(buffer.load(TEXT, 102, true)).isEqualTo(99);
        assertThat(copied(buffer, 99)).isEqualTo("b".repeat(99));
    }

    @Test
    void aLoadWithoutReuseCopiesAgain() {
        Latin1Buffer buffer = Latin1Buffer.get();
        String other = "x".repeat(300);
        buffer.load(TEXT, 0, false);
        assertThat(buffer.load(other, 0, false)).isEqualTo(300);
        assertThat(copied(buffer, 300)).isEqualTo(other);
    }

    @Test
    void aLoadThatAsksForEurosCopiesThemAsTheirStandIn() {
        Latin1Buffer buffer = Latin1Buffer.get();
        String text = "Price \u20AC5 or \u20AC\u20AC7, then \u0394 and more";
        int delta = text.indexOf('\u0394');
        assertThat(buffer.load(text, 0, false, true)).isEqualTo(delta);
        assertThat(copied(buffer, delta)).isEqualTo(text.substring(0, delta).replace('\u20AC', '\u0080'));
        assertThat(buffer.load(text, 0, false, false)).isEqualTo(6); // without: the first euro sign stops the copy
        assertThat(buffer.load(text, delta + 1, true, true)).isEqualTo(text.length() - delta - 1);
    }

    @Test
    void aResumedLoadCopiesEurosAsTheirStandIn() {
        Latin1Buffer buffer = Latin1Buffer.get();
        String text = "ab\u0394c\u20ACd\u20AC" + "e".repeat(40) + "\u20AC" + "f".repeat(10);
        assertThat(buffer.load(text, 0, false, true)).isEqualTo(2);
        // resumed from the copy of the characters: the short loop, then the encoder, both pass euro signs
        assertThat(buffer.load(text, 3, true, true)).isEqualTo(text.length() - 3);
        assertThat(copied(buffer, text.length() - 3))
                .isEqualTo(text.substring(3).replace('\u20AC', '\u0080'));
    }

    @Test
    void aLoadWithoutEurosNeverReusesBytesThatHoldTheirStandIn() {
        Latin1Buffer buffer = Latin1Buffer.get();
        String text = "x".repeat(30) + "\u20AC" + "y".repeat(30);
        assertThat(buffer.load(text, 0, false, true)).isEqualTo(61);
        assertThat(buffer.load(text, 0, true, true)).isEqualTo(61); // the same kind of load reuses the copy
        assertThat(buffer.load(text, 0, true)).isEqualTo(30); // another kind copies again and stops at the sign
        assertThat(copied(buffer, 30)).isEqualTo("x".repeat(30));
        assertThat(buffer.load(text, 0, true, true)).isEqualTo(30); // bytes without stand-ins serve both kinds
    }

    private static String copied(Latin1Buffer buffer, int length) {
        return new String(Arrays.copyOf(buffer.bytes, length), StandardCharsets.ISO_8859_1);
    }
}
