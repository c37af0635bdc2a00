/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eight-at-a-time classification agrees with the one-at-a-time one for every byte in every lane. */
class SeptetCounterTest {
    private static boolean oneSeptetRange(int b) {
        return (b >= ' ' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    @Test
    void everyByteInEveryLaneIsClassifiedAsTheRangeChecksDo() {
        for (int b = 0; b < 256; b++) {
            for (int neighbour : new int[] {0x00, 0x41, 0x7F, 0x80, 0xFF}) {
                for (int lane = 0; lane < 8; lane++) {
                    long x = 0;
                    for (int k = 0; k < 8; k++) {
                        x |= (long) (k == lane ? b : neighbour) << (8 * k);
                    }
                    long bit = SeptetCounter.oneSeptetBytes(x) >>> (8 * lane + 7) & 1;
                    assertThat(bit == 1)
                            .as("byte 0x%02X in lane %d beside 0x%02X", b, lane, neighbour)
                            .isEqualTo(oneSeptetRange(b));
                }
            }
        }
    }

    @Test
    void theFastRangeIsOneSeptetInTheDefaultTable() {
        for (int b = 0; b < 256; b++) {
            if (oneSeptetRange(b)) {
                assertThat(SeptetCounter.DEFAULT_COST[b]).as("0x%02X", b).isEqualTo((byte) 1);
            }
        }
    }

    @Test
    void bulkAndCharCountsAgreeAcrossChunks() {
        String latin = "Ol\u00E1 {x} \u00E9 [ok]~ ".repeat(400); // longer than one chunk, escapes and accents
        assertThat(SeptetCounter.defaultSeptets(latin))
                .isEqualTo(SeptetCounter.charSeptets(latin, 0, latin.length(), 0));
        String mixed = latin + "\u0394\u20AC" + latin; // Greek and the euro sign: not Latin-1
        assertThat(SeptetCounter.defaultSeptets(mixed))
                .isEqualTo(SeptetCounter.charSeptets(mixed, 0, mixed.length(), 0));
        String truncatesToA = "a".repeat(3000) + "\u0141"; // low byte 0x41 'A': must not be read as 'A'
        assertThat(SeptetCounter.defaultSeptets(truncatesToA)).isEqualTo(-1);
        assertThat(SeptetCounter.defaultSeptets("a".repeat(100) + "`")).isEqualTo(-1);
    }
}
