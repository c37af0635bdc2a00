/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * {@link Sms#encode(CharSequence, SmsOptions, int)} encodes default-table text without a plan; it returns exactly
 * the parts the planned encoding returns (or fails as it does) for texts with escapes, CR, Greek capitals and the
 * euro sign anywhere, at the part and Latin-1 chunk boundaries, in both layouts, with CR padding, 16-bit
 * references, national tables enabled, smart encoding, NFC and small part limits, as a String and as a
 * StringBuilder.
 */
class EncodeWithoutPlanPropertyTest {
    private static final long SEED = 0x5E97E7L;
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?;:'\"";
    private static final String RARE = "$@_\n\r\u00E9\u00C7\u00DF\u00C5\u0394\u03A9^{}\\[~]|\u20AC\f";
    /** Characters only national tables hold: Portuguese, Spanish, Turkish, and Indian scripts that keep clusters. */
    private static final String NATIONAL =
            "\u00E1\u00E3\u00EA\u00F5\u00E7\u00D3\u015F\u011F\u0131\u0915\u093F\u094D\u0985\u09BE\u0B95";

    private static final int[] LENGTHS = {1, 7, 8, 9, 152, 153, 154, 159, 160, 161, 305, 306, 307, 2047, 2048, 2049};

    /** A text, the options and a reference. */
    record Case(String text, SmsOptions options, int reference) {
        @Override
        public String toString() {
            return options + " ref " + reference + " length " + text.length() + " "
                    + PackedWriterPropertyTest.printable(text);
        }
    }

    private static final Gen<Case> CASES = in -> generate(in, RARE);

    /** Texts of mostly national characters, with every national language or one of them enabled. */
    private static final Gen<Case> NATIONAL_CASES = in -> {
        Case c = generate(in, RARE + NATIONAL + NATIONAL);
        SmsOptions options = c.options();
        if (options.languages().isEmpty()) {
            NationalLanguage[] all = NationalLanguage.values();
            options = options.withLanguages(all[(int) in.next(Constraint.between(0, all.length - 1))]);
        }
        return new Case(c.text(), options, c.reference());
    };

    private static Case generate(RandomnessSource in, String rareCharacters) {
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(1, 700))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        int rare = (int) in.next(Constraint.between(0, 30));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean plain = in.next(Constraint.between(0, 99)) >= rare;
            String from = plain ? PLAIN : rareCharacters;
            text.append(from.charAt((int) in.next(Constraint.between(0, from.length() - 1))));
        }
        if (in.next(Constraint.between(0, 9)) == 0) {
            text.setCharAt(text.length() - 1, '\u00E3'); // only the Portuguese tables hold it
        }
        SmsOptions options = SmsOptions.defaults()
                .withCrPadding(in.next(Constraint.between(0, 1)) == 0)
                .withReference16(in.next(Constraint.between(0, 1)) == 0)
                .withSeptetFormat(in.next(Constraint.between(0, 1)) == 0 ? SeptetFormat.PACKED : SeptetFormat.UNPACKED)
                .withMaxParts((int) in.next(Constraint.between(1, 20)));
        switch ((int) in.next(Constraint.between(0, 6))) {
            case 0 -> options = options.withLanguages(Set.of(NationalLanguage.PORTUGUESE));
            case 1 -> options = options.withLanguages(EnumSet.allOf(NationalLanguage.class));
            case 2 -> options = options.withSmartEncoding(true);
            case 3 -> options = options.withNormalizeNfc(true);
            case 4 -> options = options.withEncoding(EncodingChoice.GSM7);
            default -> {}
        }
        return new Case(text.toString(), options, (int) in.next(Constraint.between(0, 0x1FFFF)));
    }

    /** The parts, or the error with its message. */
    private static Object outcome(java.util.function.Supplier<List<EncodedPart>> encoder) {
        try {
            return encoder.get();
        } catch (SmsException e) {
            return e.error() + " " + e.getMessage();
        }
    }

    private static Object planned(CharSequence text, SmsOptions options, int reference) {
        return outcome(() -> PartEncoder.encode(Planner.plan(text, options).orThrow(), options, reference));
    }

    @Test
    void encodingWithoutAPlanGivesThePlannedParts() {
        qt().withFixedSeed(SEED)
                .withExamples(1200)
                .forAll(CASES)
                .checkAssert(c -> assertThat(outcome(() -> Sms.encode(c.text(), c.options(), c.reference())))
                        .isEqualTo(planned(c.text(), c.options(), c.reference())));
    }

    @Test
    void longPlainTextsGiveThePlannedPartsAcrossCopyChunks() {
        // parts of plain text that straddle the per-thread copy's chunks, with at most two other characters
        Gen<Case> cases = in -> {
            int length = (int) in.next(Constraint.between(2 * Latin1Buffer.CHUNK - 400, 4 * Latin1Buffer.CHUNK + 400));
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(PLAIN.charAt((int) in.next(Constraint.between(0, PLAIN.length() - 1))));
            }
            for (int k = (int) in.next(Constraint.between(0, 2)); k > 0; k--) {
                int at = (int) in.next(Constraint.between(0, length - 1));
                text.setCharAt(at, RARE.charAt((int) in.next(Constraint.between(0, RARE.length() - 1))));
            }
            SmsOptions options = SmsOptions.defaults()
                    .withCrPadding(in.next(Constraint.between(0, 1)) == 0)
                    .withReference16(in.next(Constraint.between(0, 1)) == 0)
                    .withMaxParts(SmsOptions.MAX_PARTS_LIMIT);
            return new Case(text.toString(), options, (int) in.next(Constraint.between(0, 0xFFFF)));
        };
        qt().withFixedSeed(SEED + 5)
                .withExamples(150)
                .forAll(cases)
                .checkAssert(c -> assertThat(outcome(() -> Sms.encode(c.text(), c.options(), c.reference())))
                        .isEqualTo(planned(c.text(), c.options(), c.reference())));
    }

    @Test
    void nationalTextsGiveThePlannedParts() {
        qt().withFixedSeed(SEED + 2).withExamples(1200).forAll(NATIONAL_CASES).checkAssert(c -> {
            assertThat(outcome(() -> Sms.encode(c.text(), c.options(), c.reference())))
                    .isEqualTo(planned(c.text(), c.options(), c.reference()));
            assertThat(outcome(() -> Sms.encode(new StringBuilder(c.text()), c.options(), c.reference())))
                    .isEqualTo(planned(c.text(), c.options(), c.reference()));
        });
    }

    @Test
    void nationalTablesAskTheReferenceSourceOnlyForSeveralParts() {
        int[] asked = {0};
        ReferenceSource source = () -> ++asked[0] + 0x200;
        SmsOptions portuguese = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        List<EncodedPart> one = Sms.encode("\u00E3".repeat(150), portuguese, source);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).udh()).containsExactly(3, 0x25, 1, 3); // the locking shift table's element
        assertThat(asked[0]).isZero();
        List<EncodedPart> parts = Sms.encode("\u00E3".repeat(300), portuguese, source);
        assertThat(asked[0]).isEqualTo(1);
        assertThat(parts).hasSize(3).extracting(EncodedPart::reference).containsOnly(0x01);
        assertThat(parts).isEqualTo(planned("\u00E3".repeat(300), portuguese, 0x201));
        assertThat(outcome(() -> Sms.encode("\u00E3".repeat(300), portuguese.withMaxParts(2), source)))
                .isEqualTo(planned("\u00E3".repeat(300), portuguese.withMaxParts(2), 0));
        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void aStringBuilderGivesThePlannedParts() {
        qt().withFixedSeed(SEED + 1)
                .withExamples(400)
                .forAll(CASES)
                .checkAssert(c -> assertThat(
                                outcome(() -> Sms.encode(new StringBuilder(c.text()), c.options(), c.reference())))
                        .isEqualTo(planned(c.text(), c.options(), c.reference())));
    }

    @ParameterizedTest
    @ValueSource(ints = {151, 152, 153})
    void anEscapeThatWouldStraddleAPartMovesWholeToTheNext(int before) {
        String text = "a".repeat(before) + "\u20AC" + "b".repeat(200);
        List<EncodedPart> parts = Sms.encode(text, SmsOptions.defaults(), 7);
        assertThat(parts).isEqualTo(planned(text, SmsOptions.defaults(), 7));
        int firstUnits = before + 2 <= 153 ? before + 2 : before;
        assertThat(parts.get(0).units()).isEqualTo(firstUnits);
        assertThat(parts.get(0).text()).endsWith(before + 2 <= 153 ? "\u20AC" : "a");
        assertThat(String.join("", parts.stream().map(EncodedPart::text).toList()))
                .isEqualTo(text);
    }

    /** Texts at the limits of the one-pass single part: its length range, 160 septets, CR padding, escapes. */
    static List<String> singlePassLimits() {
        List<String> texts = new java.util.ArrayList<>();
        for (int n : new int[] {23, 24, 25, 31, 32, 33, 152, 159, 160}) {
            texts.add("a".repeat(n));
            texts.add("a".repeat(n - 1) + "\r");
            texts.add("\u20AC" + "a".repeat(n - 1));
            texts.add("a".repeat(n - 1) + "{");
            texts.add("a".repeat(n - 1) + "\u00E3"); // Portuguese only
            texts.add("a".repeat(n - 1) + "\u0416"); // no GSM table
        }
        texts.add("{".repeat(80)); // 160 septets
        texts.add("{".repeat(80) + "a"); // 161 septets in 81 characters: two parts
        texts.add("a".repeat(150) + "[]".repeat(5)); // 160 characters, 170 septets
        texts.add("a".repeat(159) + "\r"); // 160 septets ending in CR: no room for a second CR
        texts.add("a".repeat(151) + "\r"); // 152 septets ending in CR on an octet boundary
        texts.add("a".repeat(30) + "\r"); // 31 septets: 7 spare bits
        return texts;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("singlePassLimits")
    void theSinglePassGivesThePlannedPart(String text) {
        for (SmsOptions options : List.of(
                SmsOptions.defaults(),
                SmsOptions.defaults().withCrPadding(true),
                SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE),
                SmsOptions.defaults().withSeptetFormat(SeptetFormat.UNPACKED))) {
            assertThat(outcome(() -> Sms.encode(text, options, 9)))
                    .as("%s", options)
                    .isEqualTo(planned(text, options, 9));
        }
    }

    @Test
    void theReferenceSourceIsAskedOnlyForSeveralParts() {
        int[] asked = {0};
        ReferenceSource source = () -> ++asked[0] + 0x100;
        assertThat(Sms.encode("a".repeat(160), SmsOptions.defaults(), source)).hasSize(1);
        assertThat(asked[0]).isZero();
        List<EncodedPart> parts = Sms.encode("a".repeat(161), SmsOptions.defaults(), source);
        assertThat(asked[0]).isEqualTo(1);
        assertThat(parts).extracting(EncodedPart::reference).containsOnly(0x01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "\u00E9", "\r", "\u20AC", "\u00E3", "\u0416"})
    void aLastPartThatIsNotOneSeptetPerCharacterStillDrawsOneReference(String last) {
        // plain text over three parts, then in a fourth one character that is not its own septet, two septets,
        // or not GSM
        String text = "Plain words, digits 0123456789 and stops. ".repeat(11) + last;
        for (SmsOptions options : List.of(
                SmsOptions.defaults(),
                SmsOptions.defaults().withReference16(true).withCrPadding(true),
                SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE))) {
            int[] asked = {0};
            ReferenceSource source = () -> ++asked[0] + 0x40;
            assertThat(outcome(() -> Sms.encode(text, options, source)))
                    .as("%s", options)
                    .isEqualTo(planned(text, options, 0x41));
            assertThat(asked[0]).as("%s", options).isEqualTo(1);
        }
    }

    @Test
    void manyPartsFormAnUnmodifiableList() {
        List<EncodedPart> parts = Sms.encode("x".repeat(153 * 4), SmsOptions.defaults(), 3);
        assertThat(parts).hasSize(4).isEqualTo(List.copyOf(parts));
        assertThat(parts.hashCode()).isEqualTo(List.copyOf(parts).hashCode());
        assertThatThrownBy(() -> parts.add(parts.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parts.set(0, parts.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parts.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
