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

    private static String copied(Latin1Buffer buffer, int length) {
        return new String(Arrays.copyOf(buffer.bytes, length), StandardCharsets.ISO_8859_1);
    }
}
