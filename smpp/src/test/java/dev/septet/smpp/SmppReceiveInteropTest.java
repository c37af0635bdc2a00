/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static dev.septet.smpp.Fixtures.HANDSET;
import static dev.septet.smpp.Fixtures.SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.DataSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.type.Address;
import dev.septet.sms.Encoding;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.ReferenceSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mobile-originated messages: a real SMPP server (jsmpp or cloudhopper-smpp) delivers the parts of a long message
 * out of order with a duplicate, plus a delivery receipt, to a jsmpp client whose listener is an
 * {@link SmppReceiver}. The client gets exactly one complete message and one parsed receipt.
 */
class SmppReceiveInteropTest {
    private static final String RECEIPT = "id:c1 sub:001 dlvrd:001 submit date:2612011200 done date:2612011205"
            + " stat:DELIVRD err:000 Text:Ol\u00E1 Jo\u00E3o";

    static Stream<Arguments> serversAndForms() {
        List<Arguments> all = new ArrayList<>();
        for (Fixtures.Server server : Fixtures.Server.values()) {
            for (SmppMode form : new SmppMode[] {SmppMode.UDH, SmppMode.SAR}) {
                all.add(Arguments.of(server, form, false));
            }
            all.add(Arguments.of(server, SmppMode.UDH, true));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} national tables {2}")
    @MethodSource("serversAndForms")
    void partsOutOfOrderWithADuplicateAndAReceiptBecomeOneMessageAndOneReceipt(
            Fixtures.Server server, SmppMode form, boolean national) throws Exception {
        String text = national
                ? "Aten\u00E7\u00E3o: o c\u00F3digo \u00E9 v\u00E1lido at\u00E9 \u00E0s 18h, Jo\u00E3o. ".repeat(9)
                : "Your parcel {A-17} costs \u20AC12 [paid]. ".repeat(10);
        SmppOptions options = SmppOptions.defaults().withMode(form);
        if (national) {
            options = options.withSms(options.sms().withLanguages(NationalLanguage.PORTUGUESE));
        }
        // the handset's parts, built as a handset would number them
        List<SubmitPart> parts = SmppSender.create(options, ReferenceSource.counter(77))
                .submission(text)
                .parts();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);

        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
        SmppReceiver receiver = SmppReceiver.builder()
                .onMessage(messages::add)
                .onReceipt(receipts::add)
                .build();
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                List<Integer> order = new ArrayList<>();
                for (int i = parts.size(); i >= 2; i--) {
                    order.add(i);
                }
                order.add(2, order.get(0)); // the last part again, as a duplicate in the middle
                order.add(1);
                boolean receiptSent = false;
                for (int sequence : order) {
                    SubmitPart p = parts.get(sequence - 1);
                    assertThat(smsc.deliver(
                                    HANDSET,
                                    SENDER,
                                    p.esmClass(),
                                    p.dataCoding(),
                                    p.shortMessage(),
                                    p.optionalParameters()))
                            .isZero();
                    if (!receiptSent) {
                        receiptSent = true;
                        assertThat(smsc.deliver(
                                        HANDSET,
                                        SENDER,
                                        0x04,
                                        0x00,
                                        RECEIPT.getBytes(StandardCharsets.ISO_8859_1),
                                        List.of(
                                                new Tlv(
                                                        Tlv.RECEIPTED_MESSAGE_ID,
                                                        "c1\0".getBytes(StandardCharsets.US_ASCII)),
                                                Tlv.ofByte(Tlv.MESSAGE_STATE, 2))))
                                .isZero();
                    }
                }
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(messages).hasSize(1);
        MobileMessage m = messages.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.source()).isEqualTo(HANDSET);
        assertThat(m.destination()).isEqualTo(SENDER);
        assertThat(m.parts()).isEqualTo(parts.size());
        assertThat(m.reference()).isEqualTo(OptionalInt.of(form == SmppMode.SAR ? 77 : 77 & 0xFF));
        assertThat(m.encoding()).isEqualTo(Encoding.GSM7);

