/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static dev.septet.smpp.Fixtures.HANDSET;
import static dev.septet.smpp.Fixtures.SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.DecodeOptions;
import dev.septet.sms.Encoding;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import dev.septet.sms.UserData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends through a jsmpp client to two independent SMPP servers on loopback (jsmpp's SMPPServerSession and
 * cloudhopper-smpp), for every mode: checks the bytes, esm_class, data_coding and TLVs each server parsed, and
 * joins what it received back into the original text with Septet's decoder.
 */
class SmppSendInteropTest {

    /** What one send did: Septet's view and the server's. */
    record Sent(Submission submission, List<String> ids, List<RecordedPdu> received) {}

    private static Sent send(Fixtures.Server server, SmppOptions options, String text) throws Exception {
        SmppSender sender = SmppSender.create(options, ReferenceSource.counter(0x1234A7));
        Submission submission = sender.submission(text);
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                List<String> ids = sender.send(session, SENDER, HANDSET, submission);
                return new Sent(submission, ids, smsc.submits());
            } finally {
                session.unbindAndClose();
            }
        }
    }

    /** Checks what the server parsed against Septet's PDUs and the mode's rules, and joins it back into text. */
    private static void assertWireAndJoin(Sent sent, SmppOptions options, String text) {
        Submission s = sent.submission();
        assertThat(sent.received()).hasSameSizeAs(s.parts());
        assertThat(sent.ids()).hasSameSizeAs(s.parts()).doesNotHaveDuplicates();
        int dataCoding = s.encoding() == Encoding.UCS2 ? 0x08 : options.gsm7DataCoding();
        for (int i = 0; i < s.parts().size(); i++) {
            SubmitPart part = s.parts().get(i);
            RecordedPdu pdu = sent.received().get(i);
            assertThat(pdu.source()).isEqualTo(SENDER);
            assertThat(pdu.destination()).isEqualTo(HANDSET);
            assertThat(pdu.shortMessage()).isEqualTo(part.shortMessage());
            assertThat(pdu.esmClass()).isEqualTo(part.esmClass());
            assertThat(pdu.dataCoding()).isEqualTo(part.dataCoding()).isEqualTo(dataCoding);
            assertThat(pdu.tlvs()).isEqualTo(part.optionalParameters());
            assertThat(pdu.shortMessage().length).isLessThanOrEqualTo(254);
            int total = s.parts().size();
            switch (options.mode()) {
                case UDH:
                    if (total > 1) {
                        byte[] sm = pdu.shortMessage();
                        assertThat(pdu.esmClass()).isEqualTo(0x40);
                        if (options.sms().reference16()) {
                            assertThat(Arrays.copyOf(sm, 7))
                                    .containsExactly(
                                            0x06,
                                            0x08,
                                            0x04,
                                            (part.reference() >>> 8),
                                            part.reference() & 0xFF,
                                            total,
                                            i + 1);
                        } else if (options.sms().languages().isEmpty()) {
                            assertThat(Arrays.copyOf(sm, 6))
                                    .containsExactly(0x05, 0x00, 0x03, part.reference(), total, i + 1);
                        }
                    }
                    assertThat(pdu.tlvs()).isEmpty();
                    break;
                case SAR:
                    assertThat(pdu.esmClass()).isZero();
                    if (total > 1) {
                        assertThat(pdu.tlv(Tlv.SAR_MSG_REF_NUM).value())
                                .containsExactly(options.sms().reference16() ? 0x34 : 0x00, 0xA7);
                        assertThat(pdu.tlv(Tlv.SAR_TOTAL_SEGMENTS).unsignedValue())
                                .isEqualTo(total);
                        assertThat(pdu.tlv(Tlv.SAR_SEGMENT_SEQNUM).unsignedValue())
                                .isEqualTo(i + 1);
                    }
                    if (total > 1) {
                        // room for the header the SMSC adds: 153 septets or 67 UCS-2 units (152 or 66 for 16-bit)
                        int room = s.encoding() == Encoding.UCS2 ? 67 : 153;
                        assertThat(part.units())
                                .isLessThanOrEqualTo(options.sms().reference16() ? room - 1 : room);
                    } else {
                        assertThat(pdu.tlvs()).isEmpty();
                    }
                    break;
                default:
                    assertThat(pdu.shortMessage()).isEmpty();
                    assertThat(pdu.esmClass()).isZero();
                    assertThat(pdu.tlvs()).extracting(Tlv::tag).containsExactly(Tlv.MESSAGE_PAYLOAD);
                    assertThat(s.smsParts())
                            .isEqualTo(Sms.analyze(text, options.sms()).parts());
                    break;
            }
        }
        // join what the server received with Septet's decoder, in reverse order to prove order does not matter
        SmppReceiver receiver = SmppReceiver.builder()
                .septetFormat(options.sms().septetFormat())
                .build();
        List<Inbound> results = new ArrayList<>();
        for (int i = sent.received().size() - 1; i >= 0; i--) {
            RecordedPdu pdu = sent.received().get(i);
            results.add(receiver.offer(
                    pdu.source(), pdu.destination(), pdu.esmClass(), pdu.dataCoding(), pdu.shortMessage(), pdu.tlvs()));
        }
        Inbound last = results.get(results.size() - 1);
        assertThat(last).isInstanceOf(MobileMessage.class);
        MobileMessage joined = (MobileMessage) last;
        assertThat(joined.text()).isEqualTo(text);
        assertThat(joined.parts()).isEqualTo(s.parts().size());
        assertThat(joined.encoding()).isEqualTo(s.encoding());
        assertThat(results.subList(0, results.size() - 1)).allMatch(r -> r instanceof PartReceived);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.septet.smpp.Fixtures#everyServerAndVariant")
    void threePartGsmWithAnEscapeAtTheBoundary(Fixtures.Server server, Fixtures.Variant variant) throws Exception {
        SmppOptions options = variant.options();
        int capacity = options.sms().reference16() ? 152 : 153;
        // the euro sign (escape + 0x65) would take septets capacity and capacity + 1: it must move to part 2
        String text = "a".repeat(capacity - 1) + "\u20AC" + "b".repeat(capacity - 2) + "{" + "c".repeat(100);
        Sent sent = send(server, options, text);
        assertWireAndJoin(sent, options, text);
        assertThat(sent.submission().smsParts()).isEqualTo(3);
        assertThat(sent.submission().encoding()).isEqualTo(Encoding.GSM7);
        if (options.mode() != SmppMode.MESSAGE_PAYLOAD) {
            List<SubmitPart> parts = sent.submission().parts();
            assertThat(parts)
                    .extracting(SubmitPart::text)
                    .containsExactly(
                            "a".repeat(capacity - 1), "\u20AC" + "b".repeat(capacity - 2), "{" + "c".repeat(100));
            assertThat(parts).extracting(SubmitPart::units).containsExactly(capacity - 1, capacity, 102);
            if (variant.format() == SeptetFormat.UNPACKED) {
                int header = options.mode() == SmppMode.UDH ? (options.sms().reference16() ? 7 : 6) : 0;
                assertThat(parts.get(1).smLength()).isEqualTo(header + capacity);
                byte[] sm = parts.get(1).shortMessage();
                assertThat(Arrays.copyOfRange(sm, header, header + 2)).containsExactly(0x1B, 0x65);
            }
        } else {
            byte[] payload = sent.received().get(0).tlv(Tlv.MESSAGE_PAYLOAD).value();
            assertThat(payload).hasSize(text.length() + 2); // one septet per octet, two escapes
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.septet.smpp.Fixtures#everyServerAndVariant")
    void textEndingInAtSignAtEightNSeptets(Fixtures.Server server, Fixtures.Variant variant) throws Exception {
        SmppOptions options = variant.options();
        int capacity = options.sms().reference16() ? 152 : 153;
        // one part of 160 septets, and a second part whose septets (plus header and fill) make a multiple of 8
        for (String text : List.of("x".repeat(159) + "@", "y".repeat(capacity) + "z".repeat(144) + "@")) {
            Sent sent = send(server, options, text);
            if (variant.format() == SeptetFormat.UNPACKED) {
                assertWireAndJoin(sent, options, text);
            } else {
                // packed SMPP carries no septet count: decode what the server received with the UDL the encoder
                // knew, which is what keeps the final '@' apart from 7 bits of fill
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < sent.received().size(); i++) {
                    RecordedPdu pdu = sent.received().get(i);
                    SubmitPart part = sent.submission().parts().get(i);
                    assertThat(pdu.shortMessage()).isEqualTo(part.shortMessage());
                    int headerSeptets = (pdu.esmClass() & 0x40) != 0 ? ((pdu.shortMessage()[0] + 1) * 8 + 6) / 7 : 0;
                    joined.append(Sms.decode(
                                    UserData.of(
                                            pdu.dataCoding(),
                                            (pdu.esmClass() & 0x40) != 0,
                                            pdu.shortMessage(),
                                            headerSeptets + part.units()),
                                    DecodeOptions.defaults().withSeptetFormat(SeptetFormat.PACKED))
                            .text());
                }
                assertThat(joined.toString()).isEqualTo(text);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.septet.smpp.Fixtures#everyServerAndVariant")
    void ucs2WithAZwjEmojiSequenceAtTheBoundary(Fixtures.Server server, Fixtures.Variant variant) throws Exception {
        SmppOptions options = variant.options();
        int capacity = options.sms().reference16() ? 66 : 67;
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 8 UTF-16 units, one grapheme
        String text = "\u0416".repeat(capacity - 3) + family + "\u0416".repeat(50);
        Sent sent = send(server, options, text);
        assertWireAndJoin(sent, options, text);
        assertThat(sent.submission().encoding()).isEqualTo(Encoding.UCS2);
        assertThat(sent.received())
                .allSatisfy(pdu -> assertThat(pdu.dataCoding()).isEqualTo(0x08));
        if (options.mode() != SmppMode.MESSAGE_PAYLOAD) {
            assertThat(sent.submission().parts())
                    .extracting(SubmitPart::text)
                    .containsExactly("\u0416".repeat(capacity - 3), family + "\u0416".repeat(50));
        } else {
            assertThat(sent.submission().smsParts()).isEqualTo(2);
            assertThat(sent.received().get(0).tlv(Tlv.MESSAGE_PAYLOAD).length()).isEqualTo(text.length() * 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fixtures.Server.class)
    void portugueseWithNationalTablesInUdhMode(Fixtures.Server server) throws Exception {
        String text = "Ol\u00E1 Jo\u00E3o, a sua encomenda n\u00BA 4821 est\u00E1 a caminho. Aten\u00E7\u00E3o: o"
                + " c\u00F3digo \u00E9 v\u00E1lido at\u00E9 \u00E0s 18h. ";
        text = text.repeat(3);
        SmppOptions pt =
                SmppOptions.defaults().withSms(SmppOptions.defaults().sms().withLanguages(NationalLanguage.PORTUGUESE));
        Sent sent = send(server, pt, text);
        assertWireAndJoin(sent, pt, text);
        assertThat(sent.submission().encoding()).isEqualTo(Encoding.GSM7);
        int withoutTables = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(0))
                .submission(text)
                .smsParts();
        assertThat(sent.submission().smsParts()).isLessThan(withoutTables);
        for (RecordedPdu pdu : sent.received()) {
            // the header names the Portuguese table: element 0x25 (locking) or 0x24 (single shift) with value 3
            byte[] sm = pdu.shortMessage();
            int udhl = sm[0];
            boolean named = false;
            for (int at = 1; at < udhl; at += 2 + sm[at + 1]) {
                if ((sm[at] == 0x25 || sm[at] == 0x24) && sm[at + 2] == 3) {
                    named = true;
                }
            }
            assertThat(named)
                    .as("header %s names Portuguese", Arrays.toString(Arrays.copyOf(sm, udhl + 1)))
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = SmppMode.class,
            names = {"SAR", "MESSAGE_PAYLOAD"})
    void portugueseWithNationalTablesIsRefusedWhereNoHeaderCanNameThem(SmppMode mode) {
        SmppOptions pt =
                SmppOptions.defaults().withSms(SmppOptions.defaults().sms().withLanguages(NationalLanguage.PORTUGUESE));
        assertThatThrownBy(() -> pt.withMode(mode)).isInstanceOfSatisfying(SmsException.class, e -> {
            assertThat(e.error()).isEqualTo(SmsError.INVALID_OPTION);
            assertThat(e.field()).isEqualTo("languages");
            assertThat(e.getMessage()).contains(mode.toString()).contains("User Data Header");
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.septet.smpp.Fixtures#everyServerAndVariant")
    void twoHundredFiftyFivePartsAreSentAndTwoHundredFiftySixAreRefusedBeforeSending(
            Fixtures.Server server, Fixtures.Variant variant) throws Exception {
        SmppOptions options = variant.options();
        int capacity = options.sms().reference16() ? 152 : 153;
        String longest = "x".repeat(capacity * 255);
        // jsmpp 3.0.2's PDU reader takes a TLV length as a signed 16-bit number, so as a server it cannot read a
        // message_payload over 32,767 octets (here 39,015; SMPP 3.4 allows 65,535): cloudhopper checks that case
        if (!(server == Fixtures.Server.JSMPP && options.mode() == SmppMode.MESSAGE_PAYLOAD)) {
            Sent sent = send(server, options, longest);
            assertWireAndJoin(sent, options, longest);
            assertThat(sent.submission().smsParts()).isEqualTo(255);
        }

        SmppSender sender = SmppSender.create(options, ReferenceSource.counter(1));
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, SmppReceiver.builder().build());
            try {
                assertThatThrownBy(() -> sender.send(session, SENDER, HANDSET, longest + "x"))
                        .isInstanceOfSatisfying(SmsException.class, e -> {
                            assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                            assertThat(e.partsNeeded()).isEqualTo(256);
                        });
                assertThat(smsc.submits()).isEmpty();
            } finally {
                session.unbindAndClose();
            }
        }
    }
}
