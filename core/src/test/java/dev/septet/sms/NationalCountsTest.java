/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * National pricing with one language enabled (the counters of every Latin-1 character summed at once) counts
 * exactly what the general per-table bookkeeping counts, and part counts over text drawn from the enabled tables
 * are the planner's, for every single language and for all of them.
 */
class NationalCountsTest {
    private static final long SEED = 0x7A81E5L;

    /** Every character of the enabled tables' locking and single shift tables, default ones included. */
    private static String alphabet(Set<NationalLanguage> languages) {
        StringBuilder out = new StringBuilder();
        append(out, Gsm7Tables.LOCKING[0]);
        append(out, Gsm7Tables.SINGLE_SHIFT[0]);
        for (NationalLanguage language : languages) {
            append(out, Gsm7Tables.LOCKING[language.identifier()]);
            append(out, Gsm7Tables.SINGLE_SHIFT[language.identifier()]);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char[] table) {
        if (table == null) {
            return;
        }
        for (char c : table) {
            if (c != Gsm7Tables.UNDEFINED && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
    }

    /** Texts of 1 to 400 characters from {@code alphabet}, mostly plain letters as real text is. */
    private static Gen<String> texts(String alphabet) {
        String plain = "abcdefghijklmnopqrstuvwxyz ABC";
        return SourceDSL.lists()
                .of(SourceDSL.integers().between(0, 3 * alphabet.length() - 1))
                .ofSizeBetween(1, 400)
                .map(picks -> {
                    StringBuilder out = new StringBuilder(picks.size());
                    for (int pick : picks) {
                        out.append(
                                pick < alphabet.length() ? alphabet.charAt(pick) : plain.charAt(pick % plain.length()));
                    }
                    return out.toString();
                });
    }

    @ParameterizedTest
    @EnumSource(NationalLanguage.class)
    void oneLanguageCountsAreThePlannersOverItsTables(NationalLanguage language) {
        SmsOptions options = SmsOptions.defaults().withLanguages(Set.of(language));
        qt().withFixedSeed(SEED + language.identifier())
                .withExamples(400)
                .forAll(texts(alphabet(Set.of(language))))
                .checkAssert(text ->
                        assertThat(PartCounter.countParts(text, options)).isEqualTo(Planner.countParts(text, options)));
    }

    @Test
    void allLanguagesCountsAreThePlannersOverTheirTables() {
        Set<NationalLanguage> all = EnumSet.allOf(NationalLanguage.class);
        SmsOptions options = SmsOptions.defaults().withLanguages(all);
        qt().withFixedSeed(SEED)
                .withExamples(1000)
                .forAll(texts(alphabet(all)))
                .checkAssert(text ->
                        assertThat(PartCounter.countParts(text, options)).isEqualTo(Planner.countParts(text, options)));
    }

    @ParameterizedTest
    @EnumSource(NationalLanguage.class)
    void oneLanguageCountersMatchThePerTableBookkeeping(NationalLanguage language) {
        int nli = language.identifier();
        int shiftEnabled = 1 | 1 << nli;
        int lockingEnabled = TableIndex.LOCKING_TABLES & shiftEnabled;
        assertThat(NationalCounts.pairLanguage(lockingEnabled, shiftEnabled)).isEqualTo(nli);
        qt().withFixedSeed(SEED ^ nli)
                .withExamples(300)
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, 255))
                        .ofSizeBetween(0, Latin1Buffer.CHUNK))
                .checkAssert(values -> {
                    byte[] bytes = new byte[Latin1Buffer.CHUNK];
                    for (int i = 0; i < values.size(); i++) {
                        bytes[i] = (byte) (int) values.get(i);
                    }
                    int[] fast = start(shiftEnabled);
                    int[] general = start(shiftEnabled);
                    NationalCounts.accountPair(bytes, values.size(), nli, lockingEnabled, fast);
                    NationalCounts.accountBytes(bytes, values.size(), false, lockingEnabled, general);
                    assertThat(fast).containsExactly(general);
                });
    }

    @Test
    void everyLatin1CharacterAtTheLengthWhereCountersSpill() {
        // one character repeated past a counter's range: the counters must be emptied before they wrap
        for (NationalLanguage language : NationalLanguage.values()) {
            int nli = language.identifier();
            int shiftEnabled = 1 | 1 << nli;
            int lockingEnabled = TableIndex.LOCKING_TABLES & shiftEnabled;
            for (int c = 0; c < 256; c++) {
                byte[] bytes = new byte[Latin1Buffer.CHUNK];
                java.util.Arrays.fill(bytes, (byte) c);
                int[] fast = start(shiftEnabled);
                int[] general = start(shiftEnabled);
                NationalCounts.accountPair(bytes, bytes.length, nli, lockingEnabled, fast);
                NationalCounts.accountBytes(bytes, bytes.length, false, lockingEnabled, general);
                assertThat(fast).as("%s U+%04X", language, c).containsExactly(general);
            }
        }
    }

    @Test
    void otherTableSetsAreNotOneLanguage() {
        int pt = 1 << NationalLanguage.PORTUGUESE.identifier();
        int tr = 1 << NationalLanguage.TURKISH.identifier();
        assertThat(NationalCounts.pairLanguage(1, 1)).isZero();
        assertThat(NationalCounts.pairLanguage(1 | pt, 1 | pt | tr)).isZero();
        assertThat(NationalCounts.pairLanguage(1 | pt, pt)).isZero();
        assertThat(NationalCounts.pairLanguage(1, 1 | pt)).isZero(); // Portuguese's locking table left out
        assertThat(NationalCounts.pairLanguage(1 | pt, 1 | pt)).isEqualTo(NationalLanguage.PORTUGUESE.identifier());
    }

    private static int[] start(int shiftEnabled) {
        int[] counts = new int[2 * TableIndex.LANGUAGES];
        java.util.Arrays.fill(counts, TableIndex.LANGUAGES, counts.length, shiftEnabled);
        return counts;
    }
}
