/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One method per bug found, named for it, with the input that exposed it. */
class RegressionTest {
    /**
     * The default-alphabet fast path in {@code Planner.plan} returned its plan without the part-limit check, so
     * 161 plain letters passed with maxParts 1, and 39,016 letters produced 256 parts (beyond the protocol limit).
     */
    @Test
    void defaultAlphabetFastPathEnforcesMaxParts() {
        assertThatThrownBy(() -> Sms.analyze("a".repeat(161), SmsOptions.defaults().withMaxParts(1)))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.partsNeeded()).isEqualTo(2);
                });
        assertThatThrownBy(() -> Sms.split("a".repeat(153 * 255 + 1)))
                .isInstanceOfSatisfying(SmsException.class, e -> assertThat(e.partsNeeded()).isEqualTo(256));
    }

    /**
     * With lone surrogates replaced and a forced GSM 7-bit replacement, the U+FFFD that stood in for a lone surrogate
     * was replaced again and reported twice, out of text order ({@code SplitPropertyTest.partsConcatenateToInput}
     * found it; shrunk by hand to these inputs). Each caller's character must be reported once, in text order.
     */
    @Test
    void loneSurrogateReplacedAgainByForcedGsm7IsReportedOnceInTextOrder() {
        SmsOptions options = SmsOptions.defaults().withEncoding(EncodingChoice.GSM7).withReplacement('?')
                .withReplaceLoneSurrogates(true);

        assertThat(Sms.analyze("a\uDFFF", options).replacements())
                .containsExactly(new Replacement(1, "\uDFFF", "?"));
        assertThat(Sms.analyze("\u00E7\uDFFFb\uD800", options).replacements()).containsExactly(
                new Replacement(0, "\u00E7", "?"), new Replacement(1, "\uDFFF", "?"),
                new Replacement(3, "\uD800", "?"));
        assertThat(Sms.split("\u00E7\uDFFFb\uD800", options)).containsExactly(new Segment("??b?", 4));
    }

    /**
     * {@code withLanguages(PORTUGUESE, PORTUGUESE)} threw a bare IllegalArgumentException ("duplicate element")
     * from {@code Set.of}, although enabling a language twice is harmless and the Set overload accepts it.
     */
    @Test
    void enablingALanguageTwiceIsTheSameAsOnce() {
        assertThat(SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE, NationalLanguage.PORTUGUESE))
                .isEqualTo(SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE));
    }

    /** The UNENCODABLE message used to stop after 20 characters; it now names every one, with its index. */
    @Test
    void unencodableListsEveryOffenderNotJustTheFirstTwenty() {
        String text = "\u4E2D".repeat(30);
        SmsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Sms.analyze(text, SmsOptions.defaults().withEncoding(EncodingChoice.GSM7)), SmsException.class);
        assertThat(e.characters()).hasSize(30);
        assertThat(e.characters().get(29)).isEqualTo(new CharacterAt(29, 0x4E2D));
        assertThat(e.getMessage()).contains("U+4E2D at index 29").doesNotContain("more");
    }
}
