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

    /** Returns a long whose byte {@code lane} is {@code b} and whose other bytes are {@code neighbour}. */
    private static long lanes(int b, int lane, int neighbour) {
        long x = 0;
        for (int k = 0; k < 8; k++) {
            x |= (long) (k == lane ? b : neighbour) << (8 * k);
        }
        return x;
    }

    @Test
    void everyByteInEveryLaneIsClassifiedAsTheRangeChecksDo() {
        for (int b = 0; b < 256; b++) {
            for (int neighbour : new int[] {0x00, 0x41, 0x7F, 0x80, 0xFF}) {
                for (int lane = 0; lane < 8; lane++) {
                    long x = lanes(b, lane, neighbour);
                    long bit = SeptetCounter.oneSeptetBytes(x) >>> (8 * lane + 7) & 1;
                    assertThat(bit == 1)
                            .as("byte 0x%02X in lane %d beside 0x%02X", b, lane, neighbour)
                            .isEqualTo(oneSeptetRange(b));
                }
            }
        }
    }

    @Test
    void everyAsciiByteInEveryLaneIsClassifiedAsTheRangeChecksDoWithoutMasking() {
        for (int b = 0; b < 0x80; b++) {
            for (int neighbour : new int[] {0x00, 0x1F, 0x20, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F}) {
                for (int lane = 0; lane < 8; lane++) {
                    long bit = SeptetCounter.asciiOneSeptet(lanes(b, lane, neighbour)) >>> (8 * lane + 7) & 1;
                    assertThat(bit == 1)
                            .as("byte 0x%02X in lane %d beside 0x%02X", b, lane, neighbour)
                            .isEqualTo(oneSeptetRange(b));
                }
            }
        }
    }

    @Test
    void everyByteInEveryLaneIsClassifiedAsAnEscapeAsTheTableDoes() {
        for (int b = 0; b < 256; b++) {
            for (int neighbour : new int[] {0x00, 0x5B, 0x7E, 0x7F, 0x80, 0xDB, 0xFF}) {
                for (int lane = 0; lane < 8; lane++) {
                    long x = lanes(b, lane, neighbour);
                    long bit = SeptetCounter.escapedBytes(x) >>> (8 * lane + 7) & 1;
                    assertThat(bit == 1)
                            .as("byte 0x%02X in lane %d beside 0x%02X", b, lane, neighbour)
                            .isEqualTo(b < 0x80 && "[\\]^{|}~".indexOf(b) >= 0);
                }
            }
        }
        for (char c : "[\\]^{|}~".toCharArray()) {
            assertThat(SeptetCounter.DEFAULT_COST[c]).as("%s", c).isEqualTo((byte) 2);
        }
    }

    @Test
    void anOddCharacterAtEveryPositionOfABlockIsCounted() {
        // every offset of a 32-character block, a long, and the tail; texts of 24 to 80 characters
        for (int n = SeptetCounter.BULK_MIN; n <= 80; n++) {
            for (int at = 0; at < n; at++) {
                for (char odd : new char[] {'{', '\u00E9', '_', '\n', '`', '\u20AC', '\u0141'}) {
                    String text = "x".repeat(at) + odd + "y".repeat(n - at - 1);
                    assertThat(SeptetCounter.defaultSeptets(text))
                            .as("%d characters, U+%04X at %d", n, (int) odd, at)
                            .isEqualTo(SeptetCounter.charSeptets(text, 0, n, 0));
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

    @Test
    void manyCharactersBeyondLatin1AgreeWithTheCharByCharPathAcrossChunksAndCopies() {
        // Greek capitals and the euro sign are in the default tables but not Latin-1: each ends a bulk copy, and the
        // copy resumes after it; runs of every length up to past the short-run loop, across chunk and copy ends
        java.util.Random random = new java.util.Random(20261202L);
        String others = "\u0394\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u20AC";
        for (int round = 0; round < 40; round++) {
            StringBuilder b = new StringBuilder();
            int length = round < 20 ? 40 + random.nextInt(300) : 2000 + random.nextInt(7000);
            while (b.length() < length) {
                int run = random.nextInt(round % 2 == 0 ? 20 : 3000);
                for (int i = 0; i < run; i++) {
                    b.append(
                            random.nextInt(10) == 0
                                    ? "\u00E9{".charAt(random.nextInt(2))
                                    : (char) ('a' + random.nextInt(26)));
                }
                for (int i = random.nextInt(4); i >= 0; i--) {
                    b.append(others.charAt(random.nextInt(others.length())));
                }
            }
            String text = b.toString();
            assertThat(SeptetCounter.defaultSeptets(text))
                    .as("round %d", round)
                    .isEqualTo(SeptetCounter.charSeptets(text, 0, text.length(), 0));
            // the same text as a StringBuilder takes the character-by-character path
            SmsOptions options = SmsOptions.defaults().withMaxParts(255);
            java.util.List<EncodedPart> bulk = Sms.encode(text, options, 7);
            java.util.List<EncodedPart> chars = Sms.encode(new StringBuilder(text), options, 7);
            assertThat(bulk).hasSameSizeAs(chars);
            for (int i = 0; i < bulk.size(); i++) {
                assertThat(bulk.get(i).userData())
                        .as("round %d part %d", round, i)
                        .isEqualTo(chars.get(i).userData());
            }
            String failing = text + "`";
            assertThat(SeptetCounter.defaultSeptets(failing)).isEqualTo(-1);
        }
    }
}
