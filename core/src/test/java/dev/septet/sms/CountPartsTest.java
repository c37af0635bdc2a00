/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Sms#countParts} gives the analysis' part count on each of its own paths, and the same errors. */
class CountPartsTest {
    private static final SmsOptions DEFAULTS = SmsOptions.defaults();

    @ParameterizedTest
    @ValueSource(ints = {1, 160, 161, 306, 307, 459})
    void gsmWithoutEscapes(int septets) {
        String text = "a".repeat(septets);
        assertThat(Sms.countParts(text, DEFAULTS)).isEqualTo(Sms.analyze(text).parts());
    }

    @ParameterizedTest
    @CsvSource({"160, 1", "161, 2", "304, 2", "305, 3"})
    void sixteenBitReferencesOnTheGsmFastPath(int septets, int parts) {
        assertThat(Sms.countParts("a".repeat(septets), DEFAULTS.withReference16(true)))
                .isEqualTo(parts);
    }

    @ParameterizedTest
    @ValueSource(ints = {71, 132, 133})
    void sixteenBitReferencesOnTheUcs2FastPath(int units) {
        assertThat(Sms.countParts("\u0416".repeat(units), DEFAULTS.withReference16(true)))
                .isEqualTo((units + 65) / 66);
    }

    @Test
    void escapesNeverStraddleParts() {
        assertThat(Sms.countParts("]".repeat(153), DEFAULTS)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {70, 71, 134, 135})
    void ucs2IsCountedWithoutThePlanner(int units) {
        String text = "\u0416".repeat(units);
        assertThat(Sms.countParts(text, DEFAULTS)).isEqualTo(Sms.analyze(text).parts());
    }

    @Test
    void ucs2SurrogatePairsStayWhole() {
        String text = "\u0416".repeat(66) + "\uD83D\uDE00" + "\u0416".repeat(66);
        assertThat(Sms.countParts(text, DEFAULTS))
                .isEqualTo(Sms.split(text).size())
                .isEqualTo(3);
    }

    @Test
    void loneSurrogateIsTheSameErrorAsInAnalysis() {
        assertThatThrownBy(() -> Sms.countParts("ab\uDC00", DEFAULTS))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).index())
                .isEqualTo(2);
        assertThat(Sms.countParts("ab\uDC00", DEFAULTS.withReplaceLoneSurrogates(true)))
                .isEqualTo(1);
    }

    @Test
    void tooManyPartsCarriesThePartsNeeded() {
        assertThatThrownBy(() -> Sms.countParts("a".repeat(161), DEFAULTS.withMaxParts(1)))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).partsNeeded())
                .isEqualTo(2);
        assertThatThrownBy(() -> Sms.countParts("\u0416".repeat(71), DEFAULTS.withMaxParts(1)))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).partsNeeded())
                .isEqualTo(2);
    }

    @Test
    void otherOptionsGoThroughThePlanner() {
        assertThat(Sms.countParts("It\u2019s", DEFAULTS.withSmartEncoding(true)))
                .isEqualTo(1);
        assertThat(Sms.countParts("\u00E7".repeat(100), DEFAULTS.withLanguages(NationalLanguage.PORTUGUESE)))
                .isEqualTo(1);
        assertThat(Sms.countParts("x".repeat(100), DEFAULTS.withEncoding(EncodingChoice.UCS2)))
                .isEqualTo(2);
    }

    @Test
    void nullAndEmptyAreRejected() {
        assertThatThrownBy(() -> Sms.countParts(null, DEFAULTS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Sms.countParts("", DEFAULTS))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).error())
                .isEqualTo(SmsError.TEXT_MISSING);
    }
}
