/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples of {@link Sms#analyze} and {@link Sms#split}: the known counting traps, forced encodings,
 * replacements and every validation error.
 */
class SmsTest {
    private static final SmsOptions DEFAULTS = SmsOptions.defaults();
    private static final SmsOptions PT = DEFAULTS.withLanguages(NationalLanguage.PORTUGUESE);

    private static SmsException rejected(CharSequence text, SmsOptions options) {
        SmsException e = catchThrowableOfType(SmsException.class, () -> Sms.analyze(text, options));
        assertThat(e).as("analyze rejects it").isNotNull();
        SmsException fromSplit = catchThrowableOfType(SmsException.class, () -> Sms.split(text, options));
        assertThat(fromSplit).as("split rejects it too").isNotNull();
        assertThat(fromSplit.error()).isEqualTo(e.error());
        return e;
    }

    // ---- traps ----

    @Test
    void smallCWithCedillaIsNotInTheDefaultAlphabet() {
        Analysis a = Sms.analyze("Ol\u00E1 cora\u00E7\u00E3o"); // "Olá coração"

        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.nonGsm())
                .containsExactly(new CharacterAt(2, 0xE1), new CharacterAt(8, 0xE7), new CharacterAt(9, 0xE3));
    }

    @Test
    void smallCWithCedillaIsGsm7WithPortugueseTables() {
        Analysis a = Sms.analyze("\u00E7", PT);

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.units()).isEqualTo(1); // Portuguese locking table, 0x09
        assertThat(a.lockingShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.nonGsm()).isEmpty();
    }

    @Test
    void capitalCWithCedillaIsDefaultAlphabet() {
        Analysis a = Sms.analyze("\u00C7");

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.units()).isEqualTo(1);
    }

    @Test
    void crLfCountsTwoSeptets() {
        Analysis a = Sms.analyze("\r\n");

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.units()).isEqualTo(2);
        assertThat(a.characters()).isEqualTo(2);
    }

    @Test
    void anEscapeCharacterInTheInputIsNotGsm() {
        Analysis a = Sms.analyze("a\u001Bb");

        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.nonGsm()).containsExactly(new CharacterAt(1, 0x1B));
        assertThat(rejected("a\u001Bb", DEFAULTS.withEncoding(EncodingChoice.GSM7))
                        .index())
                .isEqualTo(1);
    }

    @Test
    void aDecomposedAccentIsNotThePrecomposedLetter() {
        assertThat(Sms.analyze("\u00E9").encoding()).isEqualTo(Encoding.GSM7);

        Analysis decomposed = Sms.analyze("e\u0301");

        assertThat(decomposed.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(decomposed.units()).isEqualTo(2);
        assertThat(decomposed.nonGsm()).containsExactly(new CharacterAt(1, 0x301));
    }

    @Test
    void portugueseTextWithALostDefaultLetterUsesDefaultLockingAndPortugueseSingleShift() {
        Analysis a = Sms.analyze("A\u00E7\u00E3o \u00E8 \u00F3tima", PT); // "Ação è ótima"

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.characters()).isEqualTo(12);
        assertThat(a.units()).isEqualTo(15); // ç, ã and ó are escaped
        assertThat(a.udhOctets()).isEqualTo(4);
        assertThat(a.unitsPerPart()).isEqualTo(155);
        assertThat(a.remaining()).isEqualTo(140);
    }

    @Test
    void portugueseIsOnlyUsedWhenEnabled() {
        assertThat(Sms.analyze("A\u00E7\u00E3o \u00E8 \u00F3tima").encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void helloWorldInBracketsCostsFifteenSeptets() {
        Analysis a = Sms.analyze("Hello [world]");

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.units()).isEqualTo(15);
        assertThat(a.parts()).isEqualTo(1);
        assertThat(a.unitsPerPart()).isEqualTo(160);
        assertThat(a.remaining()).isEqualTo(145);
        assertThat(a.udhOctets()).isZero();
    }

    // ---- forced encodings ----

    @Test
    void gsm7NationalForcesAPortugueseTableOnPlainText() {
        Analysis a = Sms.analyze("Hello", PT.withEncoding(EncodingChoice.GSM7_NATIONAL));

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(List.of(a.lockingShift(), a.singleShift()))
                .anySatisfy(t -> assertThat(t).contains(NationalLanguage.PORTUGUESE));
        assertThat(a.udhOctets()).isEqualTo(4); // one national IE is the cheapest way
        assertThat(a.unitsPerPart()).isEqualTo(155);
    }

    @Test
    void gsm7NationalKeepsDefaultLockingForALetterPortugueseLockingLacks() {
        Analysis a = Sms.analyze("\u00E8", PT.withEncoding(EncodingChoice.GSM7_NATIONAL)); // è

        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(a.units()).isEqualTo(1);
    }

    @Test
    void gsm7NationalWithoutAnyLanguageIsAnInvalidOption() {
        SmsException e = rejected("Hello", DEFAULTS.withEncoding(EncodingChoice.GSM7_NATIONAL));

        assertThat(e.error()).isEqualTo(SmsError.INVALID_OPTION);
        assertThat(e.field()).isEqualTo("languages");
    }

    @Test
    void ucs2CanBeForcedOnGsmText() {
        Analysis a = Sms.analyze("Hello [world]", DEFAULTS.withEncoding(EncodingChoice.UCS2));

        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.units()).isEqualTo(13);
        assertThat(a.nonGsm()).isEmpty();
        assertThat(a.lockingShift()).isEmpty();
        assertThat(a.singleShift()).isEmpty();
    }

    @Test
    void forcedGsm7ListsEveryOffenderWithItsIndex() {
        String text = "a\uD83D\uDE00b\u00E7d\u0436"; // a, emoji (2 units), b, ç, d, zhe

        SmsException e = rejected(text, DEFAULTS.withEncoding(EncodingChoice.GSM7));

        assertThat(e.error()).isEqualTo(SmsError.UNENCODABLE);
        assertThat(e.error().providerCode()).isEqualTo(113);
        assertThat(e.index()).isEqualTo(1);
        assertThat(e.getMessage()).contains("U+1F600 at index 1", "U+00E7 at index 4", "U+0436 at index 6");
    }

    @Test
    void forcedGsm7WithAReplacementReplacesAndReportsEveryOffender() {
        String text = "a\uD83D\uDE00b\u00E7d";
        SmsOptions options = DEFAULTS.withEncoding(EncodingChoice.GSM7).withReplacement('?');

        Analysis a = Sms.analyze(text, options);

        assertThat(a.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(a.replacements())
                .containsExactly(new Replacement(1, "\uD83D\uDE00", "?"), new Replacement(4, "\u00E7", "?"));
        assertThat(a.units()).isEqualTo(5);
        assertThat(a.characters()).isEqualTo(5);
        assertThat(Sms.split(text, options)).containsExactly(new Segment("a?b?d", 5));
    }

    @Test
    void aReplacementOutsideTheDefaultAlphabetIsRejected() {
        assertThatThrownBy(() -> DEFAULTS.withReplacement(0xE7)).isInstanceOfSatisfying(SmsException.class, e -> {
            assertThat(e.error()).isEqualTo(SmsError.INVALID_OPTION);
            assertThat(e.field()).isEqualTo("replacement");
        });
    }

    // ---- lone surrogates ----

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"ab\uD800c, 2", "\uDC00, 0", "a\uD83D, 1", "\uDE00\uD83D, 0"})
    void aLoneSurrogateIsRejectedWithItsIndex(String text, int index) {
        SmsException e = rejected(text, DEFAULTS);

        assertThat(e.error()).isEqualTo(SmsError.LONE_SURROGATE);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e.getMessage()).contains("index " + index);
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacterWhenAsked() {
        SmsOptions options = DEFAULTS.withReplaceLoneSurrogates(true);

        Analysis a = Sms.analyze("ab\uD800c", options);

        assertThat(a.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(a.replacements()).containsExactly(new Replacement(2, "\uD800", "\uFFFD"));
        assertThat(a.units()).isEqualTo(4);
        assertThat(Sms.split("ab\uD800c", options)).containsExactly(new Segment("ab\uFFFDc", 4));
    }

    // ---- validation ----

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Sms.analyze(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Sms.split(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> Sms.analyze("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
        assertThatThrownBy(() -> Sms.split("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }

    @Test
    void anEmptyTextIsMissing() {
        SmsException e = rejected("", DEFAULTS);

        assertThat(e.error()).isEqualTo(SmsError.TEXT_MISSING);
        assertThat(e.error().providerCode()).isEqualTo(104);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 256, Integer.MAX_VALUE})
    void maxPartsOutOfRangeIsAnInvalidOptionNamingIt(int maxParts) {
        assertThatThrownBy(() -> DEFAULTS.withMaxParts(maxParts)).isInstanceOfSatisfying(SmsException.class, e -> {
            assertThat(e.error()).isEqualTo(SmsError.INVALID_OPTION);
            assertThat(e.field()).isEqualTo("maxParts");
            assertThat(e.getMessage()).contains("maxParts", String.valueOf(maxParts));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 255})
    void maxPartsAtTheLimitsIsAccepted(int maxParts) {
        assertThat(DEFAULTS.withMaxParts(maxParts).maxParts()).isEqualTo(maxParts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default alphabet, a, 161, , 1, 2",
        "default alphabet, a, 460, , 3, 4",
        "escaped, ], 153, , 2, 3",
        "ucs2, \u0436, 135, , 2, 3",
        "portuguese, \u00E7, 156, pt, 1, 2",
    })
    void moreThanMaxPartsIsTooManyPartsWithThePartsNeeded(
            String what, String unit, int copies, String national, int maxParts, int needed) {
        SmsOptions options = DEFAULTS.withMaxParts(maxParts);
        if (national != null) {
            options = options.withLanguages(NationalLanguage.ofCode(national));
        }

        SmsException e = rejected(unit.repeat(copies), options);

        assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
        assertThat(e.error().providerCode()).isEqualTo(110);
        assertThat(e.partsNeeded()).isEqualTo(needed);
        assertThat(Sms.analyze(unit.repeat(copies), options.withMaxParts(needed))
                        .parts())
                .isEqualTo(needed);
    }

    @Test
    void partsNeededMayExceedTheProtocolLimit() {
        SmsException e = rejected("a".repeat(153 * 255 + 1), DEFAULTS);

        assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
        assertThat(e.partsNeeded()).isEqualTo(256);
    }

    @Test
    void optionsAreValueObjects() {
        assertThat(DEFAULTS.withLanguages(NationalLanguage.PORTUGUESE)).isEqualTo(PT);
        assertThat(DEFAULTS.withLanguages(java.util.Set.of())).isEqualTo(DEFAULTS);
        assertThat(DEFAULTS.encoding()).isEqualTo(EncodingChoice.AUTO);
        assertThat(DEFAULTS.maxParts()).isEqualTo(255);
        assertThat(DEFAULTS.reference16()).isFalse();
    }

    @Test
    void aNullLanguageIsNamedInTheError() {
        assertThatThrownBy(() -> DEFAULTS.withLanguages(NationalLanguage.TURKISH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("languages[1] is null");
        java.util.Set<NationalLanguage> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> DEFAULTS.withLanguages(withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("languages must not hold null");
        assertThat(DEFAULTS.withLanguages(NationalLanguage.SPANISH, NationalLanguage.SPANISH)
                        .languages())
                .containsExactly(NationalLanguage.SPANISH);
    }

    @Test
    void theReplacementRuleAndItsMessageAgree() {
        assertThat(DEFAULTS.withReplacement('\u20AC').replacement()).hasValue(0x20AC); // extension table
        assertThatThrownBy(() -> DEFAULTS.withReplacement('\u00E7'))
                .hasMessage(
                        "replacement must be a character of the GSM 7-bit default alphabet or its extension table, was"
                                + " U+00E7");
    }
}
