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

/**
 * Part boundaries: the counts around each multiple of the part capacity (160 then 153 septets, 70 then 67 UCS-2
 * units), and characters that must move whole to the next part (3GPP TS 23.038 clause 6.2.1.1 escape pairs,
 * UTF-16 surrogate pairs).
 */
class SplitterTest {
    /** CYRILLIC SMALL LETTER ZHE: one UTF-16 unit, not GSM, so it forces UCS-2. */
    private static final String UCS2_CHAR = "\u0436";
    /** GRINNING FACE: an astral character, a surrogate pair of 2 units. */
    private static final String EMOJI = "\uD83D\uDE00";

    @ParameterizedTest(name = "{0} septets -> {1} parts, {2} remaining")
    @CsvSource({
        "159, 1, 1", "160, 1, 0", "161, 2, 145",
        "305, 2, 1", "306, 2, 0", "307, 3, 152",
        "458, 3, 1", "459, 3, 0", "460, 4, 152",
    })
    void gsm7Boundaries(int septets, int parts, int remaining) {
        assertBoundary("a".repeat(septets), Encoding.GSM7, parts, parts == 1 ? 160 : 153, remaining);
    }

    @ParameterizedTest(name = "{0} UCS-2 units -> {1} parts, {2} remaining")
    @CsvSource({
        "69, 1, 1", "70, 1, 0", "71, 2, 63",
        "133, 2, 1", "134, 2, 0", "135, 3, 66",
        "201, 3, 0", "202, 4, 66",
    })
    void ucs2Boundaries(int units, int parts, int remaining) {
        assertBoundary(UCS2_CHAR.repeat(units), Encoding.UCS2, parts, parts == 1 ? 70 : 67, remaining);
    }

    private static void assertBoundary(String text, Encoding encoding, int parts, int perPart, int remaining) {
        Analysis a = Sms.analyze(text);
        List<Segment> segments = Sms.split(text);

        assertThat(a.encoding()).isEqualTo(encoding);
        assertThat(a.units()).isEqualTo(text.length());
        assertThat(a.parts()).isEqualTo(parts);
        assertThat(a.unitsPerPart()).isEqualTo(perPart);
        assertThat(a.remaining()).isEqualTo(remaining);
        assertThat(segments).hasSize(parts);
        for (int p = 0; p < parts - 1; p++) {
            assertThat(segments.get(p).units()).as("part %d is full", p + 1).isEqualTo(perPart);
            assertThat(segments.get(p).text()).hasSize(perPart);
        }
        assertThat(segments.get(parts - 1).units()).isEqualTo(perPart - remaining);
    }

    @Test
    void an153ClosingBracketsNeedThreePartsBecauseNoEscapePairIsSplit() {
        String text = "]".repeat(153); // 306 septets: ceil(306 / 153) = 2 would split a pair

        Analysis a = Sms.analyze(text);

        assertThat(a.units()).isEqualTo(306);
        assertThat(a.parts()).isEqualTo(3);
        assertThat(a.remaining()).isEqualTo(151);
        assertThat(Sms.split(text))
                .containsExactly(
                        new Segment("]".repeat(76), 152), new Segment("]".repeat(76), 152), new Segment("]", 2));
    }

    @Test
    void anEscapePairThatWouldStraddleAPartBoundaryMovesWholeToTheNextPart() {
        String text = "a".repeat(152) + "\u20AC" + "b".repeat(10); // the euro sign's escape would be septet 153

        assertThat(Sms.split(text))
                .containsExactly(new Segment("a".repeat(152), 152), new Segment("\u20AC" + "b".repeat(10), 12));
        assertThat(Sms.analyze(text).units()).isEqualTo(164);
    }

    @Test
    void anEscapePairThatEndsExactlyOnTheBoundaryStays() {
        String text = "a".repeat(151) + "{" + "b".repeat(10);

        assertThat(Sms.split(text))
                .containsExactly(new Segment("a".repeat(151) + "{", 153), new Segment("b".repeat(10), 10));
    }

    @Test
    void aSurrogatePairThatWouldStraddleAPartBoundaryMovesWholeToTheNextPart() {
        String text = UCS2_CHAR.repeat(66) + EMOJI + UCS2_CHAR.repeat(10);

        assertThat(Sms.split(text))
                .containsExactly(new Segment(UCS2_CHAR.repeat(66), 66), new Segment(EMOJI + UCS2_CHAR.repeat(10), 12));
        Analysis a = Sms.analyze(text);
        assertThat(a.units()).isEqualTo(78);
        assertThat(a.characters()).isEqualTo(77);
        assertThat(a.parts()).isEqualTo(2);
        assertThat(a.remaining()).isEqualTo(67 - 12);
    }

    @Test
    void aPortugueseEscapePairStraddlingTheNationalCapacityMovesWhole() {
        // default locking + Portuguese single shift: 1 national IE + 8-bit concatenation = 149 septets per part
        String text = "\u00E8" + "a".repeat(147) + "\u00E7" + "b".repeat(10);
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);

        Analysis a = Sms.analyze(text, pt);

        assertThat(a.singleShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.unitsPerPart()).isEqualTo(149);
        assertThat(Sms.split(text, pt))
                .containsExactly(
                        new Segment("\u00E8" + "a".repeat(147), 148), new Segment("\u00E7" + "b".repeat(10), 12));
    }

    @Test
    void sixteenBitReferenceCostsOneSeptetPerPart() {
        String text = "a".repeat(305);
        SmsOptions ref16 = SmsOptions.defaults().withReference16(true);

        Analysis a = Sms.analyze(text, ref16);

        assertThat(a.unitsPerPart()).isEqualTo(152);
        assertThat(a.parts()).isEqualTo(3);
        assertThat(a.udhOctets()).isEqualTo(7);
        assertThat(Sms.split(text, ref16)).extracting(Segment::units).containsExactly(152, 152, 1);
    }
}
