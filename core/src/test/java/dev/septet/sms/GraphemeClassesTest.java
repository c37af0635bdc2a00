/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code point's class in {@link Graphemes} is the one the Unicode 15.1 character database gives it, as ICU 74
 * reports it: Grapheme_Cluster_Break, Extended_Pictographic, and Indic_Conjunct_Break (Linker: a virama, and
 * Consonant: a consonant, of Devanagari, Bengali, Gujarati, Oriya, Telugu or Malayalam; Extend: the Extend marks
 * of nonzero combining class that are no virama or consonant, as DerivedCoreProperties 15.1 derives it; Unicode
 * 16 widened it to every Extend but ZWNJ and the linkers).
 */
class GraphemeClassesTest {
    @Test
    void theReferenceIsUnicode151() {
        assertThat(UCharacter.getUnicodeVersion()).isEqualTo(VersionInfo.UNICODE_15_1);
    }

    @Test
    void everyCodePointHasItsUnicode151Class() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int expected = expected(cp);
            int actual = Graphemes.type(cp);
            if (actual != expected && wrong.size() < 20) {
                wrong.add(String.format("U+%04X: %d, expected %d", cp, actual, expected));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A few classes by name, so a table that is wrong in a way the reference shares still fails here. */
    @Test
    void knownClasses() {
        int[][] known = {
            {'a', Graphemes.OTHER},
            {'\r', Graphemes.CR},
            {0x00AD, Graphemes.CONTROL}, // soft hyphen: Format
            {0x0301, Graphemes.CONJUNCT_EXTEND},
            {0x093C, Graphemes.CONJUNCT_EXTEND}, // Devanagari nukta: combining class 7
            {0x0941, Graphemes.EXTEND}, // Devanagari vowel sign U: combining class 0, so not InCB=Extend
            {0x09BE, Graphemes.EXTEND}, // Mc, Other_Grapheme_Extend, combining class 0
            {0x034F, Graphemes.EXTEND}, // combining grapheme joiner: combining class 0
            {0x200C, Graphemes.EXTEND},
            {0x200D, Graphemes.ZWJ},
            {0x094D, Graphemes.LINKER},
            {0x0BCD, Graphemes.EXTEND}, // Tamil virama: not a linker, and a virama is never InCB=Extend
            {0x0915, Graphemes.CONSONANT},
            {0x0B95, Graphemes.OTHER}, // Tamil KA: not InCB
            {0x0600, Graphemes.PREPEND},
            {0x0D4E, Graphemes.PREPEND},
            {0x0E33, Graphemes.SPACING_MARK},
            {0x1F600, Graphemes.EXT_PICT},
            {0x1F3FB, Graphemes.EXTEND}, // emoji modifier: combining class 0
            {0x1F1E6, Graphemes.REGIONAL_INDICATOR},
            {0xAC00, Graphemes.LV},
            {0xAC01, Graphemes.LVT},
            {0xD7A3, Graphemes.LVT},
            {0xD7A4, Graphemes.OTHER},
            {0xD800, Graphemes.CONTROL},
            {0xDFFF, Graphemes.CONTROL},
            {0xE000, Graphemes.OTHER},
            {Character.MAX_CODE_POINT, Graphemes.OTHER},
        };
        for (int[] entry : known) {
            assertThat(Graphemes.type(entry[0])).as("U+%04X", entry[0]).isEqualTo(entry[1]);
        }
    }

    private static int expected(int cp) {
        int script = UScript.getScript(cp);
        boolean conjunctScript = script == UScript.DEVANAGARI
                || script == UScript.BENGALI
                || script == UScript.GUJARATI
                || script == UScript.ORIYA
                || script == UScript.TELUGU
                || script == UScript.MALAYALAM;
        int syllabic = UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
        String category =
                UCharacter.getPropertyValueName(UProperty.INDIC_SYLLABIC_CATEGORY, syllabic, UProperty.NameChoice.LONG);
        int value = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
        String name =
                UCharacter.getPropertyValueName(UProperty.GRAPHEME_CLUSTER_BREAK, value, UProperty.NameChoice.LONG);
        if (conjunctScript && category.equals("Virama")) {
            return Graphemes.LINKER;
        }
        if (conjunctScript && category.equals("Consonant")) {
            return Graphemes.CONSONANT;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
            return Graphemes.EXT_PICT;
        }
        if (Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE) {
            return Graphemes.CONTROL; // GraphemeBreakProperty.txt lists them as Control; ICU reports Other
        }
        return switch (name) {
            case "Other" -> Graphemes.OTHER;
            case "CR" -> Graphemes.CR;
            case "LF" -> Graphemes.LF;
            case "Control" -> Graphemes.CONTROL;
            case "Extend" ->
                UCharacter.getCombiningClass(cp) != 0 && !category.equals("Virama")
                        ? Graphemes.CONJUNCT_EXTEND
                        : Graphemes.EXTEND; // InCB=None: combining class 0 (ZWNJ among them), or a virama
            case "ZWJ" -> Graphemes.ZWJ;
            case "SpacingMark" -> Graphemes.SPACING_MARK;
            case "Prepend" -> Graphemes.PREPEND;
            case "Regional_Indicator" -> Graphemes.REGIONAL_INDICATOR;
            case "L" -> Graphemes.L;
            case "V" -> Graphemes.V;
            case "T" -> Graphemes.T;
            case "LV" -> Graphemes.LV;
            case "LVT" -> Graphemes.LVT;
            default -> throw new IllegalStateException("unknown Grapheme_Cluster_Break " + name);
        };
    }
}
