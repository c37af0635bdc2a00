/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmartEncodingTest {
    private static final SmsOptions SMART = SmsOptions.defaults().withSmartEncoding(true);

    @ParameterizedTest(name = "U+{0} becomes \"{1}\"")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "2018;'",
                "2019;'",
                "201A;'",
                "201B;'",
                "2032;'",
                "2035;'",
                "2039;'",
                "203A;'",
                "02BC;'",
                "00B4;'",
                "201C;\"",
                "201D;\"",
                "201E;\"",
                "201F;\"",
                "2033;\"",
                "2036;\"",
                "00AB;\"",
                "00BB;\"",
                "2010;-",
                "2011;-",
                "2012;-",
                "2013;-",
                "2014;-",
                "2015;-",
                "2212;-",
                "FE58;-",
                "FE63;-",
                "2022;-",
                "2023;-",
                "2043;-",
                "2219;-",
                "25E6;-",
                "2026;...",
                "02C6;^",
                "02DC;~",
                "2044;/",
                "2024;.",
                "00A0;` `",
                "2002;` `",
                "2009;` `",
                "200A;` `",
                "202F;` `",
                "205F;` `",
                "3000;` `",
                "1680;` `",
                "0009;` `",
                "FF21;A",
                "FF5A;z",
                "FF10;0",
                "FF01;!",
            })
    void eachMappingTurnsTheTextIntoGsm7(String hex, String lookAlike) {
        String original = "a" + (char) Integer.parseInt(hex, 16) + "b";
        Analysis a = Sms.analyze(original, SMART);
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.replacements()).containsExactly(new Replacement(1, original.substring(1, 2), lookAlike));
        assertThat(Sms.split(original, SMART).get(0).text()).isEqualTo("a" + lookAlike + "b");
    }

    @ParameterizedTest
    @CsvSource({"200B", "200C", "200D", "2060", "FEFF", "00AD"})
    void invisibleCharactersAreRemoved(String hex) {
        String original = "x" + (char) Integer.parseInt(hex, 16) + "y";
        assertThat(Sms.split(original, SMART).get(0).text()).isEqualTo("xy");
        assertThat(Sms.analyze(original, SMART).replacements())
                .containsExactly(new Replacement(1, original.substring(1, 2), ""));
    }

    @Test
    void offByDefault() {
        assertThat(Sms.analyze("It\u2019s").encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void neverChangesTextThatAlreadyFitsGsm7() {
        Analysis a = Sms.analyze("Caf\u00E9 \u00E0 5\u20AC [ok]", SMART);
        assertThat(a.replacements()).isEmpty();
        assertThat(Sms.split("Caf\u00E9 \u00E0 5\u20AC [ok]", SMART).get(0).text())
                .isEqualTo("Caf\u00E9 \u00E0 5\u20AC [ok]");
    }

    @Test
    void neverReplacesACharacterTheEnabledTablesEncode() {
        // the grave accent is in the Portuguese locking table, so with Portuguese enabled it stays
        SmsOptions pt = SMART.withLanguages(NationalLanguage.PORTUGUESE);
        Analysis a = Sms.analyze("`ok` \u2019", pt);
        assertThat(a.replacements()).extracting(Replacement::original).containsExactly("\u2019");
        assertThat(a.lockingShift()).contains(NationalLanguage.PORTUGUESE);
    }

    @Test
    void leavesTextAloneWhenItWouldStayUcs2() {
        Analysis a = Sms.analyze("\u201CHi\u201D \uD83D\uDE00", SMART);
        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.replacements()).isEmpty();
        assertThat(Sms.split("\u201CHi\u201D \uD83D\uDE00", SMART).get(0).text())
                .isEqualTo("\u201CHi\u201D \uD83D\uDE00");
    }

    @Test
    void reportsThePartCountWithAndWithoutIt() {
        String text = "\u2014".repeat(100);
        Analysis a = Sms.analyze(text, SMART);
        assertThat(a.parts()).isEqualTo(1);
        assertThat(a.partsWithoutSmartEncoding()).isEqualTo(2);
        assertThat(a.replacements()).hasSize(100);
        assertThat(Sms.analyze(text).partsWithoutSmartEncoding()).isEqualTo(2);
    }

    @Test
    void replacementIndexesReferToTheCallersText() {
        // the ellipsis grows to three characters; later indexes still point into the original
        Analysis a = Sms.analyze("\u2026x\u2019", SMART);
        assertThat(a.replacements()).extracting(Replacement::index).containsExactly(0, 2);
    }

    @Test
    void combinesWithAForcedReplacementCharacter() {
        SmsOptions forced = SMART.withEncoding(EncodingChoice.GSM7).withReplacement('?');
        Analysis a = Sms.analyze("\u2026\u4E2D\u2019", forced);
        assertThat(a.replacements())
                .containsExactly(
                        new Replacement(0, "\u2026", "..."),
                        new Replacement(1, "\u4E2D", "?"),
                        new Replacement(2, "\u2019", "'"));
        assertThat(Sms.split("\u2026\u4E2D\u2019", forced))
                .extracting(Segment::text)
                .isEqualTo(List.of("...?'"));
    }

    @Test
    void nfcComposesDecomposedAccents() {
        SmsOptions nfc = SmsOptions.defaults().withNormalizeNfc(true);
        assertThat(Sms.analyze("cafe\u0301").encoding()).isEqualTo(Encoding.UCS2);
        Analysis a = Sms.analyze("cafe\u0301", nfc);
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.units()).isEqualTo(4);
        assertThat(Sms.split("cafe\u0301", nfc).get(0).text()).isEqualTo("caf\u00E9");
    }
}
