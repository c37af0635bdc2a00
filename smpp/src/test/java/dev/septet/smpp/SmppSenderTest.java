/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.Encoding;
import dev.septet.sms.EncodingChoice;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submit_sm fields of each mode, checked octet by octet without a server, and the options' rules. */
class SmppSenderTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static Submission build(SmppOptions options, String text) {
        return SmppSender.create(options, ReferenceSource.counter(0x0102)).submission(text);
    }

    @Test
    void defaultsAreUdhUnpackedWithDataCodingZero() {
        Submission s = build(SmppOptions.defaults(), "@".repeat(160) + "A");
        assertThat(s.mode()).isEqualTo(SmppMode.UDH);
        assertThat(s.parts()).hasSize(2);
        SubmitPart first = s.parts().get(0);
        assertThat(HEX.formatHex(first.shortMessage(), 0, 8)).isEqualTo("0500030202010000");
        assertThat(first.smLength()).isEqualTo(6 + 153);
        assertThat(first.esmClass()).isEqualTo(0x40);
        assertThat(first.udhi()).isTrue();
        assertThat(first.dataCoding()).isZero();
        assertThat(first.reference()).isEqualTo(0x02);
        assertThat(first.optionalParameters()).isEmpty();
        assertThat(s.parts().get(1).smLength()).isEqualTo(6 + 8);
    }

    @Test
    void aSinglePartHasNoHeaderInAnyMode() {
        for (SmppMode mode : SmppMode.values()) {
            SubmitPart only = build(SmppOptions.defaults().withMode(mode), "Hello")
                    .parts()
                    .get(0);
            assertThat(only.esmClass()).isZero();
            assertThat(only.udhi()).isFalse();
            assertThat(only.reference()).isZero();
            if (mode == SmppMode.MESSAGE_PAYLOAD) {
                assertThat(only.smLength()).isZero();
                assertThat(only.optionalParameters())
                        .containsExactly(new Tlv(Tlv.MESSAGE_PAYLOAD, HEX.parseHex("48656C6C6F")));
            } else {
                assertThat(HEX.formatHex(only.shortMessage())).isEqualTo("48656C6C6F");
                assertThat(only.optionalParameters()).isEmpty();
            }
        }
    }

    @Test
    void udhWithA16BitReferenceAndPackedSeptets() {
        SmppOptions o = SmppOptions.defaults()
                .withSms(SmppOptions.defaults().sms().withReference16(true).withSeptetFormat(SeptetFormat.PACKED));
        List<SubmitPart> parts = build(o, "x".repeat(161)).parts();
        assertThat(parts).extracting(SubmitPart::units).containsExactly(152, 9);
        assertThat(HEX.formatHex(parts.get(0).shortMessage(), 0, 7)).isEqualTo("06080401020201");
        assertThat(parts.get(0).smLength()).isEqualTo(140);
    }

    @Test
    void sarSegmentsLeaveRoomForTheSmscsHeader() {
        SmppOptions sar = SmppOptions.defaults().withMode(SmppMode.SAR);
        Submission gsm = build(sar, "y".repeat(161));
        assertThat(gsm.parts()).extracting(SubmitPart::smLength).containsExactly(153, 8);
        SubmitPart first = gsm.parts().get(0);
        assertThat(first.esmClass()).isZero();
        // segments sized for the 8-bit element carry a reference that fits it, or the SMSC writes the 16-bit one
        assertThat(first.reference()).isEqualTo(0x02);
        assertThat(first.optionalParameters())
                .containsExactly(
                        new Tlv(Tlv.SAR_MSG_REF_NUM, new byte[] {0, 2}),
                        new Tlv(Tlv.SAR_TOTAL_SEGMENTS, new byte[] {2}),
                        new Tlv(Tlv.SAR_SEGMENT_SEQNUM, new byte[] {1}));
        assertThat(build(sar, "\u0416".repeat(71)).parts())
                .extracting(SubmitPart::smLength)
                .containsExactly(134, 8);
        SmppOptions sar16 = sar.withSms(sar.sms().withReference16(true));
        List<SubmitPart> gsm16 = build(sar16, "y".repeat(161)).parts();
        assertThat(gsm16).extracting(SubmitPart::units).containsExactly(152, 9);
        assertThat(gsm16.get(0).reference()).isEqualTo(0x0102);
        assertThat(gsm16.get(0).optionalParameters().get(0)).isEqualTo(new Tlv(Tlv.SAR_MSG_REF_NUM, new byte[] {1, 2}));
        assertThat(build(sar16, "\u0416".repeat(71)).parts())
                .extracting(SubmitPart::units)
                .containsExactly(66, 5);
        // the reference counter gives 8 bits, or 16 when asked
        SmppSender sender = SmppSender.create(sar, ReferenceSource.counter(0x1FFFF));
        assertThat(sender.submission("z".repeat(200)).parts().get(0).reference())
                .isEqualTo(0xFF);
        assertThat(sender.submission("z".repeat(200)).parts().get(0).reference())
                .isZero();
        SmppSender sender16 = SmppSender.create(sar16, ReferenceSource.counter(0x1FFFF));
        assertThat(sender16.submission("z".repeat(200)).parts().get(0).reference())
                .isEqualTo(0xFFFF);
    }

    @Test
    void sarPackedSegmentsArePackedFromTheFirstBit() {
        SmppOptions o = SmppOptions.defaults()
                .withMode(SmppMode.SAR)
                .withSms(SmppOptions.defaults().sms().withSeptetFormat(SeptetFormat.PACKED));
        List<SubmitPart> parts = build(o, "hellohello" + "x".repeat(160)).parts();
        assertThat(HEX.formatHex(parts.get(0).shortMessage(), 0, 9)).isEqualTo("E8329BFD4697D9EC37");
        assertThat(parts.get(0).smLength()).isEqualTo((153 * 7 + 7) / 8);
    }

    @Test
    void messagePayloadCarriesTheWholeTextWithSmLengthZero() {
        SmppOptions o =
                SmppOptions.defaults().withMode(SmppMode.MESSAGE_PAYLOAD).withGsm7DataCoding(0x01);
        Submission s = build(o, "a".repeat(300) + "\u20AC");
        assertThat(s.smsParts()).isEqualTo(2);
        assertThat(s.parts()).hasSize(1);
        SubmitPart only = s.parts().get(0);
        assertThat(only.smLength()).isZero();
        assertThat(only.dataCoding()).isEqualTo(0x01);
        assertThat(only.total()).isEqualTo(1);
        assertThat(only.units()).isEqualTo(302);
        assertThat(only.text()).isEqualTo("a".repeat(300) + "\u20AC");
        Tlv payload = only.optionalParameters().get(0);
        assertThat(payload.length()).isEqualTo(302);
        assertThat(HEX.formatHex(payload.value(), 299, 302)).isEqualTo("611B65");
        Submission ucs2 = build(o, "\u0416".repeat(100));
        assertThat(ucs2.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(ucs2.parts().get(0).dataCoding()).isEqualTo(0x08);
        assertThat(ucs2.smsParts()).isEqualTo(2);
    }

    @Test
    void optionsAreValidatedNamingTheField() {
        SmppOptions d = SmppOptions.defaults();
        assertThat(d.sms().septetFormat()).isEqualTo(SeptetFormat.UNPACKED);
        assertThat(d.gsm7DataCoding()).isZero();
        assertThat(d.registeredDelivery()).isZero();
        assertThat(d.withRegisteredDelivery(1).registeredDelivery()).isEqualTo(1);
        assertInvalid(
                () -> d.withGsm7DataCoding(0x03),
                "gsm7DataCoding",
                "gsm7DataCoding must be 0x00 or 0x01," + " was 0x03");
        assertInvalid(
                () -> d.withRegisteredDelivery(256),
                "registeredDelivery",
                "registeredDelivery must be between 0 and 255, was 256");
        assertInvalid(
                () -> d.withRegisteredDelivery(-1),
                "registeredDelivery",
                "registeredDelivery must be between 0 and 255, was -1");
        assertInvalid(
                () -> d.withMode(SmppMode.MESSAGE_PAYLOAD).withSms(d.sms().withSeptetFormat(SeptetFormat.PACKED)),
                "septetFormat",
                null);
        assertInvalid(
                () -> d.withMode(SmppMode.SAR).withSms(d.sms().withLanguages(NationalLanguage.TURKISH)),
                "languages",
                null);
        assertThatThrownBy(() -> new SmppOptions(null, d.sms(), 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SmppSender.create(d, null)).isInstanceOf(NullPointerException.class);
        assertThat(SmppSender.create(d, ReferenceSource.counter(0)).options()).isSameAs(d);
    }

    private static void assertInvalid(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SmsException.class, e -> {
            assertThat(e.error()).isEqualTo(SmsError.INVALID_OPTION);
            assertThat(e.field()).isEqualTo(field);
            if (message != null) {
                assertThat(e.getMessage()).isEqualTo(message);
            }
        });
    }

    @Test
    void textErrorsComeFromCoreBeforeAnythingIsBuilt() {
        SmppOptions three =
                SmppOptions.defaults().withSms(SmppOptions.defaults().sms().withMaxParts(3));
        assertThatThrownBy(() -> build(three, "x".repeat(153 * 3 + 1)))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.partsNeeded()).isEqualTo(4);
                });
        assertThatThrownBy(() -> build(SmppOptions.defaults(), ""))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.TEXT_MISSING));
        SmppOptions gsm = SmppOptions.defaults()
                .withMode(SmppMode.SAR)
                .withSms(SmppOptions.defaults().sms().withEncoding(EncodingChoice.GSM7));
        assertThatThrownBy(() -> build(gsm, "ok \u4E2D"))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.UNENCODABLE));
    }

    @Test
    void valuesCompareByContentAndCopyTheirArrays() {
        SubmitPart a = build(SmppOptions.defaults(), "same").parts().get(0);
        SubmitPart b = build(SmppOptions.defaults(), "same").parts().get(0);
        assertThat(a)
                .isEqualTo(b)
                .hasSameHashCodeAs(b)
                .isNotEqualTo(build(SmppOptions.defaults(), "other").parts().get(0));
        assertThat(a.toString()).contains("shortMessage=73616D65");
        a.shortMessage()[0] = 0;
        assertThat(a).isEqualTo(b);
        Tlv t = Tlv.ofShort(Tlv.SAR_MSG_REF_NUM, 0xABCD);
        assertThat(t.unsignedValue()).isEqualTo(0xABCD);
        assertThat(t)
                .isEqualTo(new Tlv(0x020C, new byte[] {(byte) 0xAB, (byte) 0xCD}))
                .hasSameHashCodeAs(new Tlv(0x020C, new byte[] {(byte) 0xAB, (byte) 0xCD}));
        assertThat(t.toString()).isEqualTo("Tlv[tag=0x020C, value=ABCD]");
        t.value()[0] = 0;
        assertThat(t.unsignedValue()).isEqualTo(0xABCD);
        assertThatThrownBy(() -> new Tlv(0x10000, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tlv(1, new byte[0x10000])).hasMessageContaining("at most 65535 octets");
        assertThatThrownBy(() -> new Tlv(1, new byte[5]).unsignedValue()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Tlv(1, new byte[0]).unsignedValue()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void addressesAreValidated() {
        assertThat(SmppAddress.international("447700900123")).isEqualTo(new SmppAddress(1, 1, "447700900123"));
        assertThat(SmppAddress.alphanumeric("Septet")).isEqualTo(new SmppAddress(5, 0, "Septet"));
        assertThatThrownBy(() -> new SmppAddress(256, 1, "1")).hasMessage("ton must be between 0 and 255, was 256");
        assertThatThrownBy(() -> new SmppAddress(1, -1, "1")).hasMessage("npi must be between 0 and 255, was -1");
        // kept as received, but jsmpp cannot send them: the send fails before any part goes out
        SmppAddress oddTon = new SmppAddress(7, 1, "1");
        SmppAddress oddNpi = new SmppAddress(1, 2, "1");
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(0));
        org.jsmpp.session.SMPPSession unbound = new org.jsmpp.session.SMPPSession();
        assertThatThrownBy(() -> sender.send(unbound, oddTon, Fixtures.HANDSET, "hi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ton 7 of '1' is not a type of number SMPP 3.4 defines, so jsmpp cannot send it");
        assertThatThrownBy(() -> sender.send(unbound, Fixtures.SENDER, oddNpi, "hi"))
                .hasMessage("npi 2 of '1' is not a numbering plan SMPP 3.4 defines, so jsmpp cannot send it");
        assertThatThrownBy(() -> SmppAddress.international("1".repeat(21)))
                .hasMessage("address must be at most 20 characters, was 21");
        assertThatThrownBy(() -> SmppAddress.alphanumeric("A".repeat(21)))
                .hasMessage("address must be at most 20 characters, was 21");
        // a received data_sm address may hold 64 characters
        assertThat(new SmppAddress(0, 14, "1".repeat(64)).address()).hasSize(64);
        assertThatThrownBy(() -> new SmppAddress(0, 14, "1".repeat(65)))
                .hasMessage("address must be at most 64 characters, was 65");
        // NUL ends a C-Octet String, so no SMPP peer can send or receive it inside an address
        assertThatThrownBy(() -> new SmppAddress(1, 1, "4477\u0000\u0040\u0000\u0000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "address has U+0000 at index 4, which would end it early: SMPP terminates an address with NUL");
    }

    @Test
    void submissionAndValueRecordsValidate() {
        assertThatThrownBy(() -> new Submission(SmppMode.UDH, Encoding.GSM7, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        SubmitPart p = build(SmppOptions.defaults(), "x").parts().get(0);
        assertThatThrownBy(() -> new Submission(SmppMode.UDH, Encoding.GSM7, 1, List.of()))
                .hasMessage("parts must not be empty");
        assertThat(new Submission(SmppMode.UDH, Encoding.GSM7, 1, List.of(p)).parts())
                .containsExactly(p);
        assertThatThrownBy(() -> new AcceptedPart(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MobileMessage(
                        Fixtures.HANDSET, Fixtures.SENDER, "", Encoding.GSM7, 0, java.util.OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
