/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link Graphemes} finds the extended grapheme clusters of Unicode 15.1 (UAX #29, with the Indic conjunct rule
 * GB9c) that two other implementations find, on generated texts dense in what the rules are about: Indic
 * consonants, viramas, vowel signs and nuktas of all ten scripts of the national tables, ZWJ and ZWNJ, prepended
 * marks, spacing marks, emoji with modifiers and ZWJ sequences, flags, Hangul jamo and syllables, CR, LF, controls
 * and lone surrogates.
 *
 * <ul>
 *   <li>ICU 74's segmenter (Unicode 15.1), on texts without lone surrogates and without the viramas of other
 *       scripts (such as the Tamil one): ICU approximates InCB=Extend by the Extend characters of nonzero combining
 *       class, where Unicode 15.1 also leaves out every virama, so a consonant, Tamil virama, Devanagari virama,
 *       consonant sequence is one cluster for ICU and two for Unicode.
 *   <li>{@code java.util.regex}'s {@code \X} on Java 22 and later, which implements GB9c from the Unicode data: on
 *       Java 22 and 23 (Unicode 15.1) on all the texts; from Java 24 on (Unicode 16) without the Extend characters
 *       whose Indic_Conjunct_Break Unicode 16 changed from None to Extend (those of combining class 0, such as the
 *       vowel sign U+0941, and the viramas of other scripts), so a virama, vowel sign U, consonant sequence is two
 *       clusters here and one for the regex there.
 * </ul>
 */
class GraphemeReferencePropertyTest {
    private static final long SEED = 0x6EA9L;
    private static final int EXAMPLES = 20_000;

    private static final int[] CODE_POINTS = {
        // Latin, combining marks, controls, format characters
        'a',
        'K',
        ' ',
        '1',
        '.',
        0x00E9,
        0x0301,
        0x0308,
        0x20DD,
        '\r',
        '\n',
        0x01,
        0x7F,
        0x0085,
        0x00AD,
        0x200B,
        0x2028,
        0x200C,
        0x200D,
        0x200D,
        0xFE0F,
        0xFE0E,
        0x034F,
        // Devanagari: consonants, virama, nukta, vowel signs (Mn and Mc), signs, a vowel, danda, digit
        0x0915,
        0x0930,
        0x0937,
        0x0924,
        0x0958,
        0x094D,
        0x094D,
        0x093C,
        0x093E,
        0x093F,
        0x0940,
        0x0941,
        0x0947,
        0x0902,
        0x0903,
        0x0905,
        0x0964,
        0x0966,
        0x0971,
        // Bengali
        0x0995,
        0x09B0,
        0x09AF,
        0x09DF,
        0x09F0,
        0x09CD,
        0x09CD,
        0x09BC,
        0x09BE,
        0x09BF,
        0x09C7,
        0x09CB,
        0x09D7,
        0x09CE,
        0x0981,
        0x09E6,
        // Gujarati, Oriya, Telugu, Malayalam (the other scripts of GB9c)
        0x0A95,
        0x0AB5,
        0x0ACD,
        0x0ABE,
        0x0AC1,
        0x0B15,
        0x0B2F,
        0x0B71,
        0x0B4D,
        0x0B3E,
        0x0B57,
        0x0B3F,
        0x0C15,
        0x0C30,
        0x0C4D,
        0x0C3E,
        0x0C55,
        0x0C41,
        0x0D15,
        0x0D30,
        0x0D4D,
        0x0D3E,
        0x0D57,
        0x0D4E,
        0x0D7A,
        0x0D02,
        // Tamil, Kannada, Punjabi (viramas outside GB9c)
        0x0B95,
        0x0BB7,
        0x0BCD,
        0x0BBE,
        0x0BD7,
        0x0BC6,
        0x0C95,
        0x0CB0,
        0x0CCD,
        0x0CC2,
        0x0CBF,
        0x0CD5,
        0x0A15,
        0x0A30,
        0x0A4D,
        0x0A3E,
        0x0A70,
        0x0A71,
        // Urdu and Arabic: letters, harakat, prepended number signs
        0x0628,
        0x06CC,
        0x064E,
        0x0651,
        0x0670,
        0x0600,
        0x0601,
        0x06DD,
        0x0610,
        0x06F1,
        // emoji: faces, hands, modifiers, hearts, ZWJ family members, flags (regional indicators), keycaps, tags
        0x1F600,
        0x1F44D,
        0x1F3FB,
        0x1F3FF,
        0x2764,
        0x1F468,
        0x1F469,
        0x1F466,
        0x1F1FA,
        0x1F1F8,
        0x1F1EC,
        0x0023,
        0x20E3,
        0x1F3F4,
        0xE0067,
        0xE0062,
        0xE007F,
        0x00A9,
        0x2122,
        0x1F004,
        // Hangul: L, V, T, LV, LVT
        0x1100,
        0x115F,
        0x1161,
        0x11A7,
        0x11A8,
        0x11FF,
        0xAC00,
        0xAC01,
        0xA960,
        0xD7B0,
        0xD7CB,
        // spacing marks outside the Indic blocks, and Thai and Lao AM
        0x0E01,
        0x0E33,
        0x0EB3,
        0x102B,
        0x1031,
        0x1038,
        0x1B04,
        0xAA7B,
        0x11720,
        // lone surrogates
        0xD800,
        0xDC00,
    };

