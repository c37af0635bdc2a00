/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The euro sign, the default alphabet's one escaped character above U+00FF, through the Latin-1 bulk paths of
 * counting and packing (texts of 24 characters or more), which copy it as a stand-in byte that U+0080 shares: a
 * euro sign costs two septets at every position, and U+0080 beside it is still a character of no table.
 */
class EuroSignTest {
    private static final String FILL = "Total due now: ";

    /** Texts of 24 to 400 characters with euro signs at long and part boundaries. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 150, 151, 152, 153, 160, 300})
    void aEuroSignIsTwoSeptetsWherever(int at) {
        String text = "a".repeat(at) + "\u20AC" + FILL + "\u20AC\u20AC" + "b".repeat(24);
        int septets = text.length() + 3;
        Analysis analysis = Sms.analyze(text);
        assertThat(analysis.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(analysis.units()).isEqualTo(septets);
        int parts = Sms.countParts(text);
        assertThat(parts).isEqualTo(analysis.parts()).isEqualTo(Sms.split(text).size());
        List<EncodedPart> encoded = Sms.encode(text, SmsOptions.defaults(), 7);
        assertThat(encoded).hasSize(parts);
        StringBuilder decoded = new StringBuilder();
        encoded.forEach(p -> decoded.append(
                Sms.decode(UserData.of(p), DecodeOptions.defaults()).text()));
        assertThat(decoded.toString()).isEqualTo(text);
    }

    /** U+0080 is copied as the euro sign's stand-in byte: it must still make the text UCS-2. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 31, 32, 100, 159, 200})
    void u0080BesideEuroSignsIsInNoTable(int at) {
        String text = "\u20AC" + "a".repeat(at) + "\u0080\u20AC" + FILL + "\u20AC";
        assertThat(Sms.analyze(text).encoding()).isEqualTo(Encoding.UCS2);
        assertThat(Sms.countParts(text)).isEqualTo(Sms.split(text).size());
        assertThat(Sms.encode(text, SmsOptions.defaults(), 7).get(0).dcs()).isEqualTo(Encoding.UCS2.dataCodingScheme());
        String forced = "a".repeat(at) + "\u0080" + FILL;
        assertThat(Sms.analyze(forced).encoding()).isEqualTo(Encoding.UCS2);
    }
}
