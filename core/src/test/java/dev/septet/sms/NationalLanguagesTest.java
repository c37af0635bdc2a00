/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every national language of 3GPP TS 23.038 Annex A: selection of the cheapest table pair and round trips.
 * Characters are chosen from the tables at run time, so each test holds for every language.
 */
class NationalLanguagesTest {
    private static char firstWhere(java.util.function.IntPredicate wanted) {
        for (int c = 0x20; c < 0xFFFF; c++) {
            if (wanted.test(c)) {
                return (char) c;
            }
        }
        throw new AssertionError("no such character");
    }

    private static boolean in(char[] table, int c) {
        if (table == null) {
            return false;
        }
        for (char t : table) {
            if (t == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDefault(int c) {
        return in(Gsm7Tables.LOCKING[0], c) || in(Gsm7Tables.SINGLE_SHIFT[0], c);
    }

    @ParameterizedTest
    @EnumSource(NationalLanguage.class)
    void aCharacterOnlyANationalTableHoldsPicksTheCheapestPair(NationalLanguage language) {
        int id = language.identifier();
        char national = firstWhere(c -> in(Gsm7Tables.SINGLE_SHIFT[id], c) && !inDefault(c));
        Analysis a = Sms.analyze("ab" + national, SmsOptions.defaults().withLanguages(language));
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        if (in(Gsm7Tables.LOCKING[id], national) && in(Gsm7Tables.LOCKING[id], 'a')) {
            // the locking table holds it too (Turkish, Portuguese): one septet beats an escape
            assertThat(a.lockingShift()).contains(language);
            assertThat(a.units()).isEqualTo(3);
        } else {
            assertThat(a.singleShift()).contains(language);
            assertThat(a.lockingShift()).isEmpty();
            assertThat(a.units()).isEqualTo(4);
        }
    }

    /**
     * Mixed text: a character the national single shift table adds, plus a default-alphabet character the national
     * locking table lacks, so only default locking + national single shift can encode it (the Portuguese
     * "Ação è ótima" case, for every language with a locking table).
     */
    @ParameterizedTest
    @EnumSource(value = NationalLanguage.class, names = "SPANISH", mode = EnumSource.Mode.EXCLUDE)
    void mixedTextNeedsDefaultLockingWithNationalSingleShift(NationalLanguage language) {
        int id = language.identifier();
        char national = firstWhere(c -> in(Gsm7Tables.SINGLE_SHIFT[id], c) && !inDefault(c));
        char defaultOnly = firstWhere(c ->
                in(Gsm7Tables.LOCKING[0], c) && !in(Gsm7Tables.LOCKING[id], c) && !in(Gsm7Tables.SINGLE_SHIFT[0], c));
        String text = "x" + national + defaultOnly;
        if (!in(Gsm7Tables.LOCKING[id], 'x')) {
            text = "" + national + defaultOnly;
        }
        SmsOptions options = SmsOptions.defaults().withLanguages(language);
        Analysis a = Sms.analyze(text, options);
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(language);
        assertRoundTrips(text, options);
    }

    @ParameterizedTest
    @EnumSource(value = NationalLanguage.class, names = "SPANISH", mode = EnumSource.Mode.EXCLUDE)
    void textInTheLockingTableUsesIt(NationalLanguage language) {
        int id = language.identifier();
        char lockingOnly = firstWhere(c -> in(Gsm7Tables.LOCKING[id], c) && !inDefault(c));
        SmsOptions options = SmsOptions.defaults().withLanguages(language);
        String text = String.valueOf(lockingOnly).repeat(5);
        Analysis a = Sms.analyze(text, options);
        assertThat(a.lockingShift()).contains(language);
        assertThat(a.units()).isEqualTo(5);
        assertThat(a.unitsPerPart()).isEqualTo(155);
        assertRoundTrips(text, options);
        EncodedPart part = Sms.encode(text, options, 0).get(0);
        assertThat(part.udh()).containsExactly(3, 0x25, 1, id);
    }

    @ParameterizedTest
    @EnumSource(NationalLanguage.class)
    void everyCharacterOfEveryTableRoundTrips(NationalLanguage language) {
        int id = language.identifier();
        StringBuilder all = new StringBuilder();
        for (char[] table : new char[][] {Gsm7Tables.LOCKING[id], Gsm7Tables.SINGLE_SHIFT[id]}) {
            if (table != null) {
                for (char c : table) {
                    if (c != Gsm7Tables.UNDEFINED) {
                        all.append(c);
                    }
                }
            }
        }
        SmsOptions options = SmsOptions.defaults().withLanguages(language).withEncoding(EncodingChoice.GSM7);
        assertRoundTrips(all.toString(), options);
        assertRoundTrips(all.toString(), options.withSeptetFormat(SeptetFormat.UNPACKED));
    }

    private static void assertRoundTrips(String text, SmsOptions options) {
        StringBuilder decoded = new StringBuilder();
        for (EncodedPart part : Sms.encode(text, options, 5)) {
            DecodedMessage m = Sms.decode(
                    UserData.of(part),
                    DecodeOptions.defaults()
                            .withSeptetFormat(options.septetFormat())
                            .withStrict(true));
            decoded.append(m.text());
        }
        assertThat(decoded.toString()).isEqualTo(text);
    }

    @Test
    void allLanguagesEnabledStillPicksTheDefaultAlphabetForPlainText() {
        Analysis a =
                Sms.analyze("Hello world", SmsOptions.defaults().withLanguages(EnumSet.allOf(NationalLanguage.class)));
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).isEmpty();
        assertThat(a.udhOctets()).isZero();
    }

    @Test
    void pairsMayMixLanguages() {
        // Turkish locking (g with breve) + Portuguese single shift (a with tilde, not in Turkish tables)
        SmsOptions both = SmsOptions.defaults().withLanguages(NationalLanguage.TURKISH, NationalLanguage.PORTUGUESE);
        Analysis a = Sms.analyze("\u011F\u011F\u011F\u00E3", both);
        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(List.of(a.lockingShift(), a.singleShift())).doesNotContain(java.util.Optional.empty());
        assertRoundTrips("\u011F\u011F\u011F\u00E3", both);
    }

    @Test
    void codesAndIdentifiers() {
        assertThat(NationalLanguage.ofCode(" PT ")).isEqualTo(NationalLanguage.PORTUGUESE);
        assertThat(NationalLanguage.ofIdentifier(13)).contains(NationalLanguage.URDU);
        assertThat(NationalLanguage.ofIdentifier(0)).isEmpty();
        assertThat(NationalLanguage.ofIdentifier(14)).isEmpty();
        assertThat(NationalLanguage.SPANISH.hasLockingShiftTable()).isFalse();
        assertThatThrownBy(() -> NationalLanguage.ofCode("xx"))
                .isInstanceOf(SmsException.class)
                .hasMessageContaining("xx");
        assertThat(NationalLanguage.ofCode("Kn")).isEqualTo(NationalLanguage.KANNADA);
        assertThatThrownBy(() -> NationalLanguage.ofCode("\u212An"))
                .as("the Kelvin sign only looks like K")
                .isInstanceOf(SmsException.class);
    }

    @Test
    void forcedNationalWithoutLanguagesIsAnOptionError() {
        assertThatThrownBy(() -> Sms.analyze("a", SmsOptions.defaults().withEncoding(EncodingChoice.GSM7_NATIONAL)))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).field())
                .isEqualTo("languages");
    }

