/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parts never split a user-perceived character (Unicode UAX #29 extended grapheme clusters): in UCS-2, and in
 * GSM 7-bit with the tables of the ten scripts that hold combining marks. Each test puts a cluster where a plain
 * code-unit or septet split would cut it: a UCS-2 part of a concatenated message holds 67 units, a GSM 7-bit part
 * with one national table 149 septets.
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

    /** GB9c: ka, virama, ssa is one cluster, so ssa does not open the next part after ka and virama fill this one. */
    @Test
    void indicConjunctStaysTogetherInUcs2() {
        List<Segment> parts = Sms.split(FILL.repeat(65) + "\u0915\u094D\u0937" + FILL.repeat(70));
        assertThat(parts.get(0).text()).isEqualTo(FILL.repeat(65));
        assertThat(parts.get(1).text()).startsWith("\u0915\u094D\u0937");
    }

    /**
     * GB9c as Unicode 15.1 derives InCB=Extend (marks of nonzero combining class): Bengali vowel sign AA is Extend
     * but of combining class 0, so it ends the conjunct, and ka, AA, virama is a cluster of its own before ka.
     * Unicode 16 counts AA as InCB=Extend and joins all four (JDK 24 and later apply that in {@code \X}).
     */
    @Test
    void bengaliVowelSignAaEndsAConjunct() {
        List<Segment> parts = Sms.split(FILL.repeat(64) + "\u0995\u09BE\u09CD\u0995" + FILL.repeat(70));
        assertThat(parts.get(0).text()).isEqualTo(FILL.repeat(64) + "\u0995\u09BE\u09CD");
        assertThat(parts.get(1).text()).startsWith("\u0995" + FILL);
    }

    /** As with AA: Devanagari vowel sign U (Mn, combining class 0) between the virama and ta ends the conjunct. */
    @Test
    void devanagariVowelSignUEndsAConjunct() {
        List<Segment> parts = Sms.split(FILL.repeat(64) + "\u0915\u094D\u0941\u0924" + FILL.repeat(70));
        assertThat(parts.get(0).text()).isEqualTo(FILL.repeat(64) + "\u0915\u094D\u0941");
        assertThat(parts.get(1).text()).startsWith("\u0924" + FILL);
    }

    /**
     * The same boundary with the Hindi locking shift table: 149 septets per part, and ka, virama, U fill the first
     * part exactly, so 298 septets take two parts where one cluster of all four characters would push a third.
     */
    @Test
    void devanagariVowelSignUEndsAConjunctInGsm7() {
        String ka = "\u0915";
        String text = ka.repeat(146) + "\u0915\u094D\u0941\u0924" + ka.repeat(148);
        SmsOptions hindi = SmsOptions.defaults().withLanguages(NationalLanguage.HINDI);
        Analysis analysis = Sms.analyze(text, hindi);
        assertThat(analysis.lockingShift()).contains(NationalLanguage.HINDI);
        assertThat(analysis.units()).isEqualTo(298);
        assertThat(analysis.parts()).isEqualTo(2);
        assertThat(Sms.countParts(text, hindi)).isEqualTo(2);
        List<Segment> parts = Sms.split(text, hindi);
        assertThat(parts.get(0).text()).endsWith("\u0915\u094D\u0941");
        assertThat(parts.get(1).text()).startsWith("\u0924");
    }

    /** GB9b: an Arabic number sign stays with the digits it spans (Unicode 15.1 Prepend). */
    @Test
    void prependedNumberSignStaysWithItsDigit() {
        assertClusterMovesWhole("\u0600\u0661");
    }

    /** GB9a: Thai SARA AM is a spacing mark by its Grapheme_Cluster_Break, although its category is Lo. */
    @Test
    void thaiSaraAmStaysWithItsConsonant() {
        assertClusterMovesWhole("\u0E01\u0E33");
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

    // ---- GSM 7-bit with the Indic and Urdu tables ----

    /**
     * Real words in each of the ten scripts, placed after {@code 149 - offset} spaces so that every septet of the
     * word in turn meets the end of part 1. Every part must start on a cluster boundary (as {@code \X} with the
     * Indic conjunct rule finds them), count, split and encode must agree, and the parts must decode to the text.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "BENGALI, \u0986\u09AE\u09BE\u09B0 \u09B8\u09CB\u09A8\u09BE\u09B0 \u0995\u09CD\u09B7\u09AE\u09BE",
        "GUJARATI, \u0A97\u0AC1\u0A9C\u0AB0\u0ABE\u0AA4\u0AC0 \u0AA8\u0AAE\u0AB8\u0ACD\u0AA4\u0AC7",
        "HINDI, \u0928\u092E\u0938\u094D\u0924\u0947 \u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F",
        "KANNADA, \u0C95\u0CA8\u0CCD\u0CA8\u0CA1 \u0CA8\u0CAE\u0CB8\u0CCD\u0C95\u0CBE\u0CB0",
        "MALAYALAM, \u0D2E\u0D32\u0D2F\u0D3E\u0D33\u0D02 \u0D38\u0D4D\u0D28\u0D47\u0D39\u0D02",
        "ORIYA, \u0B13\u0B21\u0B3C\u0B3F\u0B06 \u0B28\u0B2E\u0B38\u0B4D\u0B15\u0B3E\u0B30",
        "PUNJABI, \u0A2A\u0A70\u0A1C\u0A3E\u0A2C\u0A40 \u0A38\u0A24\u0A3F \u0A38\u0A4D\u0A30\u0A40",
        "TAMIL, \u0BA4\u0BAE\u0BBF\u0BB4\u0BCD \u0BB5\u0BA3\u0B95\u0BCD\u0B95\u0BAE\u0BCD",
        "TELUGU, \u0C24\u0C46\u0C32\u0C41\u0C17\u0C41 \u0C28\u0C2E\u0C38\u0C4D\u0C15\u0C3E\u0C30\u0C02",
        "URDU, \u0645\u064F\u062D\u0645\u0651\u062F \u062F\u0650\u0644",
    })
    void indicWordsAtAPartBoundaryKeepTheirSyllablesWhole(NationalLanguage language, String words) {
        SmsOptions options = SmsOptions.defaults().withLanguages(language);
        boolean someClusterMoved = false;
        for (int offset = 1; offset <= words.length(); offset++) {
            String text = " ".repeat(149 - offset) + words + " ".repeat(150);
            Analysis a = Sms.analyze(text, options);
            assertThat(a.lockingShift()).as("%s uses its own table", language).contains(language);
            assertThat(a.unitsPerPart()).isEqualTo(149);
            List<Segment> parts = Sms.split(text, options);
            List<EncodedPart> encoded = Sms.encode(text, options, 9);
            assertThat(encoded).hasSameSizeAs(parts);
            assertThat(Sms.countParts(text, options)).isEqualTo(parts.size()).isEqualTo(a.parts());
            List<Integer> boundaries = boundaries(text);
            int start = 0;
            StringBuilder decoded = new StringBuilder();
            for (int p = 0; p < parts.size(); p++) {
                assertThat(boundaries)
                        .as("part %d of offset %d starts on a cluster boundary", p + 1, offset)
                        .contains(start);
                assertThat(encoded.get(p).text()).isEqualTo(parts.get(p).text());
                EncodedPart part = encoded.get(p);
                decoded.append(Sms.decode(
                                UserData.of(part.dcs(), part.udhi(), part.userData(), part.udl()),
                                DecodeOptions.defaults())
                        .text());
                start += parts.get(p).text().length();
            }
            assertThat(decoded.toString()).isEqualTo(text);
            someClusterMoved |= parts.get(0).units() < 149;
        }
        assertThat(someClusterMoved).as("some offset would have cut a syllable").isTrue();
    }

    /** Returns every cluster boundary of {@code text}, by the independent model's cluster rules. */
    private static List<Integer> boundaries(String text) {
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i < text.length(); i = SplitPropertyTest.Model.clusterEnd(text, i)) {
            boundaries.add(i);
        }
        return boundaries;
    }

    /** A Hindi conjunct (ka, virama, ssa) is one cluster by GB9c: it moves whole, as the consonant would alone. */
    @Test
    void aConjunctMovesWholeInGsm7WithTheHindiTables() {
        String conjunct = "\u0915\u094D\u0937";
        SmsOptions hindi = SmsOptions.defaults().withLanguages(NationalLanguage.HINDI);
        List<Segment> parts = Sms.split(" ".repeat(147) + conjunct + " ".repeat(150), hindi);
        assertThat(parts.get(0).text()).isEqualTo(" ".repeat(147));
        assertThat(parts.get(1).text()).startsWith(conjunct);
    }

    /** Without an Indic table (here the default tables), GSM 7-bit parts stay filled to the last septet. */
    @Test
    void otherTablesFillEveryPartToTheLastSeptet() {
        String text = "a".repeat(152) + "e\u0301".repeat(10);
        assertThat(Sms.split(text.replace("\u0301", "'")))
                .first()
                .extracting(Segment::units)
                .isEqualTo(153);
    }
}