    /** The code points ICU's segmenter classes as Unicode 15.1 does. */
    private static final int[] ICU_CODE_POINTS = IntStream.of(CODE_POINTS)
            .filter(c -> !Character.isSurrogate((char) c)) // ICU reads a lone surrogate as Other, not Control
            .filter(c -> !otherVirama(c)) // ICU's InCB=Extend is Extend of nonzero combining class, viramas included
            .toArray();

    /** Tells whether {@code c} is a virama outside the six scripts of GB9c, such as the Tamil one. */
    private static boolean otherVirama(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.INDIC_SYLLABIC_CATEGORY)
                        == UCharacter.getPropertyValueEnum(UProperty.INDIC_SYLLABIC_CATEGORY, "Virama")
                && "\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D".indexOf(c) < 0;
    }

    /**
     * The Latin, Arabic and Indic code points of {@link #CODE_POINTS}, with ZWJ and ZWNJ: the regex's data is
     * Unicode 16 from Java 24 on, which classes some spacing marks of other scripts differently, and its emoji
     * rule also joins ExtPict ZWJ ZWJ ExtPict, which Unicode does not.
     */
    private static final int[] REGEX_CODE_POINTS = IntStream.of(CODE_POINTS)
            .filter(c -> c < 0x0E00 || c == 0x200C || c == 0x200D)
            .filter(c -> Runtime.version().feature() < 24 || !extendInUnicode16Only(c))
            .toArray();

    /**
     * Tells whether Unicode 16 made {@code c} InCB=Extend where Unicode 15.1 has InCB=None: an Extend character
     * other than ZWNJ and the six linkers, of combining class 0 or a virama.
     */
    private static boolean extendInUnicode16Only(int c) {
        boolean extend = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK)
                == UCharacter.GraphemeClusterBreak.EXTEND;
        boolean virama = UCharacter.getIntPropertyValue(c, UProperty.INDIC_SYLLABIC_CATEGORY)
                == UCharacter.getPropertyValueEnum(UProperty.INDIC_SYLLABIC_CATEGORY, "Virama");
        boolean linker = "\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D".indexOf(c) >= 0;
        return extend && c != 0x200C && !linker && (virama || UCharacter.getCombiningClass(c) == 0);
    }

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private static Gen<String> texts(int[] codePoints) {
        return in -> {
            int length = (int) in.next(Constraint.between(1, 12));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[(int) in.next(Constraint.between(0, codePoints.length - 1))]);
            }
            return text.toString();
        };
    }

    private static List<Integer> septetBoundaries(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            i += Graphemes.clusterLength(text, i, Integer.MAX_VALUE);
            ends.add(i);
        }
        return ends;
    }

    private static List<Integer> icuBoundaries(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            ends.add(end);
        }
        return ends;
    }

    private static List<Integer> regexBoundaries(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher clusters = CLUSTER.matcher(text);
        while (clusters.find()) {
            ends.add(clusters.end());
        }
        return ends;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().trim();
    }

    @Test
    void theIcuReferenceImplementsUnicode151() {
        assertThat(UCharacter.getUnicodeVersion()).isEqualTo(VersionInfo.UNICODE_15_1);
        assertThat(ICU_CODE_POINTS)
                .contains(0x094D, 0x093C, 0x200C, 0x200D, 0x0941, 0x09BE)
                .doesNotContain(0x0BCD);
    }

    @Test
    void clustersAreThoseOfIcu() {
        check(ICU_CODE_POINTS, GraphemeReferencePropertyTest::icuBoundaries);
    }

    @Test
    void clustersAreThoseOfTheJavaRegex() {
        assumeTrue(Runtime.version().feature() >= 22, "java.util.regex implements GB9c from Java 22 on");
        check(REGEX_CODE_POINTS, GraphemeReferencePropertyTest::regexBoundaries);
    }

    private static void check(int[] codePoints, Function<String, List<Integer>> reference) {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(texts(codePoints))
                .describedAs(GraphemeReferencePropertyTest::escape)
                .checkAssert(text ->
                        assertThat(septetBoundaries(text)).as(escape(text)).isEqualTo(reference.apply(text)));
    }
}
