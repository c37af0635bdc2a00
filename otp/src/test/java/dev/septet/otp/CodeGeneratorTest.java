/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rejection boundary of the one-draw code generator, with scripted draws. */
class CodeGeneratorTest {

    /** A Random whose eight-byte draws are the given values in turn, big-endian. */
    private static final class Draws extends Random {
        private static final long serialVersionUID = 1L;
        private final Deque<Long> values;
        int calls;

        Draws(Long... values) {
            this.values = new ArrayDeque<>(List.of(values));
        }

        @Override
        public void nextBytes(byte[] bytes) {
            calls++;
            long value = values.removeFirst();
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (value >>> (8 * (bytes.length - 1 - i)));
            }
        }
    }

    /** Draws a code as the service does: the first eight octets drawn first, then handed over. */
    private static String generate(java.util.Random random, String alphabet, int length) {
        byte[] drawn = new byte[Long.BYTES];
        random.nextBytes(drawn);
        return CodeGenerator.generate(random, alphabet, length, drawn);
    }

    /** 2^63 mod 10^4 = 5,808: the draws from 2^63 - 5,808 up are the partial range that is drawn again. */
    private static final long FIRST_REJECTED = Long.MAX_VALUE - 5_808 + 1;

    @Test
    void theLastAcceptedDrawIsUsed() {
        Draws draws = new Draws(FIRST_REJECTED - 1);
        // (2^63 - 5,809) mod 10^4 = 9,999
        assertThat(generate(draws, CodeGenerator.DIGITS, 4)).isEqualTo("9999");
        assertThat(draws.calls).isEqualTo(1);
    }

    @Test
    void drawsInThePartialTopRangeAreDrawnAgain() {
        Draws draws = new Draws(FIRST_REJECTED, Long.MAX_VALUE, 42L);
        assertThat(generate(draws, CodeGenerator.DIGITS, 4)).isEqualTo("0042");
        assertThat(draws.calls).isEqualTo(3);
    }

    @Test
    void theSignBitIsIgnored() {
        Draws draws = new Draws(Long.MIN_VALUE | 1234L);
        assertThat(generate(draws, CodeGenerator.DIGITS, 4)).isEqualTo("1234");
    }

    @Test
    void theLongestAlphanumericCodeUsesItsWholeSpace() {
        long space = 3_656_158_440_062_976L; // 36^10
        Draws draws = new Draws(space - 1, space);
        assertThat(generate(draws, CodeGenerator.ALPHANUMERIC, 10)).isEqualTo("ZZZZZZZZZZ");
        assertThat(generate(draws, CodeGenerator.ALPHANUMERIC, 10)).isEqualTo("0000000000");
    }
}
