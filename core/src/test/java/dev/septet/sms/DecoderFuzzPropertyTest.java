/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random user data, UDHI flags, data coding schemes and lengths (UDL up to {@link Integer#MAX_VALUE}) fed to the
 * decoder raise only the documented {@link SmsException}, naming a byte offset inside the data once in its
 * message: never an index exception, never an endless loop (each property runs under a preemptive timeout, so a
 * hang fails the build instead of stalling it). Data of 256 MiB and more is checked lazily, through the length
 * arithmetic the decoder runs before it allocates anything.
 */
class DecoderFuzzPropertyTest {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    /** UDL values: mostly plausible, often anywhere up to Integer.MAX_VALUE, and the values where int math wraps. */
    private static Gen<Integer> udls() {
        return integers()
                .between(-1, 200)
                .mix(integers().between(0, Integer.MAX_VALUE), 30)
                .mix(arbitrary().pick(306_783_378, 306_783_379, 613_566_757, 1_227_133_513, Integer.MAX_VALUE), 10);
    }

    /** A decode outcome is fine when it returns, or throws the documented exception with a sound offset. */
    private static boolean decodesOrThrowsSmsException(int seed, int dcs, int udl) {
        Random random = new Random(seed);
        byte[] data = new byte[random.nextInt(141)];
        random.nextBytes(data);
        if (data.length > 0 && random.nextBoolean()) {
            data[0] = (byte) random.nextInt(Math.max(1, data.length)); // plausible UDHL more often
        }
        boolean udhi = random.nextBoolean();
        DecodeOptions options = DecodeOptions.defaults()
                .withSeptetFormat(random.nextBoolean() ? SeptetFormat.PACKED : SeptetFormat.UNPACKED)
                .withStrict(random.nextBoolean());
        try {
            Sms.decode(new UserData(dcs, udhi, data, udl < 0 ? OptionalInt.empty() : OptionalInt.of(udl)), options);
            return true;
        } catch (SmsException e) {
            return offsetIsSound(e, data);
        }
    }

    /**
     * Decoding errors name a byte offset from 0 to the data length (the length itself when the data ran out), and
     * say it once; option and coding errors name none.
     */
    private static boolean offsetIsSound(SmsException e, byte[] data) {
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return false;
        }
        int mentions = message.split("offset", -1).length - 1;
        if (e.error() != SmsError.MALFORMED_HEADER && e.error() != SmsError.MALFORMED_USER_DATA) {
            return e.index() == -1 && mentions == 0;
        }
        boolean inside = e.index() >= 0 && e.index() <= data.length;
        boolean highBit = !message.contains("not a septet") || e.index() < data.length && data[e.index()] < 0;
        boolean ranOut = !message.contains("octets, the user data has") || e.index() == data.length;
        return inside && highBit && ranOut && mentions == 1 && message.contains("(byte offset " + e.index() + ")");
    }

    @Test
    void randomInputRaisesOnlyTheDocumentedException() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> qt().withFixedSeed(0xF022L)
                        .withExamples(100_000)
                        .forAll(
                                integers().all(),
                                arbitrary()
                                        .pick(0x00, 0x08, 0x10, 0x18, 0xF0, 0xC0, 0xE0)
                                        .mix(integers().between(0, 255), 30),
                                udls())
                        .check(DecoderFuzzPropertyTest::decodesOrThrowsSmsException));
    }

    /**
     * The model of {@link Decoder#packedTextSeptets}, in plain long arithmetic: the text septets a UDL (or, without
     * one, the data) announces, or -1 where the decoder must refuse.
     */
    private static long expectedTextSeptets(long dataOctets, long headerOctets, long udl) {
        long headerSeptets = (headerOctets * 8 + 6) / 7;
        long total;
        if (udl >= 0) {
            if ((udl * 7 + 7) / 8 > dataOctets || udl < headerSeptets) {
                return -1;
            }
            total = udl;
        } else {
            total = Math.max(headerSeptets, dataOctets * 8 / 7);
        }
        long count = total - headerSeptets;
        return count > Integer.MAX_VALUE - 8 ? -1 : count;
    }

    /** Data lengths up to Integer.MAX_VALUE octets, far past 256 MiB, without allocating them. */
    private static boolean packedLengthsAreBoundedByTheData(int dataOctets, int headerOctets, int udl) {
        int header = Math.min(headerOctets, dataOctets);
        long expected = expectedTextSeptets(dataOctets, header, udl);
        try {
            int count = Decoder.packedTextSeptets(dataOctets, header, udl);
            long end = (header * 8L + 6) / 7 + count;
            return count == expected && (count == 0 || end * 7 <= dataOctets * 8L);
        } catch (SmsException e) {
            return expected == -1
                    && e.error() == SmsError.MALFORMED_USER_DATA
                    && e.index() >= 0
                    && e.index() <= dataOctets;
        }
    }

    @Test
    void packedLengthsPast256MiBAreExactOrRefused() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> qt().withFixedSeed(0x256L)
                        .withExamples(100_000)
                        .forAll(
                                integers()
                                        .between(0, 200)
                                        .mix(integers().between(268_435_456, Integer.MAX_VALUE), 50)
                                        .mix(integers().between(0, Integer.MAX_VALUE), 20),
                                integers().between(0, 256),
                                udls())
                        .check(DecoderFuzzPropertyTest::packedLengthsAreBoundedByTheData));
    }

    /** Characters whose codes, escaped or not, can land in the last septet: '@' and CR among them. */
    private static final String[] PALETTE = {
        "a", "@", "\r", "\n", "[", "\u20AC", "\u0995", "\u09BE", "\u00E7", "\u011F", "\u0915", "\u0BA4", "^", " ",
        "\u00C7", "|"
    };

    /**
     * Septet's own packed output decodes without a UDL, never throwing: to the part's text, to the text with the
     * second CR of the padding rule, or without a final unescaped '@' or CR that sat where padding could be.
     */
    private static boolean ownOutputDecodesWithoutAUdl(
            java.util.List<Integer> picks, int languageSeed, boolean crPadding) {
        StringBuilder text = new StringBuilder();
        for (int pick : picks) {
            text.append(PALETTE[pick]);
        }
        NationalLanguage[] all = NationalLanguage.values();
        NationalLanguage language = all[Math.floorMod(languageSeed, all.length)];
        SmsOptions options = SmsOptions.defaults()
                .withLanguages(language)
                .withCrPadding(crPadding)
                .withEncoding(EncodingChoice.GSM7)
                .withReplacement('?');
        for (EncodedPart part : Sms.encode(text, options, 1)) {
            String sent = part.text();
            String got = Sms.decode(UserData.of(part.dcs(), part.udhi(), part.userData()))
                    .text();
            boolean cut = part.userData().length % 7 == 0
                    && (sent.endsWith("@") || sent.endsWith("\r"))
                    && got.equals(sent.substring(0, sent.length() - 1));
            if (!got.equals(sent) && !got.equals(sent + "\r") && !cut) {
                return false;
            }
        }
        return true;
    }

    @Test
    void ownOutputDecodesWithoutAUdl() {
        assertTimeoutPreemptively(
                LIMIT,
                () -> qt().withFixedSeed(0x0D0DL)
                        .withExamples(3_000)
                        .forAll(
                                org.quicktheories.generators.SourceDSL.lists()
                                        .of(integers().between(0, PALETTE.length - 1))
                                        .ofSizeBetween(1, 340),
                                integers().all(),
                                org.quicktheories.generators.SourceDSL.booleans()
                                        .all())
                        .check(DecoderFuzzPropertyTest::ownOutputDecodesWithoutAUdl));
    }
}
