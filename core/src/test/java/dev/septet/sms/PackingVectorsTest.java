/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known-answer vectors for septet packing and headers, each checkable by hand from 3GPP TS 23.038 clause 6.1.2.1.1
 * (packing, least significant bit first) and 3GPP TS 23.040 clause 9.2.3.24 (User Data Header, fill bits).
 */
class PackingVectorsTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    @Test
    void hellohelloPacksToTheClassicVector() {
        EncodedPart part = Sms.encode("hellohello", SmsOptions.defaults(), 0).get(0);
        assertThat(hex(part.userData())).isEqualTo("E8329BFD4697D9EC37");
        assertThat(part.udl()).isEqualTo(10);
        assertThat(part.dcs()).isEqualTo(0x00);
        assertThat(part.udhi()).isFalse();
        assertThat(part.udh()).isEmpty();
    }

    @Test
    void unpackedIsOneSeptetPerOctetWithEscapes() {
        EncodedPart part = Sms.encode("A{@", SmsOptions.defaults().withSeptetFormat(SeptetFormat.UNPACKED), 0)
                .get(0);
        // 'A' 0x41, '{' = ESC 0x28, '@' 0x00
        assertThat(hex(part.userData())).isEqualTo("411B2800");
        assertThat(part.udl()).isEqualTo(4);
    }

    @Test
    void concatenatedPartHasHeaderAndOneFillBit() {
        List<EncodedPart> parts = Sms.encode("h".repeat(161), SmsOptions.defaults(), 0xCC);
        assertThat(parts).hasSize(2);
        EncodedPart first = parts.get(0);
        assertThat(hex(first.udh())).isEqualTo("050003CC0201");
        // 6 header octets = 48 bits; the text starts at septet 7 (bit 49): one fill bit, then 'h' 0x68 << 1
        assertThat(hex(first.userData())).startsWith("050003CC0201D0");
        assertThat(first.udl()).isEqualTo(7 + 153);
        assertThat(first.userData()).hasSize(140);
        assertThat(first.udhi()).isTrue();
        assertThat(hex(parts.get(1).udh())).isEqualTo("050003CC0202");
        assertThat(parts.get(1).udl()).isEqualTo(7 + 8);
    }

    @Test
    void sixteenBitReferenceUsesElement08() {
        List<EncodedPart> parts =
                Sms.encode("x".repeat(200), SmsOptions.defaults().withReference16(true), 0x1234);
        assertThat(hex(parts.get(0).udh())).isEqualTo("0608041234020" + "1");
        // 7 header octets = 56 bits = exactly 8 septets: no fill bits
        assertThat(parts.get(0).udl()).isEqualTo(8 + 152);
    }

    @Test
    void eightBitReferenceKeepsTheLowByte() {
        EncodedPart part =
                Sms.encode("x".repeat(200), SmsOptions.defaults(), 0x1FF).get(0);
        assertThat(part.reference()).isEqualTo(0xFF);
        assertThat(hex(part.udh())).isEqualTo("050003FF0201");
    }

    @Test
    void portugueseSingleShiftHeaderAndThreeFillBits() {
        EncodedPart part = Sms.encode(
                        "Ação è ótima", SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE), 0)
                .get(0);
        assertThat(hex(part.udh())).isEqualTo("03240103");
        // 4 header octets = 32 bits; text starts at septet 5 (bit 35): 3 fill bits
        assertThat(part.udl()).isEqualTo(5 + 15);
        byte[] data = part.userData();
        assertThat(data[4] & 0x07).isZero();
        // 'A' 0x41: low 5 bits in bits 3..7 of octet 4, high 2 bits in bits 0..1 of octet 5
        assertThat((data[4] & 0xFF) >>> 3 | (data[5] & 0x03) << 5).isEqualTo(0x41);
    }

    @Test
    void portugueseLockingAndSingleShiftElementsBothPresent() {
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        // ª (locking only) + Φ (Portuguese single shift only, not in the Portuguese locking table)
        EncodedPart part = Sms.encode("ª Φ", pt, 0).get(0);
        assertThat(hex(part.udh())).isEqualTo("0624010325010" + "3");
    }

    @Test
    void crPaddingFillsSevenSpareBits() {
        SmsOptions padded = SmsOptions.defaults().withCrPadding(true);
        assertThat(hex(Sms.encode("abcdefg", SmsOptions.defaults(), 0).get(0).userData()))
                .endsWith("01");
        EncodedPart part = Sms.encode("abcdefg", padded, 0).get(0);
        // 'g' 0x67 leaves its high bit in bit 0 of octet 6; CR 0x0D fills bits 1..7: 0x1A | 0x01
        assertThat(hex(part.userData())).endsWith("1B").hasSize(14);
        assertThat(part.udl()).isEqualTo(7);
        assertThat(Sms.decode(UserData.of(0, false, part.userData())).text()).isEqualTo("abcdefg");
    }

    @Test
    void crPaddingDoesNothingWithoutSevenSpareBits() {
        SmsOptions padded = SmsOptions.defaults().withCrPadding(true);
        assertThat(Sms.encode("abcdefgh", padded, 0).get(0).userData())
                .isEqualTo(
                        Sms.encode("abcdefgh", SmsOptions.defaults(), 0).get(0).userData());
    }

    /**
     * 3GPP TS 23.038 clause 6.1.2.3.1: a wanted CR that ends on an octet boundary would read as padding, so the
     * writer adds a second CR and one zero bit. "hellohe" + CR is 8 septets, 7 octets: the eighth octet holds CR.
     */
    @Test
    void crPaddingAddsASecondCrWhenTheTextEndsInCrOnAnOctetBoundary() {
        EncodedPart part = Sms.encode("hellohe\r", SmsOptions.defaults().withCrPadding(true), 0)
                .get(0);
        assertThat(hex(part.userData())).isEqualTo("E8329BFD46971B" + "0D");
        assertThat(part.udl()).as("the UDL still counts the text's septets").isEqualTo(8);
        assertThat(Sms.decode(UserData.of(0, false, part.userData(), part.udl()), DecodeOptions.defaults())
                        .text())
                .isEqualTo("hellohe\r");
        assertThat(Sms.decode(UserData.of(0, false, part.userData())).text())
                .as("without a UDL: CR CR, one CR shown twice")
                .isEqualTo("hellohe\r\r");
        // without the option the CR on the boundary is kept only by the UDL
        EncodedPart plain = Sms.encode("hellohe\r", SmsOptions.defaults(), 0).get(0);
        assertThat(hex(plain.userData())).isEqualTo("E8329BFD46971B");
    }

    @Test
    void crPaddingSecondCrFollowsAHeaderToo() {
        // header 6 octets = 7 septets; 153 septets of text end at septet 160, an octet boundary, in a full part:
        // no room for a second CR, so the part stays at 140 octets and the UDL marks the end
        String text = "a".repeat(152) + "\r" + "b".repeat(8) + "\r";
        List<EncodedPart> parts = Sms.encode(text, SmsOptions.defaults().withCrPadding(true), 1);
        assertThat(parts.get(0).userData()).hasSize(140);
        // part 2: 7 header septets + 8 'b' + CR = 16 septets, 14 octets: the second CR makes 15
        EncodedPart last = parts.get(1);
        assertThat(last.text()).isEqualTo("b".repeat(8) + "\r");
        assertThat(last.userData()).hasSize(15);
        assertThat(last.userData()[14]).isEqualTo((byte) 0x0D);
        assertThat(Sms.decode(UserData.of(0, true, last.userData())).text()).isEqualTo("b".repeat(8) + "\r\r");
    }

    @Test
    void crPaddingNeverMakesAFullSinglePartLongerThan140Octets() {
        // 159 letters and CR are 160 septets: exactly 140 octets, ending on the boundary, with no room left
        EncodedPart part = Sms.encode(
                        "a".repeat(159) + "\r", SmsOptions.defaults().withCrPadding(true), 0)
                .get(0);
        assertThat(part.userData()).hasSize(140);
        assertThat(part.udl()).isEqualTo(160);
        assertThat(Sms.decode(UserData.of(0, false, part.userData(), 160), DecodeOptions.defaults())
                        .text())
                .endsWith("a\r");
    }

    @Test
    void crPaddingLeavesACrOffTheBoundaryAlone() {
        // "abcdef" + CR = 7 septets: the 7 spare bits get CR padding, no second CR
        EncodedPart part = Sms.encode("abcdef\r", SmsOptions.defaults().withCrPadding(true), 0)
                .get(0);
        assertThat(part.userData()).hasSize(7);
        assertThat(Sms.decode(UserData.of(0, false, part.userData())).text()).isEqualTo("abcdef\r");
    }

    @Test
    void headerWriterAndParserAgreeOnEveryElement() {
        byte[] h = new byte[UserDataHeader.octets(2, true, true)];
        assertThat(UserDataHeader.write(3, 2, 0xBEEF, true, 3, 1, h)).isEqualTo(h.length);
        assertThat(hex(h)).isEqualTo("0C0804BEEF0302" + "240103" + "250101");
        UserDataHeader parsed = UserDataHeader.parse(h);
        assertThat(parsed.octets).isEqualTo(h.length);
        assertThat(parsed.concatenation).contains(new Concatenation(0xBEEF, 3, 2, true));
        assertThat(parsed.shift).isEqualTo(3);
        assertThat(parsed.locking).isEqualTo(1);
        assertThat(parsed.elements).allMatch(InformationElement::applied).hasSize(3);
        byte[] untouched = {0x55};
        assertThat(UserDataHeader.write(1, 1, 9, false, 0, 0, untouched)).isZero();
        assertThat(untouched).containsExactly(0x55);
        assertThat(UserDataHeader.octets(0, false, false)).isZero();
    }

    @Test
    void packerPacksAndUnpacksTheSameSeptets() {
        byte[] packed = new byte[SeptetPacker.packedOctets(10, false)];
        SeptetPacker.pack("hellohello", 0, 0, packed, 0, false, false);
        assertThat(hex(packed)).isEqualTo("E8329BFD4697D9EC37");
        byte[] unpacked = new byte[10];
        SeptetPacker.writeUnpacked("hellohello", 0, 0, unpacked, 0);
        assertThat(SeptetPacker.unpack(packed, 0, 10)).isEqualTo(unpacked);
        assertThat(SeptetPacker.octets(Integer.MAX_VALUE)).isEqualTo(1_879_048_192L);
        assertThat(SeptetPacker.septetsIn(Integer.MAX_VALUE)).isEqualTo(2_454_267_025L);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 15, 16, 153, 160})
    void textEndingInAtRoundTripsWithTheUdl(int septets) {
        String text = "a".repeat(septets - 1) + "@";
        for (EncodedPart part : Sms.encode(text, SmsOptions.defaults(), 0)) {
            DecodedMessage decoded = Sms.decode(UserData.of(part), DecodeOptions.defaults());
            assertThat(decoded.text()).isEqualTo(part.text());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 15})
    void sevenSpareZeroBitsAreNotReadAsAtWithoutUdl(int septets) {
        String text = "a".repeat(septets);
        EncodedPart part = Sms.encode(text, SmsOptions.defaults(), 0).get(0);
        assertThat(Sms.decode(UserData.of(0, false, part.userData())).text()).isEqualTo(text);
    }

    @Test
    void ucs2WithSurrogatePairIsUtf16BigEndian() {
        EncodedPart part =
                Sms.encode("hi \uD83D\uDE00", SmsOptions.defaults(), 0).get(0);
        assertThat(hex(part.userData())).isEqualTo("006800690020D83DDE00");
        assertThat(part.dcs()).isEqualTo(0x08);
        assertThat(part.udl()).isEqualTo(10);
        assertThat(part.units()).isEqualTo(5);
    }

    @Test
    void ucs2ConcatenatedUdlCountsHeaderOctets() {
        List<EncodedPart> parts = Sms.encode("\u0416".repeat(71), SmsOptions.defaults(), 9);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).udl()).isEqualTo(6 + 2 * 67);
        assertThat(hex(parts.get(0).userData())).startsWith("05000309020104160416");
    }

    @Test
    void everyPackedPartFitsIn140Octets() {
        for (String text : new String[] {"x".repeat(1000), "]".repeat(400), "\u00E7".repeat(500)}) {
            for (SmsOptions options : new SmsOptions[] {
                SmsOptions.defaults(),
                SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE).withReference16(true)
            }) {
                for (EncodedPart part : Sms.encode(text, options, 1)) {
                    assertThat(part.userData().length).isLessThanOrEqualTo(140);
                }
            }
        }
    }

    @Test
    void encodedPartArraysAreDefensiveCopies() {
        EncodedPart part = Sms.encode("hello", SmsOptions.defaults(), 0).get(0);
        part.userData()[0] = 0;
        assertThat(part.userData()[0]).isNotZero();
        assertThat(part).isEqualTo(Sms.encode("hello", SmsOptions.defaults(), 0).get(0));
        assertThat(part.toString()).contains("E8329BFD06");
    }

    @Test
    void referenceSourceIsCalledOnlyForMultipartMessages() {
        ReferenceSource counter = ReferenceSource.counter(255);
        assertThat(Sms.encode("short", SmsOptions.defaults(), counter).get(0).reference())
                .isZero();
        assertThat(Sms.encode("y".repeat(170), SmsOptions.defaults(), counter)
                        .get(0)
                        .reference())
                .isEqualTo(255);
        // the counter wraps at 256 for the 8-bit element
        assertThat(Sms.encode("y".repeat(170), SmsOptions.defaults(), counter)
                        .get(0)
                        .reference())
                .isZero();
    }
}
