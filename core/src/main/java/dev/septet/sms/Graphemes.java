/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Finds the UTF-16 units that must stay together in one part: extended grapheme clusters.
 */
final class Graphemes {
    /*
     * Java 17's BreakIterator predates extended grapheme clusters, so the rules of Unicode UAX #29 that matter
     * for splitting SMS text are implemented here:
     *   GB3        CR x LF
     *   GB4, GB5   break after and before controls (other than the CR LF pair)
     *   GB6-GB8    Hangul syllable sequences (L x L|V|LV|LVT, LV|V x V|T, LVT|T x T)
     *   GB9, GB9a  x (Extend | ZWJ), x SpacingMark: combining marks, variation selectors, emoji modifiers, tags
     *   GB9c       Consonant [Extend Linker]* Linker [Extend Linker]* x Consonant: Indic conjuncts (Unicode 15.1),
     *              for the six scripts that define Indic_Conjunct_Break (Devanagari, Bengali, Gujarati, Oriya,
     *              Telugu, Malayalam): the consonant letters of each block are InCB=Consonant, its virama is
     *              InCB=Linker, and every other Extend or ZWJ is InCB=Extend
     *   GB11       ExtPict Extend* ZWJ x ExtPict: emoji ZWJ sequences
     *   GB12, GB13 regional indicators pair up: flags
     * Property tables are approximated from the JDK's general categories (Mn, Me and the Indic Other_Grapheme_Extend
     * marks = Extend; other Mc = SpacingMark;
     * Cc, Cf, Zl, Zp = Control) plus the emoji ranges of Unicode 15 for Extended_Pictographic. GB9b (Prepend) is
     * not applied. A cluster longer than the part capacity is cut at a code point boundary, never inside a
     * surrogate pair, so splitting always makes progress.
     */
    private static final int OTHER = 0;
    private static final int CR = 1;
    private static final int LF = 2;
    private static final int CONTROL = 3;
    private static final int EXTEND = 4;
    private static final int ZWJ = 5;
    private static final int SPACING_MARK = 6;
    private static final int REGIONAL_INDICATOR = 7;
    private static final int EXT_PICT = 8;
    private static final int L = 9;
    private static final int V = 10;
    private static final int T = 11;
    private static final int LV = 12;
    private static final int LVT = 13;

    /** GB9c progress in the cluster so far: none, after a consonant, after a consonant and a linker. */
    private static final int NO_CONJUNCT = 0;

    private static final int AFTER_CONSONANT = 1;
    private static final int AFTER_LINKER = 2;

    /**
     * Consonant letters (InCB=Consonant) of the six scripts of GB9c, as ranges: Devanagari, Bengali, Gujarati,
     * Oriya, Telugu and Malayalam, from Unicode 15.1 Indic_Syllabic_Category=Consonant.
     */
    private static final int[] CONSONANTS = {
        0x0915, 0x0939, 0x0958, 0x095F, 0x0978, 0x097F, 0x0995, 0x09A8, 0x09AA, 0x09B0, 0x09B2, 0x09B2, 0x09B6, 0x09B9,
        0x09DC, 0x09DD, 0x09DF, 0x09DF, 0x09F0, 0x09F1, 0x0A95, 0x0AA8, 0x0AAA, 0x0AB0, 0x0AB2, 0x0AB3, 0x0AB5, 0x0AB9,
        0x0AF9, 0x0AF9, 0x0B15, 0x0B28, 0x0B2A, 0x0B30, 0x0B32, 0x0B33, 0x0B35, 0x0B39, 0x0B5C, 0x0B5D, 0x0B5F, 0x0B5F,
        0x0B71, 0x0B71, 0x0C15, 0x0C28, 0x0C2A, 0x0C39, 0x0C58, 0x0C5A, 0x0D15, 0x0D3A,
    };

    private Graphemes() {}

    /** Tells whether {@code cp} is InCB=Consonant. */
    static boolean conjunctConsonant(int cp) {
        if (cp < 0x0915 || cp > 0x0D3A) {
            return false;
        }
        for (int k = 0; k < CONSONANTS.length; k += 2) {
            if (cp <= CONSONANTS[k + 1]) {
                return cp >= CONSONANTS[k];
            }
        }
        return false;
    }

    /** Tells whether {@code cp} is InCB=Linker: the virama of one of the six scripts. */
    static boolean conjunctLinker(int cp) {
        return cp == 0x094D || cp == 0x09CD || cp == 0x0ACD || cp == 0x0B4D || cp == 0x0C4D || cp == 0x0D4D;
    }

