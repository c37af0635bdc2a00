/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Sms#countParts}' own paths (default alphabet without escapes, with escapes, and UCS-2) with 16-bit
 * references, where a concatenated part holds 152 septets or 66 UTF-16 units; and its promise to allocate nothing
 * for default-alphabet text.
 */
class CountPartsFastPathTest {
    private static final SmsOptions REF16 = SmsOptions.defaults().withReference16(true);

    @ParameterizedTest(name = "{0} x {1}: {2} parts")
    @CsvSource({
        "a, 160, 1",
        "a, 161, 2",
        "a, 304, 2",
        "a, 305, 3",
        "a, 456, 3",
        "a, 457, 4",
        "], 80, 1",
        "], 81, 2",
        "], 152, 2",
        "], 153, 3",
        "\u0416, 70, 1",
        "\u0416, 71, 2",
        "\u0416, 132, 2",
        "\u0416, 133, 3",
    })
    void sixteenBitReferencesOnEachFastPath(String unit, int count, int parts) {
        String text = unit.repeat(count);
        assertThat(Sms.countParts(text, REF16))
                .isEqualTo(parts)
                .isEqualTo(Sms.split(text, REF16).size());
    }

    @ParameterizedTest(name = "8-bit {0} x {1}: {2} parts")
    @CsvSource({"a, 306, 2", "a, 307, 3", "], 153, 3", "\u0416, 134, 2", "\u0416, 135, 3"})
    void eightBitReferencesGiveMoreRoomThanSixteen(String unit, int count, int parts) {
        String text = unit.repeat(count);
        assertThat(Sms.countParts(text, SmsOptions.defaults())).isEqualTo(parts);
    }

    /**
     * Counting default-alphabet text allocates nothing. Measured over 100,000 calls after a warm-up that lets the
     * JIT compile the path. The best of five rounds must stay under 8 KiB (under 0.1 byte per call), while one
     * allocated object per call would show at least 1.6 MB, so JIT activity and the few bytes the measurement
     * itself costs cannot blur the answer.
     */
    @Test
    void countPartsAllocatesNothingForDefaultAlphabetText() {
        String[] texts = {
            "Your code is 4821. It expires in 5 minutes.",
            "x".repeat(500),
            "Price 5\u20AC [net] {gross} ~ ^ \\ |".repeat(8)
        };
        long[] sink = {0};
        for (int i = 0; i < 200_000; i++) {
            sink[0] += Sms.countParts(texts[i % texts.length], SmsOptions.defaults());
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            best = Math.min(best, Allocations.during(() -> {
                for (int i = 0; i < 100_000; i++) {
                    sink[0] += Sms.countParts(texts[i % texts.length], SmsOptions.defaults());
                }
            }));
        }
        assertThat(sink[0]).isPositive();
        assertThat(best).as("bytes allocated by 100,000 calls").isLessThan(8 * 1024);
    }
}