        assertThat(receipts).hasSize(1);
        DeliveryReceipt r = receipts.get(0);
        assertThat(r.messageType()).isEqualTo(0x04);
        assertThat(r.messageId()).isEqualTo("c1");
        assertThat(r.submitted()).hasValue(1);
        assertThat(r.delivered()).hasValue(1);
        assertThat(r.submitDate()).contains(LocalDateTime.of(2026, 12, 1, 12, 0));
        assertThat(r.doneDate()).contains(LocalDateTime.of(2026, 12, 1, 12, 5));
        assertThat(r.stat()).isEqualTo("DELIVRD");
        assertThat(r.err()).isEqualTo("000");
        assertThat(r.text()).isEqualTo("Ol\u00E1 Jo\u00E3o");
        assertThat(r.receiptedMessageId()).contains("c1");
        assertThat(r.messageState()).hasValue(2);
        assertThat(r.source()).isEqualTo(HANDSET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aReusedReferenceWithAnIdenticalFirstPartYieldsBothMessages(Fixtures.Server server) throws Exception {
        // the handset's 8-bit counter came round: same reference, same part count, same first two parts
        String first = "Your parcel {A-17} is out for delivery today, between 9h and 12h. ".repeat(6) + "Reply 1.";
        String second = first.substring(0, first.length() - 2) + "2.";
        List<SubmitPart> firstParts = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(9))
                .submission(first)
                .parts();
        List<SubmitPart> secondParts = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(9))
                .submission(second)
                .parts();
        assertThat(firstParts).hasSize(3).hasSameSizeAs(secondParts);
        assertThat(secondParts.get(0).shortMessage())
                .isEqualTo(firstParts.get(0).shortMessage());
        assertThat(secondParts.get(1).shortMessage())
                .isEqualTo(firstParts.get(1).shortMessage());

        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        List<PartialMessage> partials = new CopyOnWriteArrayList<>();
        SmppReceiver receiver = SmppReceiver.builder()
                .onMessage(messages::add)
                .onPartial(partials::add)
                .build();
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                List<SubmitPart> all = new ArrayList<>(firstParts);
                all.addAll(secondParts);
                for (SubmitPart p : all) {
                    assertThat(smsc.deliver(
                                    HANDSET,
                                    SENDER,
                                    p.esmClass(),
                                    p.dataCoding(),
                                    p.shortMessage(),
                                    p.optionalParameters()))
                            .isZero();
                }
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(messages).extracting(MobileMessage::text).containsExactly(first, second);
        assertThat(messages).extracting(MobileMessage::reference).containsOnly(OptionalInt.of(9));
        assertThat(partials).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} national tables {2}")
    @MethodSource("serversAndForms")
    void aMessageWhoseCallbackFailedIsDeliveredWhenTheSmscResendsTheLastPart(
            Fixtures.Server server, SmppMode form, boolean national) throws Exception {
        SmppOptions options = SmppOptions.defaults().withMode(form);
        if (national) {
            options = options.withSms(options.sms().withLanguages(NationalLanguage.PORTUGUESE));
        }
        String text = "Reply to {A-17}: yes, deliver after 18h. ".repeat(10);
        List<SubmitPart> parts = SmppSender.create(options, ReferenceSource.counter(41))
                .submission(text)
                .parts();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);

        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        SmppReceiver receiver = SmppReceiver.builder()
                .onMessage(m -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                    }
                    messages.add(m);
                })
                .build();
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                for (SubmitPart p : parts.subList(0, parts.size() - 1)) {
                    assertThat(deliver(smsc, p)).isZero();
                }
                SubmitPart last = parts.get(parts.size() - 1);
                // the callback fails: a temporary error (ESME_RX_T_APPN), so the SMSC keeps the part and resends it
                assertThat(deliver(smsc, last)).isEqualTo(0x64);
                assertThat(messages).isEmpty();
                assertThat(deliver(smsc, last)).isZero();
                assertThat(messages).hasSize(1);
                // once delivered, a further copy is a late duplicate again
                assertThat(deliver(smsc, last)).isZero();
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(calls).hasValue(2);
        assertThat(messages).hasSize(1);
        MobileMessage m = messages.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.parts()).isEqualTo(parts.size());
        assertThat(m.reference()).isEqualTo(OptionalInt.of(41));
        assertThat(m.source()).isEqualTo(HANDSET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aCallbackThatThrowsIllegalArgumentIsATemporaryErrorNotAnUnreadablePdu(Fixtures.Server server)
            throws Exception {
        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        SmppReceiver receiver = SmppReceiver.builder()
                .onMessage(m -> {
                    // the application's own parsing fails once, as an order number it cannot read yet would
                    if (calls.incrementAndGet() == 1) {
                        Integer.parseInt("A-17");
                    }
                    messages.add(m);
                })
                .onReceipt(r -> {
                    if (calls.incrementAndGet() == 3) {
                        throw new IllegalArgumentException("no such message id yet");
                    }
                    receipts.add(r);
                })
                .build();
        byte[] text = "Order A-17".getBytes(StandardCharsets.US_ASCII);
        byte[] receipt = "id:c1 stat:DELIVRD".getBytes(StandardCharsets.US_ASCII);
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                assertThat(smsc.deliver(HANDSET, SENDER, 0, 0, text, List.of())).isEqualTo(0x64);
                assertThat(smsc.deliver(HANDSET, SENDER, 0, 0, text, List.of())).isZero();
                assertThat(smsc.deliver(HANDSET, SENDER, 0x04, 0, receipt, List.of()))
                        .isEqualTo(0x64);
                assertThat(smsc.deliver(HANDSET, SENDER, 0x04, 0, receipt, List.of()))
                        .isZero();
                // an unreadable PDU is still refused for good
                assertThat(smsc.deliver(HANDSET, SENDER, 0, 0x09, text, List.of()))
                        .isEqualTo(SmppReceiver.STATUS_PERMANENT_APP_ERROR);
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(messages).extracting(MobileMessage::text).containsExactly("Order A-17");
        assertThat(receipts).extracting(DeliveryReceipt::messageId).containsExactly("c1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void theReceiptTlvsTakePrecedenceOverTheText(Fixtures.Server server) throws Exception {
        List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
        SmppReceiver receiver = SmppReceiver.builder().onReceipt(receipts::add).build();
        byte[] decimal = ("id:1234567890 sub:001 dlvrd:000 submit date:2612011200 done date:2612011205"
                        + " stat:DELIVRD err:000 Text:Hello")
                .getBytes(StandardCharsets.US_ASCII);
        try (TestSmsc smsc = server.start()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                // the text writes the id in decimal; submit_sm_resp said 499602D2, as the TLV does
                assertThat(smsc.deliver(
                                HANDSET,
                                SENDER,
                                0x04,
                                0x00,
                                decimal,
                                List.of(
                                        new Tlv(
                                                Tlv.RECEIPTED_MESSAGE_ID,
                                                "499602D2\0".getBytes(StandardCharsets.US_ASCII)),
                                        Tlv.ofByte(Tlv.MESSAGE_STATE, 5))))
                        .isZero();
                // no text at all: the TLVs are the receipt
                assertThat(smsc.deliver(
                                HANDSET,
                                SENDER,
                                0x04,
                                0x00,
                                new byte[0],
                                List.of(
                                        new Tlv(Tlv.RECEIPTED_MESSAGE_ID, "j7\0".getBytes(StandardCharsets.US_ASCII)),
                                        Tlv.ofByte(Tlv.MESSAGE_STATE, 8))))
                        .isZero();
                // an empty TLV id and a state with no Appendix B name leave the text's fields
                assertThat(smsc.deliver(
                                HANDSET,
                                SENDER,
                                0x04,
                                0x00,
                                decimal,
                                List.of(
                                        new Tlv(Tlv.RECEIPTED_MESSAGE_ID, new byte[] {0}),
                                        Tlv.ofByte(Tlv.MESSAGE_STATE, 0x7F))))
                        .isZero();
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(receipts).hasSize(3);
        DeliveryReceipt both = receipts.get(0);
        assertThat(both.messageId()).isEqualTo("499602D2");
        assertThat(both.stat()).isEqualTo("UNDELIV");
        assertThat(both.receiptedMessageId()).contains("499602D2");
        assertThat(both.messageState()).hasValue(5);
        assertThat(both.raw()).startsWith("id:1234567890 ");
        assertThat(both.err()).isEqualTo("000");
        DeliveryReceipt tlvOnly = receipts.get(1);
        assertThat(tlvOnly.messageId()).isEqualTo("j7");
        assertThat(tlvOnly.stat()).isEqualTo("REJECTD");
        assertThat(tlvOnly.raw()).isEmpty();
        DeliveryReceipt text = receipts.get(2);
        assertThat(text.messageId()).isEqualTo("1234567890");
        assertThat(text.stat()).isEqualTo("DELIVRD");
        assertThat(text.messageState()).hasValue(0x7F);
    }

    private static int deliver(TestSmsc smsc, SubmitPart p) throws Exception {
        return smsc.deliver(HANDSET, SENDER, p.esmClass(), p.dataCoding(), p.shortMessage(), p.optionalParameters());
    }

    static Stream<Fixtures.Server> servers() {
        return Stream.of(Fixtures.Server.values());
    }

    @Test
    void dataSmAddressesOfUpTo64CharactersAreKept() throws Exception {
        // data_sm allows 65-octet addresses (SMPP 3.4 section 4.7.1); jsmpp's own reader stops at 21, so the
        // receiving end here is cloudhopper's client, offering the fields it read
        SmppAddress source = new SmppAddress(0, 14, "447700900123@mms.operator.example.net");
        SmppAddress destination = new SmppAddress(0, 14, "service." + "d".repeat(48) + ".example");
        assertThat(destination.address()).hasSize(SmppAddress.MAX_DATA_SM_ADDRESS_LENGTH);
        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        SmppReceiver receiver = SmppReceiver.builder().onMessage(messages::add).build();
        DefaultSmppClient client = new DefaultSmppClient();
        try (CloudhopperSmsc smsc = new CloudhopperSmsc()) {
            SmppSessionConfiguration config =
                    new SmppSessionConfiguration(SmppBindType.TRANSCEIVER, "septet", "secret");
            config.setHost("127.0.0.1");
            config.setPort(smsc.port());
            config.setBindTimeout(10_000);
            config.setName("septet-client");
            SmppSession session = client.bind(config, new DefaultSmppSessionHandler() {
                @Override
                @SuppressWarnings("rawtypes")
                public PduResponse firePduRequestReceived(PduRequest request) {
                    PduResponse response = request.createResponse();
                    if (request instanceof DataSm pdu) {
                        List<Tlv> tlvs = new ArrayList<>();
                        for (com.cloudhopper.smpp.tlv.Tlv t : pdu.getOptionalParameters()) {
                            tlvs.add(new Tlv(t.getTag() & 0xFFFF, t.getValue()));
                        }
                        try {
                            receiver.offer(
                                    address(pdu.getSourceAddress()),
                                    address(pdu.getDestAddress()),
                                    pdu.getEsmClass() & 0xFF,
                                    pdu.getDataCoding() & 0xFF,
                                    new byte[0],
                                    tlvs);
                        } catch (IllegalArgumentException e) {
                            response.setCommandStatus(SmppReceiver.STATUS_PERMANENT_APP_ERROR);
                        }
                    }
                    return response;
                }
            });
            try {
                assertThat(smsc.dataSm(
                                source,
                                destination,
                                0x00,
                                0x00,
                                List.of(new Tlv(Tlv.MESSAGE_PAYLOAD, "Hello".getBytes(StandardCharsets.US_ASCII)))))
                        .isZero();
            } finally {
                session.unbind(5_000);
                session.destroy();
            }
        } finally {
            client.destroy();
        }
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).source()).isEqualTo(source);
        assertThat(messages.get(0).destination()).isEqualTo(destination);
        assertThat(messages.get(0).text()).isEqualTo("Hello");
    }

    private static SmppAddress address(Address a) {
        return new SmppAddress(a.getTon() & 0xFF, a.getNpi() & 0xFF, a.getAddress());
    }

    @Test
    void dataSmWithTheWholeMessageInMessagePayload() throws Exception {
        String text = "Reply to {A-17}: yes, deliver after 18h \u20AC. ".repeat(12);
        SubmitPart whole = SmppSender.create(
                        SmppOptions.defaults().withMode(SmppMode.MESSAGE_PAYLOAD), ReferenceSource.counter(0))
                .submission(text)
                .parts()
                .get(0);
        List<MobileMessage> messages = new CopyOnWriteArrayList<>();
        SmppReceiver receiver = SmppReceiver.builder().onMessage(messages::add).build();
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            SMPPSession session = Fixtures.bind(smsc, receiver);
            try {
                assertThat(smsc.dataSm(HANDSET, SENDER, 0x00, 0x00, whole.optionalParameters()))
                        .isZero();
                // a data_sm the receiver cannot read is refused permanently, never half-delivered
                assertThat(smsc.dataSm(HANDSET, SENDER, 0x00, 0x04, whole.optionalParameters()))
                        .isEqualTo(SmppReceiver.STATUS_PERMANENT_APP_ERROR);
                assertThat(smsc.deliver(HANDSET, SENDER, 0x00, 0x03, new byte[] {0x41}, List.of()))
                        .isEqualTo(SmppReceiver.STATUS_PERMANENT_APP_ERROR);
            } finally {
                session.unbindAndClose();
            }
        }
        assertThat(messages).extracting(MobileMessage::text).containsExactly(text);
        assertThat(messages.get(0).parts()).isEqualTo(1);
        assertThat(messages.get(0).reference()).isEmpty();
    }
}
