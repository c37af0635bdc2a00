/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The counting fast paths ({@link PartCounter}: Latin-1 bulk counting, the national bound, national pricing without
 * a plan) give exactly the part count, or the same error, as the full {@link Planner}, on generated texts and
 * options: boundary lengths, escapes placed at part boundaries, texts longer than one bulk chunk, every language.
 */
class CountPartsPropertyTest {
    private static final long SEED = 0xC0A7L;
    private static final int EXAMPLES = 3000;

    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,!?@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\r"
                + "\u00D8\u00F8\u00C5\u00E5_\u00C6\u00E6\u00DF\u00C9\"#\u00A4%&'()*+-/:;<=>\u00A1\u00C4\u00D6\u00D1"
                + "\u00DC\u00A7\u00BF\u00E4\u00F6\u00F1\u00FC\u00E0", // default alphabet, Latin-1 part
        "\u0394\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E", // default alphabet, Greek
        "^{}\\[~]|\f", // default extension table, Latin-1
        "\u20AC", // the euro sign: extension table, and some national locking tables
        "\u00E7\u00EA\u00F4\u00C1\u00E1\u00C2\u00E2\u00C3\u00E3\u00D5\u00F5\u00CD\u00ED\u00D3\u00F3\u00DA\u00FA"
                + "\u00CA\u00D4\u00AA\u00BA\u221E`", // Portuguese
        "\u011E\u011F\u0130\u0131\u015E\u015F", // Turkish
        "\u0915\u0916\u0917\u0905\u0906\u0907\u0964\u0965\u093E\u094D", // Hindi, with a vowel sign and virama
        "\u0995\u09BE\u09CD\u0A95\u0B95\u0C15\u0C95\u0D15\u0B15\u0A15\u0628\u06CC", // other Indic scripts, Urdu
        "\u0436\u0416\u4E2D\u0142\u0141\u0301\u001B\u00A0\u2019\u0100\u0160", // BMP, in no table (some truncate to
        // ASCII)
        "\uD83D\uDE00\uD83C\uDF89", // astral
        "\uDFFF\uD800", // lone surrogates
        "\u0080\u00FF\u007F\u0000\u0060", // Latin-1 in no table
    };
    private static final int[] LENGTHS = {
        1, 23, 24, 25, 70, 71, 148, 149, 150, 152, 153, 154, 155, 156, 159, 160, 161, 162, 296, 297, 298, 305, 306, 307,
        308, 459, 460, 2047, 2048, 2049, 2200, 4097
    };
    private static final NationalLanguage[] LANGUAGES = NationalLanguage.values();
    private static final EncodingChoice[] CHOICES = EncodingChoice.values();

    /** One generated input. */
    record Case(CharSequence text, SmsOptions options) {
        @Override
        public String toString() {
            return options + " " + text.getClass().getSimpleName() + " " + escape(text.toString());
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }

    private static final Gen<Case> CASES = CountPartsPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        StringBuilder alphabet = new StringBuilder(POOLS[0]);
        for (int p = 1; p < POOLS.length; p++) {
            if (in.next(Constraint.between(0, 3)) == 0) {
                alphabet.append(POOLS[p]);
            }
        }
        int[] codePoints = alphabet.codePoints().toArray();
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(1, 480))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[(int) in.next(Constraint.between(0, codePoints.length - 1))]);
        }
        if (in.next(Constraint.between(0, 3)) == 0) { // an escape or a rare character where a part may end
            int at = Math.min(text.length(), LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))]);
            String rare = POOLS[(int) in.next(Constraint.between(2, POOLS.length - 1))];
            text.insert(at, rare.charAt((int) in.next(Constraint.between(0, rare.length() - 1))));
        }
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        long how = in.next(Constraint.between(0, 3));
        if (how == 1) {
            languages.addAll(EnumSet.allOf(NationalLanguage.class));
        } else if (how >= 2) {
            for (NationalLanguage language : LANGUAGES) {
                if (in.next(Constraint.between(0, 3)) == 0) {
                    languages.add(language);
                }
            }
        }
        EncodingChoice choice = in.next(Constraint.between(0, 1)) == 0
                ? EncodingChoice.AUTO
                : CHOICES[(int) in.next(Constraint.between(0, CHOICES.length - 1))];
        if (choice == EncodingChoice.GSM7_NATIONAL && languages.isEmpty()) {
            languages.add(NationalLanguage.PORTUGUESE);
        }
        SmsOptions options = SmsOptions.defaults()
                .withEncoding(choice)
                .withLanguages(languages)
                .withReference16(in.next(Constraint.between(0, 1)) == 0)
                .withMaxParts(in.next(Constraint.between(0, 3)) == 0 ? (int) in.next(Constraint.between(1, 4)) : 255)
                .withSmartEncoding(in.next(Constraint.between(0, 5)) == 0)
                .withNormalizeNfc(in.next(Constraint.between(0, 5)) == 0)
                .withReplaceLoneSurrogates(in.next(Constraint.between(0, 3)) == 0);
        if (in.next(Constraint.between(0, 5)) == 0) {
            options = options.withReplacement('?');
        }
        String string = text.toString();
        return new Case(in.next(Constraint.between(0, 4)) == 0 ? new StringBuilder(string) : string, options);
    }

    /** The count, or the error's code, index and parts needed, so a wrong error fails as much as a wrong count. */
    private static String outcome(IntSupplier count) {
        try {
            return "parts " + count.getAsInt();
        } catch (SmsException e) {
            return e.error() + " at " + e.index() + " needing " + e.partsNeeded();
        }
    }

    @Test
    void countIsThePlannersCount() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(CASES)
                .checkAssert(c -> assertThat(outcome(() -> PartCounter.countParts(c.text(), c.options())))
                        .isEqualTo(outcome(
                                () -> Planner.plan(c.text(), c.options()).orThrow().parts)));
    }

    /** The analysis's non-GSM list and what-if count, or the error, as the slow reference computes them. */
    private static String analysisOutcome(Case c) {
        try {
            Analysis a = Sms.analyze(c.text(), c.options());
            return a.nonGsm() + " without them " + a.partsWithoutNonGsm();
        } catch (SmsException e) {
            return e.error() + " at " + e.index();
        }
    }

    /** Plans the text, removes every character outside the covering pair, and plans the rest again. */
    private static String referenceOutcome(Case c) {
        Plan plan = Planner.plan(c.text(), c.options());
        if (!plan.ok()) {
            return plan.failure.error + " at " + plan.failure.index;
        }
        java.util.List<CharacterAt> offenders = plan.nonGsm != null
                ? plan.nonGsm
                : Planner.offenders(plan.text, c.options().languageMask(), false, Integer.MAX_VALUE).listed;
        if (offenders.isEmpty()) {
            return offenders + " without them " + plan.parts;
        }
        StringBuilder rest = new StringBuilder(plan.text);
        for (int k = offenders.size() - 1; k >= 0; k--) {
            CharacterAt o = offenders.get(k);
            rest.delete(o.index(), o.index() + Character.charCount(o.codePoint()));
        }
        if (rest.length() == 0) {
            return offenders + " without them 0";
        }
        Plan without = Planner.plan(rest, c.options().withSmartEncoding(false).withNormalizeNfc(false));
        int parts = without.ok()
                ? without.parts
                : without.failure.error == SmsError.TOO_MANY_PARTS ? without.failure.partsNeeded : plan.parts;
        return offenders + " without them " + parts;
    }

    @Test
    void analysisReportsWhatRemovingTheOffendersWouldCost() {
        qt().withFixedSeed(SEED + 1)
                .withExamples(EXAMPLES / 2)
                .forAll(CASES)
                .checkAssert(c -> assertThat(analysisOutcome(c)).isEqualTo(referenceOutcome(c)));
    }
}
