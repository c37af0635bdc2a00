/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Properties of analysis and splitting over generated texts mixing the default alphabet, its extension table,
 * Portuguese, Turkish and Hindi letters, other BMP characters and astral characters, under random enabled
 * languages, encoding choices and concatenation references. Expectations come from an independent model built
 * here from the spec's capacity formula and the raw {@link Gsm7Tables} arrays (not from {@link TableIndex}).
 */
class SplitPropertyTest {
    private static final long SEED = 0x5E97E7L;
    private static final int EXAMPLES = 2000;

    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,!?@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\r"
                + "\u00D8\u00F8\u00C5\u00E5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6"
                + "\u00DF\u00C9\"#\u00A4%&'()*+-/:;<=>\u00A1\u00C4\u00D6\u00D1\u00DC\u00A7\u00BF\u00E4\u00F6\u00F1"
                + "\u00FC\u00E0", // default alphabet
        "^{}\\[~]|\u20AC\f", // default extension table
        "\u00E7\u00EA\u00F4\u00C1\u00E1\u00C2\u00E2\u00C3\u00E3\u00D5\u00F5\u00CD\u00ED\u00D3\u00F3\u00DA\u00FA"
                + "\u00CA\u00D4\u00AA\u00BA\u221E`", // Portuguese
        "\u011E\u011F\u0130\u0131\u015E\u015F", // Turkish
        "\u0915\u0916\u0917\u0905\u0906\u0907\u0964\u0965\u093E", // Hindi
        "\u0436\u0416\u4E2D\u0142\u0301\u001B\u00A0\u2019", // BMP, in no table
        "\uD83D\uDE00\uD83C\uDF89\uD834\uDD1E", // astral: 3 surrogate pairs
        "\uDFFF\uD800", // lone surrogates (low first so they never pair here), paired only by chance in the text
    };
    private static final NationalLanguage[] LANGUAGES = NationalLanguage.values();
    private static final EncodingChoice[] CHOICES = EncodingChoice.values();

    /** One generated input: a text and the options to analyse it with. */
    record Case(String text, SmsOptions options) {
        @Override
        public String toString() {
            return options + " " + Model.escape(text);
        }
    }

    private static final Gen<Case> CASES = SplitPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        // a random subset of pools (the default alphabet always), so many texts stay within some table pair
        StringBuilder alphabet = new StringBuilder(POOLS[0]);
        for (int p = 1; p < POOLS.length; p++) {
            if (in.next(Constraint.between(0, 2)) == 0) {
                alphabet.append(POOLS[p]);
            }
        }
        int[] codePoints = alphabet.codePoints().toArray();
        int length = (int) in.next(Constraint.between(1, 480));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[(int) in.next(Constraint.between(0, codePoints.length - 1))]);
        }
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        for (NationalLanguage language : LANGUAGES) {
            if (in.next(Constraint.between(0, 3)) == 0) {
                languages.add(language);
            }
        }
        EncodingChoice choice = CHOICES[(int) in.next(Constraint.between(0, CHOICES.length - 1))];
        if (choice == EncodingChoice.GSM7_NATIONAL && languages.isEmpty()) {
            languages.add(NationalLanguage.PORTUGUESE);
        }
        SmsOptions options = SmsOptions.defaults().withEncoding(choice).withLanguages(languages)
                .withReference16(in.next(Constraint.between(0, 1)) == 1).withReplaceLoneSurrogates(true);
        if (choice == EncodingChoice.GSM7 || choice == EncodingChoice.GSM7_NATIONAL) {
            options = options.withReplacement('?'); // so forced GSM always has an answer to check
        }
        return new Case(text.toString(), options);
    }

    private static void check(java.util.function.Consumer<Case> invariant) {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(CASES).checkAssert(invariant);
    }

    @Test
    void partsConcatenateToInput() {
        check(c -> assertThat(String.join("", texts(Sms.split(c.text, c.options))))
                .isEqualTo(Model.applyReplacements(c.text, Sms.analyze(c.text, c.options).replacements())));
    }

    @Test
    void noPartExceedsCapacity() {
        check(c -> {
            Analysis a = Sms.analyze(c.text, c.options);
            int capacity = Model.capacity(a.encoding(), Model.nationalIes(a), a.parts() > 1,
                    c.options.reference16());
            assertThat(a.unitsPerPart()).isEqualTo(capacity);
            for (Segment s : Sms.split(c.text, c.options)) {
                assertThat(Model.cost(s.text(), a)).as("%s", s).isEqualTo(s.units()).isBetween(1, capacity);
                assertThat(Character.isLowSurrogate(s.text().charAt(0))).as("starts inside a pair").isFalse();
            }
        });
    }

    @Test
    void partCountEqualsAnalysis() {
        check(c -> assertThat(Sms.split(c.text, c.options)).hasSize(Sms.analyze(c.text, c.options).parts()));
    }

    @Test
    void countPartsEqualsAnalysis() {
        check(c -> assertThat(Sms.countParts(c.text, c.options)).isEqualTo(Sms.analyze(c.text, c.options).parts()));
    }

    @Test
    void unitsEqualBetweenAnalysisAndSplit() {
        check(c -> assertThat(Sms.split(c.text, c.options).stream().mapToInt(Segment::units).sum())
                .isEqualTo(Sms.analyze(c.text, c.options).units()));
    }

    @Test
    void autoNeverPicksUcs2WhenGsm7Fits() {
        check(c -> {
            SmsOptions auto = c.options.withEncoding(EncodingChoice.AUTO);
            if (Model.someEnabledPairFits(c.text, auto.languages())) {
                assertThat(Sms.analyze(c.text, auto).encoding()).isEqualTo(Encoding.GSM7);
            }
        });
    }

    @Test
    void autoNeverCostlierThanAnyForcedChoice() {
        check(c -> {
            int auto = Sms.analyze(c.text, c.options.withEncoding(EncodingChoice.AUTO)).parts();
            for (EncodingChoice forced : List.of(EncodingChoice.UCS2, EncodingChoice.GSM7,
                    EncodingChoice.GSM7_NATIONAL)) {
                SmsOptions options = c.options.withEncoding(forced);
                boolean applicable = forced == EncodingChoice.UCS2
                        || forced == EncodingChoice.GSM7 && Model.someEnabledPairFits(c.text, options.languages())
                        || forced == EncodingChoice.GSM7_NATIONAL && !options.languages().isEmpty()
                                && Model.someNationalPairFits(c.text, options.languages());
                if (applicable) {
                    assertThat(auto).as("AUTO vs %s", forced)
                            .isLessThanOrEqualTo(Sms.analyze(c.text, options).parts());
                }
            }
        });
    }

    private static List<String> texts(List<Segment> segments) {
        List<String> texts = new ArrayList<>();
        segments.forEach(s -> texts.add(s.text()));
        return texts;
    }

    /** The independent model: spec formulas over the raw table arrays. */
    static final class Model {
        /** IN_LOCKING[nli][c]: the locking table nli holds char c; likewise IN_SHIFT. */
        private static final boolean[][] IN_LOCKING = membership(Gsm7Tables.LOCKING);
        private static final boolean[][] IN_SHIFT = membership(Gsm7Tables.SINGLE_SHIFT);

        private Model() {
        }

        private static boolean[][] membership(char[][] tables) {
            boolean[][] in = new boolean[tables.length][];
            for (int nli = 0; nli < tables.length; nli++) {
                if (tables[nli] != null) {
                    in[nli] = new boolean[Character.MAX_VALUE + 1];
                    for (char c : tables[nli]) {
                        if (c != Gsm7Tables.UNDEFINED) {
                            in[nli][c] = true;
                        }
                    }
                }
            }
            return in;
        }

        /** 3GPP TS 23.040 9.2.3.24: 140 octets less UDHL and the information elements. */
        static int capacity(Encoding encoding, int nationalIes, boolean concatenated, boolean reference16) {
            int ies = 3 * nationalIes + (concatenated ? (reference16 ? 6 : 5) : 0);
            int octets = 140 - (ies == 0 ? 0 : 1 + ies);
            return encoding == Encoding.GSM7 ? octets * 8 / 7 : octets / 2;
        }

        static int nationalIes(Analysis a) {
            return (a.lockingShift().isPresent() ? 1 : 0) + (a.singleShift().isPresent() ? 1 : 0);
        }

        /** Units of a part under the analysis' encoding and tables; fails if a char fits neither table. */
        static int cost(String part, Analysis a) {
            if (a.encoding() == Encoding.UCS2) {
                return part.length();
            }
            int locking = a.lockingShift().map(NationalLanguage::identifier).orElse(0);
            int shift = a.singleShift().map(NationalLanguage::identifier).orElse(0);
            int units = 0;
            for (char c : part.toCharArray()) {
                if (IN_LOCKING[locking][c]) {
                    units += 1;
                } else if (IN_SHIFT[shift][c]) {
                    units += 2;
                } else {
                    throw new AssertionError(String.format("U+%04X is in neither table of %s", (int) c, a));
                }
            }
            return units;
        }

        static boolean fits(String text, int locking, int shift) {
            for (char c : text.toCharArray()) {
                if (!IN_LOCKING[locking][c] && !IN_SHIFT[shift][c]) {
                    return false; // surrogates are in no table
                }
            }
            return true;
        }

        static boolean someEnabledPairFits(String text, Set<NationalLanguage> languages) {
            return anyPair(text, languages, false);
        }

        static boolean someNationalPairFits(String text, Set<NationalLanguage> languages) {
            return anyPair(text, languages, true);
        }

        private static boolean anyPair(String text, Set<NationalLanguage> languages, boolean nationalOnly) {
            List<Integer> nlis = new ArrayList<>(List.of(0));
            languages.forEach(l -> nlis.add(l.identifier()));
            for (int locking : nlis) {
                for (int shift : nlis) {
                    if (IN_LOCKING[locking] != null && !(nationalOnly && locking == 0 && shift == 0)
                            && fits(text, locking, shift)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Applies replacements, which must come in text order and name what they replace. */
        static String applyReplacements(String text, List<Replacement> replacements) {
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (Replacement r : replacements) {
                assertThat(r.index()).as("replacements in text order: %s", replacements).isGreaterThanOrEqualTo(from);
                assertThat(text.startsWith(r.original(), r.index())).as("%s matches the input", r).isTrue();
                out.append(text, from, r.index()).append(r.replacement());
                from = r.index() + r.original().length();
            }
            return out.append(text, from, text.length()).toString();
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder("\"");
            text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                    : String.format("\\u%04X", c)));
            return out.append('"').toString();
        }
    }
}
