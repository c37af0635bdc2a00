/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Smart encoding with national languages enabled, against the spec tables on the test classpath: a replaced
 * character is never one the chosen tables hold, and the text stays UCS-2 only when no enabled pair of tables would
 * hold it after replacing what that pair lacks. Counting, splitting and encoding agree on every such text.
 *
 * <p>The characters mix ones that only some tables hold (the grave accent and {@code ç} in Portuguese, {@code è} and
 * {@code ñ} not in Portuguese's locking table, Turkish letters) with typographic ones that have look-alikes.
 */
class SmartEncodingPairPropertyTest {
    private static final long SEED = 0x5A4A27L;
    private static final String POOL = "xxxxxxxx `\u00E8\u00E7\u00F1\u00C7\u015F\u011F\u00E1\u00EA\u00F5\u00DF^{["
            + "\u20AC\u2019\u2014\u2026\u201C\u00A0";
    private static final NationalLanguage[] CHOICES = {
        NationalLanguage.PORTUGUESE, NationalLanguage.SPANISH, NationalLanguage.TURKISH
    };
    private static final SmsOptions SMART = SmsOptions.defaults().withSmartEncoding(true);

    /** The characters of each table from the spec file, by national language identifier: locking, then shift. */
    private static final java.util.Map<Integer, Set<Integer>> LOCKING = new java.util.HashMap<>();

    private static final java.util.Map<Integer, Set<Integer>> SHIFT = new java.util.HashMap<>();

    static {
        for (int nli = 0; nli <= NationalLanguage.values().length; nli++) {
            for (boolean locking : new boolean[] {true, false}) {
                SpecTables.Table table = SpecTables.table(nli, locking);
                if (table != null) {
                    Set<Integer> chars = new java.util.HashSet<>();
                    table.rows().forEach(row -> chars.add(row.codePoint()));
                    (locking ? LOCKING : SHIFT).put(nli, chars);
                }
            }
        }
    }

    record Case(String text, Set<NationalLanguage> languages) {}

    private static Gen<Case> cases() {
        Gen<String> texts = SourceDSL.lists()
                .of(SourceDSL.integers().between(0, POOL.length() - 1))
                .ofSizeBetween(1, 200)
                .map(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(i -> text.append(POOL.charAt(i)));
                    return text.toString();
                });
        Gen<Set<NationalLanguage>> languages = SourceDSL.integers()
                .between(1, 7)
                .map(bits -> {
                    Set<NationalLanguage> set = EnumSet.noneOf(NationalLanguage.class);
                    for (int i = 0; i < CHOICES.length; i++) {
                        if ((bits & (1 << i)) != 0) {
                            set.add(CHOICES[i]);
                        }
                    }
                    return set;
                });
        return texts.zip(languages, Case::new);
    }

    @Test
    void theChosenTablesHoldEveryReplacedCharacterNeverAndUcs2OnlyWhenNoPairCouldCarryTheText() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(cases()).checkAssert(c -> {
            SmsOptions options = SMART.withLanguages(c.languages());
            Analysis a = Sms.analyze(c.text(), options);
            if (a.encoding() == Encoding.GSM7) {
                Set<Integer> locking = LOCKING.get(nli(a.lockingShift().orElse(null)));
                Set<Integer> shift = SHIFT.get(nli(a.singleShift().orElse(null)));
                for (Replacement r : a.replacements()) {
                    int original = r.original().codePointAt(0);
                    assertThat(locking.contains(original) || shift.contains(original))
                            .as("%s replaced although the chosen tables hold it", r)
                            .isFalse();
                }
            } else {
                assertThat(anyPairCarries(c.text(), c.languages()))
                        .as("UCS-2 although a pair carries the text once what it lacks is replaced")
                        .isFalse();
            }
            List<Segment> segments = Sms.split(c.text(), options);
            assertThat(a.parts()).isEqualTo(segments.size());
            assertThat(Sms.countParts(c.text(), options)).isEqualTo(a.parts());
            assertThat(Sms.encode(c.text(), options, 1)).hasSize(a.parts());
        });
    }

    @Test
    void aCharacterOnlyANationalTableHoldsIsReplacedWhenThatTableCannotCarryTheRest() {
        // the grave accent is only in Portuguese's locking table, which lacks è; the default tables hold è
        String text = "\u00E8 `" + "x".repeat(150) + "\u2019";
        SmsOptions pt = SMART.withLanguages(NationalLanguage.PORTUGUESE);
        Analysis a = Sms.analyze(text, pt);
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.parts()).isEqualTo(1);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.replacements()).extracting(Replacement::index).containsExactly(2, 153);
        assertThat(a.partsWithoutSmartEncoding()).isEqualTo(3);
        assertThat(Sms.split(text, pt).get(0).text()).isEqualTo("\u00E8 '" + "x".repeat(150) + "'");
        assertThat(Sms.analyze(text, pt.withEncoding(EncodingChoice.GSM7)).parts())
                .isEqualTo(1);
    }

    /** Whether some enabled pair holds the text once each character it lacks is replaced by its look-alike. */
    private static boolean anyPairCarries(String text, Set<NationalLanguage> languages) {
        for (int l : tables(languages, true)) {
            for (int s : tables(languages, false)) {
                if (carries(text, LOCKING.get(l), SHIFT.get(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean carries(String text, Set<Integer> locking, Set<Integer> shift) {
        StringBuilder replaced = new StringBuilder();
        for (char c : text.toCharArray()) {
            String with = locking.contains((int) c) || shift.contains((int) c) ? null : SmartEncoding.lookAlike(c);
            replaced.append(with == null ? String.valueOf(c) : with);
        }
        return !replaced.isEmpty() && replaced.chars().allMatch(c -> locking.contains(c) || shift.contains(c));
    }

    /** The identifiers of the enabled tables of a kind, the default one (0) included. */
    private static int[] tables(Set<NationalLanguage> languages, boolean locking) {
        return java.util.stream.IntStream.concat(
                        java.util.stream.IntStream.of(0), languages.stream().mapToInt(NationalLanguage::identifier))
                .filter(nli -> (locking ? LOCKING : SHIFT).containsKey(nli))
                .toArray();
    }

    private static int nli(NationalLanguage language) {
        return language == null ? 0 : language.identifier();
    }
}