    // ---- ranking: fewest parts, most units free in the last part, fewest elements, default then declaration order

    private static final SmsOptions ALL = SmsOptions.defaults().withLanguages(EnumSet.allOf(NationalLanguage.class));

    /**
     * Fewest parts beats more room: 150 c-cedillas fit one part with Portuguese locking (5 free); escaped through
     * the Portuguese single shift table they would leave 145 free, but in 3 parts.
     */
    @Test
    void fewestPartsDecidesBeforeRoomInTheLastPart() {
        Analysis a =
                Sms.analyze("\u00E7".repeat(150), SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE));
        assertThat(a.lockingShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.singleShift()).isEmpty();
        assertThat(a.parts()).isEqualTo(1);
        assertThat(a.remaining()).isEqualTo(5);
    }

    /**
     * Room beats fewer elements: Portuguese locking with the Bengali single shift table (two elements) costs 8
     * septets and leaves 144 free; default locking with the Portuguese single shift table (one element) escapes
     * five characters, costs 13 and leaves 142.
     */
    @Test
    void roomInTheLastPartDecidesBeforeFewerElements() {
        Analysis a = Sms.analyze("\u20AC\u00BF\u00EA\u00EA\u00FA\u20AC\u00E7", ALL);
        assertThat(a.lockingShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.singleShift()).contains(NationalLanguage.BENGALI);
        assertThat(a.units()).isEqualTo(8);
        assertThat(a.remaining()).isEqualTo(144);
    }

    /**
     * At equal room, fewer elements win even against fewer septets: default locking with the Spanish single shift
     * table costs 10 septets and leaves 145 free, as does Portuguese locking with the Bengali single shift table at
     * 7 septets and two elements.
     */
    @Test
    void fewerElementsDecideAtEqualRoom() {
        Analysis a = Sms.analyze("\u00ED\u00F3a\u00FA\u00A1\u20AC", ALL);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(NationalLanguage.SPANISH);
        assertThat(a.units()).isEqualTo(10);
        assertThat(a.remaining()).isEqualTo(145);
    }

    /**
     * A forced national pair for '{': the Turkish single shift table or the Turkish locking table (with the default
     * extension table) both cost 2 septets and one element; the default locking table comes first.
     */
    @Test
    void defaultTablesComeFirstAtAFullTie() {
        Analysis a = Sms.analyze(
                "{",
                SmsOptions.defaults()
                        .withLanguages(NationalLanguage.TURKISH)
                        .withEncoding(EncodingChoice.GSM7_NATIONAL));
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(NationalLanguage.TURKISH);
        assertThat(a.remaining()).isEqualTo(153);
    }

    /** Turkish and Portuguese locking tables both hold c-cedilla at the same cost: Turkish is declared first. */
    @Test
    void declarationOrderDecidesAFullTie() {
        Analysis a = Sms.analyze("\u00E7".repeat(150), ALL);
        assertThat(a.lockingShift()).contains(NationalLanguage.TURKISH);
        assertThat(a.remaining()).isEqualTo(5);
        Analysis reversed = Sms.analyze(
                "\u00E7".repeat(150),
                SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE, NationalLanguage.TURKISH));
        assertThat(reversed.lockingShift()).contains(NationalLanguage.TURKISH);
    }

    /** The euro sign is one septet in the Turkish locking table, but its element leaves 147 free against 151. */
    @Test
    void roomInTheLastPartDecidesBeforeFewerSeptets() {
        Analysis a = Sms.analyze("Price 5\u20AC", ALL);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).isEmpty();
        assertThat(a.units()).isEqualTo(9);
        assertThat(a.remaining()).isEqualTo(151);
        assertThat(a.udhOctets()).isZero();
    }

    /** A Spanish text needs only the Spanish single shift table, not Portuguese locking plus Bengali. */
    @Test
    void spanishTextUsesTheSpanishSingleShiftTable() {
        String text = "Tu c\u00F3digo de verificaci\u00F3n es 4821. \u00A1Gracias por usar nuestro servicio! "
                + "V\u00E1lido 5 minutos.";
        Analysis a = Sms.analyze(text, ALL);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(NationalLanguage.SPANISH);
        assertThat(a.parts()).isEqualTo(1);
        assertThat(a.remaining()).isEqualTo(155 - a.units());
    }

    @Test
    void languagesIterateInDeclarationOrderWhateverTheCallersOrder() {
        SmsOptions options = SmsOptions.defaults()
                .withLanguages(NationalLanguage.URDU, NationalLanguage.TURKISH, NationalLanguage.HINDI);
        assertThat(options.languages())
                .containsExactly(NationalLanguage.TURKISH, NationalLanguage.HINDI, NationalLanguage.URDU);
        assertThat(options.toString()).contains("[TURKISH, HINDI, URDU]");
        assertThat(options)
                .isEqualTo(SmsOptions.defaults()
                        .withLanguages(java.util.Set.of(
                                NationalLanguage.HINDI, NationalLanguage.URDU, NationalLanguage.TURKISH)));
        assertThatThrownBy(() -> options.languages().add(NationalLanguage.SPANISH))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
