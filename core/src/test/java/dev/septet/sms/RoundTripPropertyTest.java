/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of encode, decode and reassembly over generated texts mixing default alphabet, extension, Portuguese,
 * Turkish, Hindi, other BMP and astral characters, under generated options.
 */
class RoundTripPropertyTest {
    private static final long SEED = 0x5E97E7L;

    /** Characters weighted so most texts stay GSM-encodable with some table pair. */
    static final List<String> POOL = List.of(
            "a",
            "b",
            "z",
            "A",
            "Q",
            "0",
            "9",
            " ",
            " ",
            " ",
            ".",
            ",",
            "@",
            "\u00A3",
            "$",
            "\u00E8",
            "\u00E9",
            "\u00C7",
            "\n",
            "\r",
            "\u00D8",
            "\u00C5",
            "\u0394",
            "_",
            "\u03A6",
            "\u00C6",
            "\u00DF",
            "\u00C9",
            "!",
            "\u00A4",
            "\u00A1",
            "\u00C4",
            "\u00D1",
            "\u00A7",
            "\u00BF",
            "\u00E4",
            "\u00F6",
            "\u00E0",
            "^",
            "{",
            "}",
            "\\",
            "[",
            "~",
            "]",
            "|",
            "\u20AC",
            "\f",
            "\u00E7",
            "\u00E3",
            "\u00F5",
            "\u00E1",
            "\u00ED",
            "\u00F3",
            "\u00FA",
            "\u00E2",
            "\u00EA",
            "\u00AA",
            "\u00BA",
            "\u221E",
            "\u00C3",
            "\u011F",
            "\u0131",
            "\u015F",
            "\u0130",
            "\u0905",
            "\u0915",
            "\u0916",
            "\u0416",
            "\u4E2D",
            "\uD83D\uDE00",
            "\uD834\uDD1E",
            "\u0928\u092E\u0938\u094D\u0924\u0947",
            "\u0995\u09CD\u09B7\u09AE\u09BE", // Hindi, Bengali words
            "\uDFFF",
            "\uD800"); // lone surrogates: the options replace them

    static final List<Set<NationalLanguage>> LANGUAGE_SETS = List.of(
            Set.of(),
            Set.of(NationalLanguage.PORTUGUESE),
            Set.of(NationalLanguage.PORTUGUESE, NationalLanguage.TURKISH, NationalLanguage.HINDI),
            EnumSet.allOf(NationalLanguage.class));

    static Gen<String> texts(int maxChars) {
        return lists().of(arbitrary().pick(POOL)).ofSizeBetween(1, maxChars).map(l -> String.join("", l));
    }

    /**
     * Options under which every pool text can be sent: lone surrogates replaced, and forced GSM 7-bit (with the
     * default tables or a national pair) replacing what it cannot encode by '?'.
     */
    static Gen<SmsOptions> options() {
        return arbitrary()
                .pick(LANGUAGE_SETS)
                .zip(
                        arbitrary().enumValues(EncodingChoice.class),
                        arbitrary().enumValues(SeptetFormat.class),
                        (languages, choice, format) -> SmsOptions.defaults()
                                .withLanguages(
                                        choice == EncodingChoice.GSM7_NATIONAL && languages.isEmpty()
                                                ? Set.of(NationalLanguage.PORTUGUESE)
                                                : languages)
                                .withEncoding(choice)
                                .withSeptetFormat(format)
                                .withReplaceLoneSurrogates(true)
                                .withReplacement('?'))
                .zip(
                        arbitrary().pick(false, true),
                        arbitrary().pick(false, true),
                        (o, ref16, cr) -> o.withReference16(ref16).withCrPadding(cr));
    }

    /** The text the parts carry: the input with the replacements the options asked for. */
    private static String sent(String text, SmsOptions options) {
        return SplitPropertyTest.Model.applyReplacements(
                text, Sms.analyze(text, options).replacements());
    }

    private static DecodedMessage decode(EncodedPart part, SmsOptions options) {
        return Sms.decode(
                UserData.of(part),
                DecodeOptions.defaults()
                        .withSeptetFormat(options.septetFormat())
                        .withStrict(true));
    }

    private static boolean everyPartDecodesToItsText(String text, SmsOptions options) {
        for (EncodedPart part : Sms.encode(text, options, 77)) {
            if (!decode(part, options).text().equals(part.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean reassemblesInAnyOrder(String text, SmsOptions options, int shuffleSeed) {
        List<EncodedPart> parts = new ArrayList<>(Sms.encode(text, options, shuffleSeed));
        Collections.shuffle(parts, new Random(shuffleSeed));
        Reassembler reassembler = Reassembler.create(Clock.systemUTC(), Duration.ofMinutes(1), 16);
        Optional<String> whole = Optional.empty();
        for (EncodedPart part : parts) {
            whole = reassembler.offer("sender", decode(part, options));
        }
        return whole.isPresent() && whole.get().equals(sent(text, options));
    }

    @Test
    void decodeOfEachEncodedPartIsThePartText() {
        qt().withFixedSeed(SEED)
                .withExamples(3000)
                .forAll(texts(400), options())
                .check(RoundTripPropertyTest::everyPartDecodesToItsText);
    }

    @Test
    void reassemblingPartsInAnyOrderGivesTheInput() {
        qt().withFixedSeed(SEED + 1)
                .withExamples(2000)
                .forAll(texts(500), options(), integers().all())
                .check(RoundTripPropertyTest::reassemblesInAnyOrder);
    }

    @Test
    void charsetDecodeOfEncodeIsIdentityForDefaultAlphabetText() {
        java.nio.charset.Charset gsm = java.nio.charset.Charset.forName("GSM-7");
        qt().withFixedSeed(SEED + 2)
                .withExamples(2000)
                .forAll(lists().of(arbitrary().pick(POOL.subList(0, POOL.indexOf("\u00E7"))))
                        .ofSizeBetween(0, 300)
                        .map(l -> String.join("", l)))
                .check(t -> new String(t.getBytes(gsm), gsm).equals(t));
    }
}