    /**
     * Returns how many UTF-16 units starting at {@code i} form one cluster, at most {@code capacity} (and at
     * least the length of the code point at {@code i}).
     */
    static int clusterLength(CharSequence text, int i, int capacity) {
        int n = text.length();
        int cp = Character.codePointAt(text, i);
        int end = i + Character.charCount(cp);
        int prev = type(cp);
        if (prev == CR) {
            return end < n && text.charAt(end) == '\n' && capacity >= 2 ? 2 : 1;
        }
        if (prev == LF || prev == CONTROL) {
            return end - i;
        }
        boolean pictRun = prev == EXT_PICT; // the cluster so far is ExtPict Extend*
        boolean zwjAfterPict = false;
        int conjunct = conjunctConsonant(cp) ? AFTER_CONSONANT : NO_CONJUNCT;
        int regionalIndicators = prev == REGIONAL_INDICATOR ? 1 : 0;
        while (end < n) {
            int next = Character.codePointAt(text, end);
            int t = type(next);
            boolean join;
            boolean consonant = conjunctConsonant(next);
            if (t == EXTEND || t == ZWJ || t == SPACING_MARK) {
                join = true;
            } else if (consonant && conjunct == AFTER_LINKER) {
                join = true; // GB9c
            } else if (t == EXT_PICT) {
                join = prev == ZWJ && zwjAfterPict;
            } else if (t == REGIONAL_INDICATOR) {
                join = prev == REGIONAL_INDICATOR && (regionalIndicators & 1) == 1;
            } else {
                join = hangul(prev, t);
            }
            int length = Character.charCount(next);
            if (!join || end + length - i > capacity) {
                break;
            }
            if (consonant) {
                conjunct = AFTER_CONSONANT;
            } else if (conjunct != NO_CONJUNCT && conjunctLinker(next)) {
                conjunct = AFTER_LINKER;
            } else if (conjunct != NO_CONJUNCT && !((t == EXTEND || t == ZWJ) && next != 0x200C)) {
                conjunct = NO_CONJUNCT;
            }
            zwjAfterPict = t == ZWJ && pictRun;
            pictRun = t == EXT_PICT || (pictRun && t == EXTEND);
            if (t == REGIONAL_INDICATOR) {
                regionalIndicators++;
            }
            prev = t;
            end += length;
        }
        return end - i;
    }

    private static boolean hangul(int prev, int t) {
        switch (prev) {
            case L:
                return t == L || t == V || t == LV || t == LVT;
            case LV:
            case V:
                return t == V || t == T;
            case LVT:
            case T:
                return t == T;
            default:
                return false;
        }
    }

    static int type(int cp) {
        if (cp == '\r') {
            return CR;
        }
        if (cp == '\n') {
            return LF;
        }
        if (cp == 0x200D) {
            return ZWJ;
        }
        if (cp == 0x200C
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F)
                || cp == 0xFF9E
                || cp == 0xFF9F
                || otherGraphemeExtend(cp)) {
            return EXTEND;
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return REGIONAL_INDICATOR;
        }
        if (cp >= 0x1100 && cp <= 0x11FF
                || cp >= 0xA960 && cp <= 0xA97C
                || cp >= 0xD7B0 && cp <= 0xD7FB
                || cp >= 0xAC00 && cp <= 0xD7A3) {
            return hangulType(cp);
        }
        if (extendedPictographic(cp)) {
            return EXT_PICT;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return EXTEND;
            case Character.COMBINING_SPACING_MARK:
                return SPACING_MARK;
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
                return CONTROL;
            default:
                return OTHER;
        }
    }

    /**
     * Spacing vowel and length marks that Unicode lists as Other_Grapheme_Extend, so they are Extend (and, for
     * GB9c, InCB=Extend) although their general category is Mc: those of the Indic scripts of the national tables.
     */
    private static boolean otherGraphemeExtend(int cp) {
        return cp == 0x09BE
                || cp == 0x09D7
                || cp == 0x0B3E
                || cp == 0x0B57
                || cp == 0x0BBE
                || cp == 0x0BD7
                || cp == 0x0CC2
                || cp == 0x0CD5
                || cp == 0x0CD6
                || cp == 0x0D3E
                || cp == 0x0D57;
    }

    private static int hangulType(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return (cp - 0xAC00) % 28 == 0 ? LV : LVT;
        }
        if (cp <= 0x115F || cp >= 0xA960 && cp <= 0xA97C) {
            return L;
        }
        if (cp <= 0x11A7 || cp >= 0xD7B0 && cp <= 0xD7C6) {
            return V;
        }
        return T;
    }

    private static boolean extendedPictographic(int cp) {
        if (cp >= 0x1F000) {
            return cp <= 0x1FAFF || cp >= 0x1FC00 && cp <= 0x1FFFD;
        }
        return cp == 0x00A9
                || cp == 0x00AE
                || cp == 0x203C
                || cp == 0x2049
                || cp == 0x2122
                || cp == 0x2139
                || cp >= 0x2194 && cp <= 0x2199
                || cp == 0x21A9
                || cp == 0x21AA
                || cp == 0x231A
                || cp == 0x231B
                || cp == 0x2328
                || cp == 0x23CF
                || cp >= 0x23E9 && cp <= 0x23F3
                || cp >= 0x23F8 && cp <= 0x23FA
                || cp == 0x24C2
                || cp == 0x25AA
                || cp == 0x25AB
                || cp == 0x25B6
                || cp == 0x25C0
                || cp >= 0x25FB && cp <= 0x25FE
                || cp >= 0x2600 && cp <= 0x27BF
                || cp == 0x2934
                || cp == 0x2935
                || cp >= 0x2B05 && cp <= 0x2B07
                || cp == 0x2B1B
                || cp == 0x2B1C
                || cp == 0x2B50
                || cp == 0x2B55
                || cp == 0x3030
                || cp == 0x303D
                || cp == 0x3297
                || cp == 0x3299;
    }
}
