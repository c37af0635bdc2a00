/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link Sms#analyze(CharSequence, SmsOptions)} analyses text without a plan when only the default tables are
 * enabled; it returns exactly the record the planned analysis returns (or fails as it does) for GSM text, UCS-2
 * text with offenders anywhere, surrogate pairs, lone surrogates, combining marks, at the part boundaries, with
 * 16-bit references, small part limits and the options that need a plan.
 */
class AnalyzeWithoutPlanPropertyTest {
    private static final long SEED = 0xA7A1F5EL;
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?;:'\"";
    /** Escaped and unusual GSM characters, characters no GSM table holds, and a combining mark. */
    private static final String RARE =
            "{}[]~\u20AC\n\r\u00E9\u00C7\u0394\u00E1\u0418\u0432\u0430\u2014\u00E3\u015F\u0301\u4E2D\u0915";

    private static final String[] ASTRAL = {"\uD83D\uDE00", "\uD83D\uDC4D", "\uD83C\uDDEC\uD83C\uDDE7"};
    private static final int[] LENGTHS = {1, 2, 23, 24, 25, 66, 67, 68, 69, 70, 71, 72, 134, 135, 160, 161, 2049};

    /** A text and the options. */
    record Case(String text, SmsOptions options) {
        @Override
        public String toString() {
            return options + " length " + text.length() + " " + PackedWriterPropertyTest.printable(text);
        }
    }

    private static final Gen<Case> CASES = AnalyzeWithoutPlanPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(1, 400))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        int rare = (int) in.next(Constraint.between(0, 100));
        int astral = (int) in.next(Constraint.between(0, 10));
        boolean lone = in.next(Constraint.between(0, 19)) == 0;
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int roll = (int) in.next(Constraint.between(0, 99));
            if (roll < astral) {
                text.append(ASTRAL[(int) in.next(Constraint.between(0, ASTRAL.length - 1))]);
            } else if (lone && roll == 99) {
                text.append(in.next(Constraint.between(0, 1)) == 0 ? '\uD83D' : '\uDE00');
            } else {
                String from = roll < astral + rare ? RARE : PLAIN;
                text.append(from.charAt((int) in.next(Constraint.between(0, from.length() - 1))));
            }
        }
        SmsOptions options = SmsOptions.defaults()
                .withReference16(in.next(Constraint.between(0, 1)) == 0)
                .withReplaceLoneSurrogates(in.next(Constraint.between(0, 1)) == 0)
                .withMaxParts((int) in.next(Constraint.between(1, 12)));
        switch ((int) in.next(Constraint.between(0, 9))) {
            case 0 -> options = options.withLanguages(NationalLanguage.PORTUGUESE);
            case 1 -> options = options.withSmartEncoding(true);
            case 2 -> options = options.withNormalizeNfc(true);
            case 3 -> options = options.withEncoding(EncodingChoice.UCS2);
            case 4 -> options = options.withEncoding(EncodingChoice.GSM7).withReplacement('?');
            default -> {}
        }
        return new Case(text.toString(), options);
    }

    /** The analysis, or the error with its message. */
    private static Object outcome(Supplier<Analysis> analysis) {
        try {
            return analysis.get();
        } catch (SmsException e) {
            return e.error() + " " + e.getMessage();
        }
    }

    private static Object planned(CharSequence text, SmsOptions options) {
        return outcome(() -> Planner.analysis(Planner.plan(text, options).orThrow(), options));
    }

    @Test
    void analysisWithoutAPlanIsThePlannedOne() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(CASES).checkAssert(c -> {
            assertThat(outcome(() -> Sms.analyze(c.text(), c.options()))).isEqualTo(planned(c.text(), c.options()));
            assertThat(outcome(() -> Sms.analyze(new StringBuilder(c.text()), c.options())))
                    .isEqualTo(planned(c.text(), c.options()));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {69, 70, 71, 134, 135, 136})
    void ucs2AtThePartBoundariesIsThePlannedAnalysis(int length) {
        for (String text : List.of(
                "\u0416".repeat(length),
                "a".repeat(length - 1) + "\u0416",
                "\u0416" + "a".repeat(length - 1),
                "\uD83D\uDE00" + "a".repeat(length - 2),
                "a".repeat(length - 2) + "\uD83D\uDE00",
                "{".repeat(length - 1) + "\u0416")) {
            for (SmsOptions options :
                    List.of(SmsOptions.defaults(), SmsOptions.defaults().withReference16(true))) {
                Analysis analysis = Sms.analyze(text, options);
                assertThat(analysis).as("%s %s", length, text).isEqualTo(planned(text, options));
                assertThat(analysis.encoding()).isEqualTo(Encoding.UCS2);
            }
        }
    }

    @Test
    void offendersAreListedWithTheirIndexAndCodePoint() {
        Analysis analysis = Sms.analyze("Ol\u00E1 \u0418! \uD83D\uDE00 {x}");
        assertThat(analysis.nonGsm())
                .containsExactly(new CharacterAt(2, 0xE1), new CharacterAt(4, 0x418), new CharacterAt(7, 0x1F600));
        assertThat(analysis.characters()).isEqualTo(12);
        assertThat(analysis.units()).isEqualTo(13);
        assertThat(analysis.partsWithoutNonGsm()).isEqualTo(1);
        assertThat(Sms.analyze("\u0418\u0432").partsWithoutNonGsm()).isZero();
        assertThat(analysis.nonGsm()).isEqualTo(List.copyOf(analysis.nonGsm())).isInstanceOf(CharactersAt.class);
        // the record keeps core's own list as it is (it is already unmodifiable) and copies any other
        for (List<CharacterAt> nonGsm : List.of(analysis.nonGsm(), List.copyOf(analysis.nonGsm()))) {
            Analysis copy = new Analysis(
                    analysis.encoding(),
                    analysis.lockingShift(),
                    analysis.singleShift(),
                    analysis.characters(),
                    analysis.units(),
                    analysis.parts(),
                    analysis.unitsPerPart(),
                    analysis.remaining(),
                    analysis.udhOctets(),
                    nonGsm,
                    analysis.replacements(),
                    analysis.partsWithoutSmartEncoding(),
                    analysis.partsWithoutNonGsm());
            assertThat(copy).isEqualTo(analysis).hasSameHashCodeAs(analysis);
            assertThat(copy.nonGsm()).isSameAs(nonGsm);
        }
    }

    @Test
    void ucs2TextWhoseGsmCharactersNeedSeveralPartsIsThePlannedAnalysis() {
        String text = "\u0416" + "a".repeat(200);
        Analysis analysis = Sms.analyze(text);
        assertThat(analysis).isEqualTo(planned(text, SmsOptions.defaults()));
        assertThat(analysis.partsWithoutNonGsm()).isEqualTo(2);
    }
}
