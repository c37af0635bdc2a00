/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One method per bug found, named for it, with the input that exposed it. */
class RegressionTest {
    /**
     * The default-alphabet fast path in {@code Planner.plan} returned its plan without the part-limit check, so
     * 161 plain letters passed with maxParts 1, and 39,016 letters produced 256 parts (beyond the protocol limit).
     */
    @Test
    void defaultAlphabetFastPathEnforcesMaxParts() {
        assertThatThrownBy(
                        () -> Sms.analyze("a".repeat(161), SmsOptions.defaults().withMaxParts(1)))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.partsNeeded()).isEqualTo(2);
                });
        assertThatThrownBy(() -> Sms.split("a".repeat(153 * 255 + 1)))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.partsNeeded()).isEqualTo(256));
    }

    /**
     * With lone surrogates replaced and a forced GSM 7-bit replacement, the U+FFFD that stood in for a lone surrogate
     * was replaced again and reported twice, out of text order ({@code SplitPropertyTest.partsConcatenateToInput}
     * found it; shrunk by hand to these inputs). Each caller's character must be reported once, in text order.
     */
    @Test
    void loneSurrogateReplacedAgainByForcedGsm7IsReportedOnceInTextOrder() {
        SmsOptions options = SmsOptions.defaults()
                .withEncoding(EncodingChoice.GSM7)
                .withReplacement('?')
                .withReplaceLoneSurrogates(true);

        assertThat(Sms.analyze("a\uDFFF", options).replacements()).containsExactly(new Replacement(1, "\uDFFF", "?"));
        assertThat(Sms.analyze("\u00E7\uDFFFb\uD800", options).replacements())
                .containsExactly(
                        new Replacement(0, "\u00E7", "?"),
                        new Replacement(1, "\uDFFF", "?"),
                        new Replacement(3, "\uD800", "?"));
        assertThat(Sms.split("\u00E7\uDFFFb\uD800", options)).containsExactly(new Segment("??b?", 4));
    }

    /**
     * A forced GSM 7-bit encoding with a replacement chose the table pair that covers most of the text before
     * replacing, even when that pair lacks the replacement: with Bengali enabled, "\u0995\u09CD\u09B7\u0436"
     * and the replacement U+00A7 (default alphabet only) kept the Bengali locking table and then failed with
     * UNENCODABLE naming U+00A7 at index 3, a character the caller never wrote. Only pairs that hold the replacement
     * may cover the text.
     */
    @Test
    void forcedGsm7ReplacementIsDrawnOnlyFromPairsThatHoldIt() {
        String text = "\u0995\u09CD\u09B7\u0436";
        for (EncodingChoice choice : java.util.List.of(EncodingChoice.GSM7, EncodingChoice.GSM7_NATIONAL)) {
            SmsOptions options = SmsOptions.defaults()
                    .withLanguages(NationalLanguage.BENGALI)
                    .withEncoding(choice)
                    .withReplacement('\u00A7');

            Analysis analysis = Sms.analyze(text, options);
            assertThat(analysis.encoding()).isEqualTo(Encoding.GSM7);
            assertThat(analysis.lockingShift()).isEmpty();
            assertThat(analysis.replacements()).hasSize(4);
            assertThat(Sms.split(text, options)).containsExactly(new Segment("\u00A7".repeat(4), 4));
            EncodedPart part = Sms.encode(text, options, 0).get(0);
            assertThat(Sms.decode(UserData.of(part)).text()).isEqualTo("\u00A7".repeat(4));
        }
    }

    /**
     * {@code withLanguages(PORTUGUESE, PORTUGUESE)} threw a bare IllegalArgumentException ("duplicate element")
     * from {@code Set.of}, although enabling a language twice is harmless and the Set overload accepts it.
     */
    @Test
    void enablingALanguageTwiceIsTheSameAsOnce() {
        assertThat(SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE, NationalLanguage.PORTUGUESE))
                .isEqualTo(SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE));
    }

    /** The UNENCODABLE message used to stop after 20 characters; it lists up to 100, each with its index. */
    @Test
    void unencodableListsEveryOffenderNotJustTheFirstTwenty() {
        String text = "\u4E2D".repeat(30);
        SmsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Sms.analyze(text, SmsOptions.defaults().withEncoding(EncodingChoice.GSM7)), SmsException.class);
        assertThat(e.characters()).hasSize(30);
        assertThat(e.characters().get(29)).isEqualTo(new CharacterAt(29, 0x4E2D));
        assertThat(e.getMessage()).contains("U+4E2D at index 29").doesNotContain("more");
    }

    /**
     * {@code (udl * 7 + 7) / 8} wrapped around in int, so a UDL of 306,783,378 with 2 octets of data passed the
     * "UDL beyond the data" check, allocated 306 MB and threw ArrayIndexOutOfBoundsException.
     */
    @Test
    void hugeUdlOverflowedThePackedLengthCheck() {
        assertThatThrownBy(() -> Sms.decode(
                        UserData.of(0, false, new byte[] {0x41, 0x42}, 306_783_378), DecodeOptions.defaults()))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
                    assertThat(e.index()).isEqualTo(2);
                });
    }

    /** {@code data.length * 8} wrapped around in int from 256 MiB on, so long packed data was silently cut short. */
    @Test
    void packedDataOf256MiBOverflowedTheSeptetCount() {
        assertThat(Decoder.packedTextSeptets(1 << 28, 0, -1)).isEqualTo(306_783_378);
    }

    /**
     * With the Bengali single shift, '@' is escaped, and its code 0x00 landed in the last septet of data that fills
     * its octets exactly; without a UDL the decoder took that code for padding and then failed on its own output
     * with a dangling escape.
     */
    @Test
    void escapedAtLandingLastWasTakenForPadding() {
        EncodedPart part = Sms.encode(
                        "\u0995\u0995\u0995\u0995\u0995\u0995\u0995@",
                        SmsOptions.defaults().withLanguages(NationalLanguage.BENGALI),
                        0)
                .get(0);
        assertThat(Sms.decode(UserData.of(part.dcs(), part.udhi(), part.userData()))
                        .text())
                .isEqualTo(part.text());
    }

    /**
     * {@code withCrPadding(true)} filled only 7 spare bits; a text that itself ends in CR on an octet boundary got
     * no second CR (3GPP TS 23.038 clause 6.1.2.3.1), so a receiver without a length dropped the wanted CR.
     */
    @Test
    void crPaddingForgotTheSecondCrAfterAWantedCr() {
        EncodedPart part = Sms.encode("hellohe\r", SmsOptions.defaults().withCrPadding(true), 0)
                .get(0);
        assertThat(Sms.decode(UserData.of(part.dcs(), part.udhi(), part.userData()))
                        .text())
                .startsWith("hellohe\r");
    }

    /** The GSM-7 charset accepted {0x1B} as a replacement, so "\u4E2Dy" encoded to 1B79, which decodes to "y". */
    @Test
    void gsm7CharsetAcceptedALoneEscapeAsReplacement() {
        java.nio.charset.CharsetEncoder encoder =
                java.nio.charset.Charset.forName("GSM-7").newEncoder();
        assertThat(encoder.isLegalReplacement(new byte[] {0x1B})).isFalse();
        assertThat(encoder.isLegalReplacement(new byte[] {0x3F, (byte) 0x80})).isFalse();
    }

    private static java.util.List<DecodedMessage> received(String text, int reference) {
        java.util.List<DecodedMessage> parts = new java.util.ArrayList<>();
        for (EncodedPart p : Sms.encode(text, SmsOptions.defaults(), reference)) {
            parts.add(Sms.decode(UserData.of(p.dcs(), p.udhi(), p.userData(), p.udl()), DecodeOptions.defaults()));
        }
        return parts;
    }

    /**
     * Two messages from one sender with the same reference and the same 153-character first part: the Reassembler
     * took message 2's first part for a late duplicate of message 1's, so message 2 never completed and later
     * counted as expired.
     */
    @Test
    void reusedReferenceWithAnIdenticalFirstPartLostTheSecondMessage() {
        String prefix = "Your appointment is confirmed. ".repeat(5).substring(0, 153);
        java.util.List<DecodedMessage> m1 = received(prefix + "Monday 10:00", 77);
        java.util.List<DecodedMessage> m2 = received(prefix + "Tuesday 11:30", 77);
        assertThat(m1.get(0)).isEqualTo(m2.get(0));
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
        Reassembler r = Reassembler.create(clock, java.time.Duration.ofMinutes(5), 100);
        assertThat(r.offer("+351", m1.get(0))).isEmpty();
        assertThat(r.offer("+351", m1.get(1))).contains(prefix + "Monday 10:00");
        assertThat(r.offer("+351", m2.get(0))).isEmpty();
        assertThat(r.offer("+351", m2.get(1))).contains(prefix + "Tuesday 11:30");
    }

    /** An 8-bit and a 16-bit reference with the same number were merged into one message. */
    @Test
    void eightAndSixteenBitReferencesWereMerged() {
        java.util.List<DecodedMessage> eight = received("a".repeat(200), 5);
        java.util.List<DecodedMessage> sixteen = new java.util.ArrayList<>();
        for (EncodedPart p : Sms.encode("b".repeat(200), SmsOptions.defaults().withReference16(true), 5)) {
            sixteen.add(Sms.decode(UserData.of(p.dcs(), p.udhi(), p.userData(), p.udl()), DecodeOptions.defaults()));
        }
        Reassembler r = Reassembler.create(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5), 100);
        assertThat(r.offer("s", eight.get(0))).isEmpty();
        assertThat(r.offer("s", sixteen.get(1))).isEmpty();
        assertThat(r.offer("s", eight.get(1))).contains("a".repeat(200));
        assertThat(r.offer("s", sixteen.get(0))).contains("b".repeat(200));
    }

    /** A text of {@code length} copies of {@code c}, read lazily, so a test can plan a billion chars in no memory. */
    private static CharSequence repeated(char c, int length) {
        return new CharSequence() {
            @Override
            public int length() {
                return length;
            }

            @Override
            public char charAt(int index) {
                return c;
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return String.valueOf(c).repeat(end - start);
            }

            @Override
            public String toString() {
                return subSequence(0, length).toString();
            }
        };
    }

    private static SmsException rejection(CharSequence text, SmsOptions options) {
        SmsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Sms.analyze(text, options), SmsException.class);
        assertThat(e).as("analyze rejects it").isNotNull();
        return e;
    }

    /**
     * Smart encoding removed every character of a text made only of invisible ones (U+200B, U+00AD, U+FEFF,
     * U+200D): analyze reported 1 part of 0 units, split threw a bare IllegalArgumentException from Segment, and
     * encode returned an empty part. Every entry point must say TEXT_MISSING.
     */
    @Test
    void smartEncodingThatRemovesEveryCharacterLeavesTextMissing() {
        String invisible = "\u200B\u00AD\uFEFF\u200D";
        SmsOptions smart = SmsOptions.defaults().withSmartEncoding(true);
        for (SmsOptions options : java.util.List.of(
                smart, smart.withLanguages(NationalLanguage.PORTUGUESE), smart.withEncoding(EncodingChoice.GSM7))) {
            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call :
                    java.util.List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                            () -> Sms.analyze(invisible, options),
                            () -> Sms.split(invisible, options),
                            () -> Sms.countParts(invisible, options),
                            () -> Sms.encode(invisible, options, 1))) {
                assertThatThrownBy(call)
                        .isInstanceOfSatisfying(
                                SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.TEXT_MISSING));
            }
        }
        // one visible character left is a message
        assertThat(Sms.split(invisible + "a", smart)).containsExactly(new Segment("a", 1));
    }

    /**
     * Ten million curly apostrophes with smart encoding ran out of memory at 256 MB: the substitutions (a
     * replacement record each, and an index map three times the text) were built before the part limit was
     * checked. A text whose characters alone cannot fit maxParts is now rejected first, allocating almost nothing.
     */
    @Test
    void smartEncodingOfATextTooLongForMaxPartsIsRejectedBeforeSubstituting() {
        CharSequence text = repeated('\u2019', 10_000_000);
        long bytes = Allocations.during(() -> assertThat(
                        rejection(text, SmsOptions.defaults().withSmartEncoding(true))
                                .partsNeeded())
                .isEqualTo(65_360));
        assertThat(bytes).isLessThan(1_000_000);
    }

    /** The same for ten million lone surrogates replaced by U+FFFD: a copy and a record each, before the limit. */
    @Test
    void replacingLoneSurrogatesOfATextTooLongForMaxPartsIsRejectedFirst() {
        CharSequence text = repeated('\uDC00', 10_000_000);
        long bytes = Allocations.during(() -> assertThat(
                        rejection(text, SmsOptions.defaults().withReplaceLoneSurrogates(true)))
                .satisfies(e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.getMessage()).contains("at least 65360 parts");
                }));
        assertThat(bytes).isLessThan(1_000_000);
    }

    /**
     * Ten million CJK characters forced to GSM 7-bit ran out of memory at 1 GB, building an error message of 249 M
     * characters that listed every one. The text cannot fit maxParts, so that is the answer now.
     */
    @Test
    void forcedGsm7OfAHugeUnencodableTextIsTooLongNotAHugeList() {
        CharSequence text = repeated('\u4E2D', 10_000_000);
        long bytes = Allocations.during(() -> assertThat(
                        rejection(text, SmsOptions.defaults().withEncoding(EncodingChoice.GSM7)))
                .satisfies(e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                }));
        assertThat(bytes).isLessThan(1_000_000);
    }

    /** A text that fits but has thousands of unencodable characters lists the first 100 and counts the rest. */
    @Test
    void unencodableListsTheFirstHundredCharactersAndCountsTheRest() {
        SmsException e = rejection("\u4E2D".repeat(5000), SmsOptions.defaults().withEncoding(EncodingChoice.GSM7));
        assertThat(e.error()).isEqualTo(SmsError.UNENCODABLE);
        assertThat(e.characters()).hasSize(100).endsWith(new CharacterAt(99, 0x4E2D));
        assertThat(e.characterCount()).isEqualTo(5000);
        assertThat(e.getMessage())
                .contains("U+4E2D at index 99 and 4900 more (5000 in all)")
                .doesNotContain("index 100");
    }

    /**
     * 1,100,000,000 '[' (2,200,000,000 septets) overflowed int: analysis said "needs 16417911 parts in UCS2", and
     * forced GSM 7-bit said UNENCODABLE with no character. Counts run in long now: 76 escapes fill a part.
     */
    @Test
    void aBillionEscapedCharactersCountExactlyWithoutOverflow() {
        CharSequence text = repeated('[', 1_100_000_000);
        for (SmsOptions options :
                java.util.List.of(SmsOptions.defaults(), SmsOptions.defaults().withEncoding(EncodingChoice.GSM7))) {
            SmsException e = rejection(text, options);
            assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
            assertThat(e.partsNeeded()).isEqualTo(14_473_685); // ceil(1,100,000,000 / 76)
            assertThat(e.getMessage()).contains("GSM7", "2200000000 septets");
        }
        assertThatThrownBy(() -> Sms.countParts(text, SmsOptions.defaults()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.partsNeeded()).isEqualTo(14_473_685));
    }
}
