/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static DecodedMessage decode(int dcs, boolean udhi, String data, int udl, DecodeOptions options) {
        return Sms.decode(
                new UserData(dcs, udhi, hex(data), udl < 0 ? OptionalInt.empty() : OptionalInt.of(udl)), options);
    }

    private static SmsException failure(int dcs, boolean udhi, String data, int udl, DecodeOptions options) {
        try {
            decode(dcs, udhi, data, udl, options);
        } catch (SmsException e) {
            return e;
        }
        throw new AssertionError("expected SmsException for " + data);
    }

    private static final DecodeOptions UNPACKED = DecodeOptions.defaults().withSeptetFormat(SeptetFormat.UNPACKED);
    private static final DecodeOptions STRICT_UNPACKED = UNPACKED.withStrict(true);

    @Test
    void headerElementsAreParsedAndUnknownOnesSkipped() {
        // UDHL 10: concat 8-bit (ref 7, 2 of 3), unknown IE 0x70 with 1 octet, national locking shift Portuguese
        DecodedMessage m = decode(0, true, "0B000307030270012225010341", -1, UNPACKED);
        assertThat(m.concatenation()).contains(new Concatenation(7, 3, 2, false));
        assertThat(m.lockingShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(m.informationElements())
                .extracting(InformationElement::identifier)
                .containsExactly(0x00, 0x70, 0x25);
        assertThat(m.informationElements().get(1).applied()).isFalse();
        assertThat(m.text()).isEqualTo("A");
    }

    @Test
    void concatenationWithSequenceZeroIsIgnoredAsTheSpecSays() {
        DecodedMessage m = decode(0, true, "0500030703004141", -1, UNPACKED);
        assertThat(m.concatenation()).isEmpty();
        assertThat(m.informationElements().get(0).applied()).isFalse();
    }

    @Test
    void ofRepeatedElementsOfOneKindOnlyTheLastIsApplied() {
        // locking shift Turkish then Bengali: the last one is used (TS 23.040 clause 9.2.3.24)
        DecodedMessage m = decode(0, true, "06250101250104" + "41", -1, UNPACKED);
        assertThat(m.lockingShift()).contains(NationalLanguage.BENGALI);
        assertThat(m.informationElements())
                .extracting(InformationElement::applied)
                .containsExactly(false, true);
        // 8-bit then 16-bit concatenation are one kind
        DecodedMessage c = decode(0, true, "0B00030703020804123403014141", -1, UNPACKED);
        assertThat(c.concatenation()).contains(new Concatenation(0x1234, 3, 1, true));
        assertThat(c.informationElements())
                .extracting(InformationElement::applied)
                .containsExactly(false, true);
        // an invalid later element does not replace a valid one
        DecodedMessage k = decode(0, true, "06240103240120" + "41", -1, UNPACKED);
        assertThat(k.singleShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(k.informationElements())
                .extracting(InformationElement::applied)
                .containsExactly(true, false);
    }

    @Test
    void nationalElementsAreNotAppliedToUcs2OrWithTheReservedIdentifierZero() {
        DecodedMessage ucs2 = decode(8, true, "03240103" + "0041", -1, DecodeOptions.defaults());
        assertThat(ucs2.singleShift()).isEmpty();
        assertThat(ucs2.informationElements().get(0).applied()).isFalse();
        DecodedMessage zero = decode(0, true, "06250100240100" + "41", -1, UNPACKED);
        assertThat(zero.lockingShift()).isEmpty();
        assertThat(zero.singleShift()).isEmpty();
        assertThat(zero.informationElements()).noneMatch(InformationElement::applied);
        assertThat(zero.text()).isEqualTo("A");
    }

    @Test
    void sixteenBitConcatenation() {
        DecodedMessage m = decode(8, true, "06080412340201" + "0041", -1, DecodeOptions.defaults());
        assertThat(m.concatenation()).contains(new Concatenation(0x1234, 2, 1, true));
        assertThat(m.text()).isEqualTo("A");
    }

    @Test
    void udhlLongerThanTheDataNamesOffsetZero() {
        SmsException e = failure(0, true, "0A0003", -1, UNPACKED);
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_HEADER);
        assertThat(e.index()).isZero();
        assertThat(e.getMessage()).contains("UDHL 10");
    }

    @Test
    void truncatedElementNamesItsOffset() {
        SmsException e = failure(0, true, "067001AA020501" + "41", -1, UNPACKED);
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_HEADER);
        assertThat(e.index()).isEqualTo(4);
        assertThat(e.getMessage()).contains("0x02", "offset 4");
    }

    @Test
    void udhiWithEmptyDataIsMalformed() {
        assertThat(failure(0, true, "", -1, DecodeOptions.defaults()).error()).isEqualTo(SmsError.MALFORMED_HEADER);
    }

    @Test
    void septetCountBeyondTheDataIsMalformed() {
        SmsException e = failure(0, false, "E8329BFD4697D9EC37", 11, DecodeOptions.defaults());
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
        assertThat(e.index()).isEqualTo(9);
    }

    @Test
    void escapeAtTheEndIsMalformed() {
        SmsException e = failure(0, false, "411B", -1, UNPACKED);
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
        assertThat(e.index()).isEqualTo(1);
        assertThat(e.getMessage()).contains("escape");
    }

    @Test
    void oddUcs2LengthIsMalformed() {
        SmsException e = failure(8, false, "004100", -1, DecodeOptions.defaults());
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
        assertThat(e.index()).isEqualTo(2);
        assertThat(e.getMessage()).contains("odd UCS-2 length");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x04, 0x24, 0x2C, 0x34, 0x14, 0xF4, 0xF7})
    void dataCodingsWithoutTextDecodingAreRejected(int dcs) {
        for (DecodeOptions options :
                List.of(DecodeOptions.defaults(), DecodeOptions.defaults().withStrict(true))) {
            SmsException e = failure(dcs, false, "41", -1, options);
            assertThat(e.error()).isEqualTo(SmsError.UNSUPPORTED_CODING);
            assertThat(e.field()).isEqualTo("dcs");
        }
    }

    /** TS 23.038 clause 4: a receiving entity assumes the GSM 7-bit default alphabet for any reserved coding. */
    @ParameterizedTest
    @ValueSource(ints = {0x0C, 0x1C, 0x4C, 0x5F, 0x80, 0x9F, 0xA5, 0xB0, 0xBF})
    void reservedCodingsAreReadAsGsm7UnlessStrict(int dcs) {
        DecodedMessage m = decode(dcs, false, "C8329BFD06", -1, DecodeOptions.defaults());
        assertThat(m.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(m.text()).isEqualTo("Hello");
        SmsException e =
                failure(dcs, false, "C8329BFD06", -1, DecodeOptions.defaults().withStrict(true));
        assertThat(e.error()).isEqualTo(SmsError.UNSUPPORTED_CODING);
        assertThat(e.field()).isEqualTo("dcs");
        assertThat(e.getMessage()).contains(String.format("0x%02X", dcs)).contains("reserved");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x10, 0x40, 0xC0, 0xD3, 0xF0, 0xF1})
    void gsmDataCodings(int dcs) {
        assertThat(decode(dcs, false, "41", -1, UNPACKED).encoding()).isEqualTo(Encoding.GSM7);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x08, 0x18, 0x48, 0xE0, 0xEF})
    void ucs2DataCodings(int dcs) {
        assertThat(decode(dcs, false, "0041", -1, DecodeOptions.defaults()).text())
                .isEqualTo("A");
    }

    @Test
    void dcsOutOfRangeIsAnOptionError() {
        assertThat(failure(256, false, "41", -1, DecodeOptions.defaults()).error())
                .isEqualTo(SmsError.INVALID_OPTION);
        assertThatThrownBy(() -> UserData.of(0, false, hex("41"), -1))
                .isInstanceOf(SmsException.class)
                .hasMessageContaining("udl");
    }

    @Test
    void highBitInUnpackedDataIsMalformed() {
        SmsException e = failure(0, false, "4180", -1, UNPACKED);
        assertThat(e.index()).isEqualTo(1);
        assertThat(e.getMessage()).contains("0x80");
    }

    @Test
    void undefinedExtensionCodeShowsTheBaseCharacterLeniently() {
        // ESC 0x41 is undefined in the extension table: display 'A'; strict mode rejects it
        assertThat(decode(0, false, "1B41", -1, UNPACKED).text()).isEqualTo("A");
        assertThat(failure(0, false, "1B41", -1, STRICT_UNPACKED).error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
    }

    @Test
    void escapeEscapeShowsASpaceLeniently() {
        assertThat(decode(0, false, "411B1B42", -1, UNPACKED).text()).isEqualTo("A B");
        assertThat(failure(0, false, "411B1B42", -1, STRICT_UNPACKED).index()).isEqualTo(2);
    }

    @Test
    void extensionCharactersDecode() {
        assertThat(decode(0, false, "1B651B3C1B3E", -1, UNPACKED).text()).isEqualTo("\u20AC[]");
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertThatThrownBy(() -> Sms.decode(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("userData");
        assertThatThrownBy(() -> Sms.decode(UserData.of(0, false, new byte[0]), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }

    @Test
    void emptyUserDataDecodesToEmptyText() {
        assertThat(Sms.decode(UserData.of(0, false, new byte[0])).text()).isEmpty();
        assertThat(Sms.decode(UserData.of(8, false, new byte[0])).text()).isEmpty();
    }

    @Test
    void unpackedUdlCountsHeaderSeptets() {
        // header 050003010201 = 6 octets = 7 septets; then "AB"; UDL 9
        assertThat(decode(0, true, "0500030102014142", 9, UNPACKED).text()).isEqualTo("AB");
        assertThat(decode(0, true, "0500030102014142", 8, UNPACKED).text()).isEqualTo("A");
        assertThat(failure(0, true, "0500030102014142", 10, UNPACKED).error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
    }

    @Test
    void portugueseTablesApplyFromTheHeader() {
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        for (SeptetFormat format : SeptetFormat.values()) {
            for (EncodedPart part : Sms.encode("Ação ª Φ € \u00E7\u00E3o", pt.withSeptetFormat(format), 3)) {
                DecodedMessage m =
                        Sms.decode(UserData.of(part), DecodeOptions.defaults().withSeptetFormat(format));
                assertThat(m.text()).isEqualTo(part.text());
                assertThat(m.lockingShift()).contains(NationalLanguage.PORTUGUESE);
            }
        }
    }

    @Test
    void everyMalformedMessageStatesItsByteOffsetOnce() {
        for (SmsException e : new SmsException[] {
            failure(0, false, "4180", -1, UNPACKED),
            failure(0, false, "411B", -1, UNPACKED),
            failure(0, true, "067001AA020501" + "41", -1, UNPACKED),
            failure(0, true, "0A0003", -1, UNPACKED),
            failure(0, false, "E8329BFD4697D9EC37", 11, DecodeOptions.defaults()),
            failure(8, false, "004100", -1, DecodeOptions.defaults())
        }) {
            String message = e.getMessage();
            assertThat(message).as(message).contains("(byte offset " + e.index() + ")");
            assertThat(message.indexOf("offset")).as(message).isEqualTo(message.lastIndexOf("offset"));
        }
    }

    @Test
    void udlBeyondTheDataIsCheckedInLongArithmetic() {
        // (udl * 7 + 7) / 8 in int wraps for these, so the check passed and the decoder allocated
        for (int udl : new int[] {306_783_378, 306_783_379, 613_566_757, Integer.MAX_VALUE}) {
            SmsException e = failure(0, false, "4142", udl, DecodeOptions.defaults());
            assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.getMessage()).contains("UDL " + udl + " septets needs");
        }
    }

    @Test
    void packedSeptetCountsAreExactPast256MiB() {
        // without a UDL, data.length * 8 overflowed int from 256 MiB on and the text was silently truncated
        assertThat(Decoder.packedTextSeptets(268_435_456, 0, -1)).isEqualTo(306_783_378);
        assertThat(Decoder.packedTextSeptets(1_000_000_000, 7, -1)).isEqualTo(1_142_857_142 - 8);
        assertThat(Decoder.packedTextSeptets(1_879_048_192, 0, Integer.MAX_VALUE - 8))
                .isEqualTo(Integer.MAX_VALUE - 8);
    }

    @Test
    void dataHoldingMoreSeptetsThanAStringIsRejectedBeforeAllocating() {
        SmsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Decoder.packedTextSeptets(Integer.MAX_VALUE, 0, -1), SmsException.class);
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
        assertThat(e.index()).isEqualTo(1_879_048_185);
        assertThat(e.getMessage()).contains("2454267025 septets");
    }

    @Test
    void udlInsideTheHeaderIsMalformed() {
        SmsException e = failure(0, true, "0500030102014142", 6, DecodeOptions.defaults());
        assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA);
        assertThat(e.index()).isEqualTo(6);
    }

    @Test
    void withoutAUdlATrailingAtOrCrOnTheBoundaryIsReadAsPadding() {
        // 8 septets fill 7 octets exactly: the last septet cannot be told from 7 padding bits
        for (String last : new String[] {"@", "\r"}) {
            EncodedPart part =
                    Sms.encode("hellohe" + last, SmsOptions.defaults(), 0).get(0);
            assertThat(Sms.decode(UserData.of(0, false, part.userData())).text())
                    .isEqualTo("hellohe");
            assertThat(Sms.decode(UserData.of(0, false, part.userData(), part.udl()), DecodeOptions.defaults())
                            .text())
                    .isEqualTo("hellohe" + last);
        }
    }

    /** Packs septets by hand, least significant bit first (3GPP TS 23.038 clause 6.1.2.1.1). */
    private static byte[] packed(int... septets) {
        byte[] out = new byte[(septets.length * 7 + 7) / 8];
        for (int k = 0; k < septets.length; k++) {
            int bit = 7 * k;
            out[bit / 8] |= (byte) (septets[k] << (bit % 8));
            if (bit % 8 > 1) {
                out[bit / 8 + 1] |= (byte) (septets[k] >> (8 - bit % 8));
            }
        }
        return out;
    }

    @Test
    void anEscapedCodeInThePaddingPositionIsKept() {
        // a b c d e f ESC 0x00: the last septet is the escape's code, not padding ("@" by the display rule)
        assertThat(Sms.decode(UserData.of(0, false, packed(0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x1B, 0x00)))
                        .text())
                .isEqualTo("abcdef@");
        assertThat(Sms.decode(UserData.of(0, false, packed(0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x1B, 0x0D)))
                        .text())
                .isEqualTo("abcdef\r");
        // a b c d e ESC ESC 0x00: ESC ESC is one pair (a space), so the last septet is padding again
        assertThat(Sms.decode(UserData.of(0, false, packed(0x61, 0x62, 0x63, 0x64, 0x65, 0x1B, 0x1B, 0x00)))
                        .text())
                .isEqualTo("abcde ");
    }
}
