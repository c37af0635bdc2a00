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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The table pair that {@link Sms#analyze} chooses with national languages enabled is the one the independent model
 * of {@link SplitPropertyTest} ranks first from the spec tables on the test classpath: every enabled locking table
 * (and the default one) with every enabled single shift table (and the default extension table), each split
 * greedily into parts, ranked by fewest parts, then most septets free in the last part, then fewest national
 * information elements, then the default tables first and languages in declaration order.
 *
 * <p>Each generated text draws most characters from one locking table and one single shift table, both enabled
 * (with a random choice of other languages, or all of them), so that pair competes with its neighbours, at lengths
 * around part boundaries and with either concatenation reference. The texts leave out combining marks, format
 * characters and CR, whose grapheme clusters span several characters: every character is a unit of its own, as
 * in the reference handset algorithm.
 */
class TableChoicePropertyTest {
    private static final long SEED = 0x7AB1E5L;
    private static final int EXAMPLES = 4000;
    private static final NationalLanguage[] LANGUAGES = NationalLanguage.values();
    private static final int[] LENGTHS = {
        1, 2, 7, 40, 140, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 280, 290,
        292, 294, 296, 298, 300, 302, 304, 306, 308, 310, 440, 459, 460
    };

    /** The characters of each table that are a grapheme cluster of their own, in file order. */
    private static final List<int[]> LOCKING_POOL = new ArrayList<>();

    private static final List<int[]> SHIFT_POOL = new ArrayList<>();

    static {
        for (int nli = 0; nli <= LANGUAGES.length; nli++) {
            LOCKING_POOL.add(pool(SpecTables.table(nli, true)));
            SHIFT_POOL.add(pool(SpecTables.table(nli, false)));
        }
    }

    private static int[] pool(SpecTables.Table table) {
        if (table == null) {
            return new int[0];
        }
        return table.rows().stream()
                .mapToInt(SpecTables.Row::codePoint)
                .filter(c -> c != SpecTables.ESC && standsAlone(c))
                .distinct()
                .toArray();
    }

    /** True for a character that is always a grapheme cluster of its own next to the others of the pools. */
    private static boolean standsAlone(int c) {
        int type = Character.getType(c);
        return c != '\r'
                && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK
                && type != Character.FORMAT;
    }

    /** One generated input. */
    record Case(String text, Set<NationalLanguage> languages, boolean reference16) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            text.codePoints()
                    .forEach(c ->
                            out.append(c >= ' ' && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
            return languages + (reference16 ? " ref16 " : " ") + out;
        }
    }

    private static final Gen<Case> CASES = TableChoicePropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        if (in.next(Constraint.between(0, 2)) == 0) {
            languages.addAll(EnumSet.allOf(NationalLanguage.class));
        } else {
            for (NationalLanguage language : LANGUAGES) {
                if (in.next(Constraint.between(0, 2)) == 0) {
                    languages.add(language);
                }
            }
        }
        // a pair the text leans on, always enabled, so that it and its neighbours compete
        int[] lean = {
            (int) in.next(Constraint.between(0, LANGUAGES.length)),
            (int) in.next(Constraint.between(0, LANGUAGES.length))
        };
        if (LOCKING_POOL.get(lean[0]).length == 0) {
            lean[0] = 0; // Spanish has no locking shift table
        }
        for (int nli : lean) {
            if (nli != 0) {
                languages.add(LANGUAGES[nli - 1]);
            }
        }
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(1, 320))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] pool = switch ((int) in.next(Constraint.between(0, 39))) {
                case 0 -> LOCKING_POOL.get(0);
                case 1 -> SHIFT_POOL.get(0);
                case 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 -> SHIFT_POOL.get(lean[1]);
                default -> LOCKING_POOL.get(lean[0]);
            };
            if (pool.length == 0) {
                pool = LOCKING_POOL.get(0);
            }
            text.appendCodePoint(pool[(int) in.next(Constraint.between(0, pool.length - 1))]);
        }
        return new Case(text.toString(), languages, in.next(Constraint.between(0, 3)) == 0);
    }

    private static Optional<NationalLanguage> language(int identifier) {
        return identifier == 0 ? Optional.empty() : Optional.of(LANGUAGES[identifier - 1]);
    }

    @Test
    void theChosenPairIsTheBestRankedOfAllEnabledPairs() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(CASES).checkAssert(c -> {
            SmsOptions options =
                    SmsOptions.defaults().withLanguages(c.languages()).withReference16(c.reference16());
            Analysis analysis = Sms.analyze(c.text(), options);
            SplitPropertyTest.Model.Candidate expected =
                    SplitPropertyTest.Model.best(c.text(), options).orElseThrow();
            assertThat(analysis.encoding()).isEqualTo(expected.encoding());
            assertThat(analysis.parts()).as("parts").isEqualTo(expected.parts());
            assertThat(analysis.remaining()).as("remaining").isEqualTo(expected.free());
            assertThat(analysis.units()).as("units").isEqualTo(expected.units());
            assertThat(Sms.countParts(c.text(), options)).isEqualTo(expected.parts());
            if (expected.encoding() == Encoding.GSM7) {
                assertThat(analysis.lockingShift()).as("locking").isEqualTo(language(expected.locking()));
                assertThat(analysis.singleShift()).as("single shift").isEqualTo(language(expected.shift()));
                int national = 3 * expected.ies();
                int concatenation = expected.parts() > 1 ? (c.reference16() ? 6 : 5) : 0;
                int elements = national + concatenation;
                assertThat(analysis.udhOctets()).as("udh octets").isEqualTo(elements == 0 ? 0 : 1 + elements);
            }
        });
    }
}
