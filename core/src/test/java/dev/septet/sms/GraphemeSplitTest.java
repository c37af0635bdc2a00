/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UCS-2 parts never split a user-perceived character (Unicode UAX #29 extended grapheme clusters). Each test puts
 * one cluster where a plain code-unit split would cut it: a UCS-2 part of a concatenated message holds 67 units.
 */
class GraphemeSplitTest {
    private static final String FILL = "\u0416"; // CYRILLIC CAPITAL LETTER ZHE: forces UCS-2, 1 unit

    private static List<Segment> splitWithClusterAt66(String cluster) {
        // 66 units of filler, then the cluster straddles unit 67, then enough filler for a second part
        return Sms.split(FILL.repeat(66) + cluster + FILL.repeat(70));
    }

    private static void assertClusterMovesWhole(String cluster) {
        List<Segment> parts = splitWithClusterAt66(cluster);
        assertThat(parts.get(0).text()).isEqualTo(FILL.repeat(66));
        assertThat(parts.get(1).text()).startsWith(cluster);
        assertThat(String.join("", parts.stream().map(Segment::text).toList()))
                .isEqualTo(FILL.repeat(66) + cluster + FILL.repeat(70));
    }

    @Test
    void baseWithCombiningMarks() {
        assertClusterMovesWhole("e\u0301\u0323");
    }

    @Test
    void surrogatePair() {
        assertClusterMovesWhole("\uD83D\uDE00");
    }

    @Test
    void emojiZwjSequence() {
        // WOMAN, ZWJ, LAPTOP: 5 units
        assertClusterMovesWhole("\uD83D\uDC69\u200D\uD83D\uDCBB");
    }

    @Test
    void familyZwjSequenceOfFourPeople() {
        assertClusterMovesWhole("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66");
    }

    @Test
    void flagIsARegionalIndicatorPair() {
        assertClusterMovesWhole("\uD83C\uDDF5\uD83C\uDDF9");
    }

    @Test
    void twoFlagsSplitBetweenThePairs() {
        // PT + BR flags: the break between the two flags is allowed, inside each flag it is not
        String flags = "\uD83C\uDDF5\uD83C\uDDF9\uD83C\uDDE7\uD83C\uDDF7";
        List<Segment> parts = Sms.split(FILL.repeat(63) + flags + FILL.repeat(70));
        assertThat(parts.get(0).text()).isEqualTo(FILL.repeat(63) + "\uD83C\uDDF5\uD83C\uDDF9");
    }

    @Test
    void emojiWithSkinToneModifier() {
        assertClusterMovesWhole("\uD83D\uDC4D\uD83C\uDFFD");
    }

    @Test
    void emojiWithVariationSelector() {
        assertClusterMovesWhole("\u2764\uFE0F");
    }

    @Test
    void keycapSequence() {
        assertClusterMovesWhole("1\uFE0F\u20E3");
    }

    @Test
    void hangulJamoSequence() {
        assertClusterMovesWhole("\u1100\u1161\u11A8");
    }

    @Test
    void crLfStaysTogether() {
        assertClusterMovesWhole("\r\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void independentCharactersStillFillThePart(int n) {
        List<Segment> parts = Sms.split(FILL.repeat(66) + "ab".repeat(n) + FILL.repeat(70));
        assertThat(parts.get(0).units()).isEqualTo(67);
    }

    @Test
    void aClusterLongerThanAPartIsCutAtACodePointBoundary() {
        String longCluster = "a" + "\u0301".repeat(150);
        List<Segment> parts = Sms.split(longCluster);
        assertThat(parts).hasSize(3);
        assertThat(String.join("", parts.stream().map(Segment::text).toList())).isEqualTo(longCluster);
        assertThat(parts).allSatisfy(p -> assertThat(p.units()).isLessThanOrEqualTo(67));
    }
}
