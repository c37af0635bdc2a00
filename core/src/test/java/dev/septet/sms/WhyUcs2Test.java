/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report a campaign editor shows: which characters forced UCS-2 and what removing them saves. */
class WhyUcs2Test {
    @Test
    void listsEachOffenderWithIndexCodePointAndName() {
        Analysis a = Sms.analyze("Ol\u00E1 \uD83D\uDE00 mundo \u00E7");
        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.nonGsm())
                .containsExactly(new CharacterAt(2, 0xE1), new CharacterAt(4, 0x1F600), new CharacterAt(13, 0xE7));
        assertThat(a.nonGsm())
                .extracting(CharacterAt::name)
                .containsExactly(
                        "LATIN SMALL LETTER A WITH ACUTE", "GRINNING FACE", "LATIN SMALL LETTER C WITH CEDILLA");
    }

    @Test
    void countsEachSurrogatePairAsOneCharacterBeforeAndAfterAReplacedLoneSurrogate() {
        assertThat(Sms.analyze("a\uD83D\uDE00b\uD83D\uDC4D").characters()).isEqualTo(4);
        SmsOptions replacing = SmsOptions.defaults().withReplaceLoneSurrogates(true);
        Analysis a = Sms.analyze("\uD83D\uDE00\uDC00x\uD83D\uDC4D", replacing);
        assertThat(a.characters()).isEqualTo(4);
        assertThat(a.units()).isEqualTo(6);
        assertThat(a.nonGsm())
                .containsExactly(new CharacterAt(0, 0x1F600), new CharacterAt(2, 0xFFFD), new CharacterAt(4, 0x1F44D));
    }

    @Test
    void reportsThePartsWithoutTheOffenders() {
        // 100 GSM characters + one emoji: 2 UCS-2 parts; without the emoji 1 GSM part
        Analysis a = Sms.analyze("x".repeat(100) + "\uD83D\uDE00");
        assertThat(a.parts()).isEqualTo(2);
        assertThat(a.partsWithoutNonGsm()).isEqualTo(1);
    }

    @Test
    void textOfOnlyOffendersWouldNeedNoParts() {
        assertThat(Sms.analyze("\uD83D\uDE00\u4E2D").partsWithoutNonGsm()).isZero();
    }

    @Test
    void gsmTextReportsItsOwnPartCount() {
        Analysis a = Sms.analyze("y".repeat(200));
        assertThat(a.nonGsm()).isEmpty();
        assertThat(a.partsWithoutNonGsm()).isEqualTo(a.parts()).isEqualTo(2);
    }

    @Test
    void withNationalTablesOnlyCharactersNoPairCoversAreReported() {
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        Analysis a = Sms.analyze("A\u00E7\u00E3o \u4E2D", pt);
        assertThat(a.nonGsm()).containsExactly(new CharacterAt(5, 0x4E2D));
        assertThat(a.partsWithoutNonGsm()).isEqualTo(1);
    }
}
