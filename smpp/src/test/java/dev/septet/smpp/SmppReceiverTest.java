/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static dev.septet.smpp.Fixtures.HANDSET;
import static dev.septet.smpp.Fixtures.SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.Concatenation;
import dev.septet.sms.Encoding;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The receiver on its own: timeouts, eviction, duplicates, SAR values and receipts, without a server. */
class SmppReceiverTest {
    private static final String TEXT = "Parts of this message arrive on their own. ".repeat(10);

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<SubmitPart> parts(SmppMode mode, int reference) {
        return parts(mode, reference, TEXT);
    }

    /** The parts of a text; in SAR from a sender with 16-bit references, so sar_msg_ref_num is 0 to 65535. */
    private static List<SubmitPart> parts(SmppMode mode, int reference, String text) {
        SmppOptions options = SmppOptions.defaults().withMode(mode);
        if (mode == SmppMode.SAR) {
            options = options.withSms(options.sms().withReference16(true));
        }
        return SmppSender.create(options, ReferenceSource.counter(reference))
                .submission(text)
                .parts();
    }

    private static Inbound offer(SmppReceiver r, SubmitPart p) {
        return r.offer(HANDSET, SENDER, p.esmClass(), p.dataCoding(), p.shortMessage(), p.optionalParameters());
    }

    @Test
    void aTimedOutPartialMessageIsHandedBackWithThePartsReceived() {
        ManualClock clock = new ManualClock();
        List<PartialMessage> partials = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .clock(clock)
                .timeout(Duration.ofMinutes(2))
                .onPartial(partials::add)
                .build();
        List<SubmitPart> parts = parts(SmppMode.UDH, 40);
        assertThat(parts).hasSize(3);
        Inbound first = offer(r, parts.get(2));
        assertThat(first).isEqualTo(new PartReceived(HANDSET, SENDER, 40, 3, 3));
        offer(r, parts.get(0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(r.purgeExpired()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        List<PartialMessage> expired = r.purgeExpired();
        assertThat(expired).hasSize(1).isEqualTo(partials);
        PartialMessage p = expired.get(0);
        assertThat(p.reason()).isEqualTo(PartialMessage.Reason.EXPIRED);
        assertThat(p.reference()).isEqualTo(40);
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.parts())
                .isEqualTo(Map.of(1, parts.get(0).text(), 3, parts.get(2).text()));
        assertThat(p.parts().keySet()).containsExactly(1, 3);
        assertThat(p.missing()).containsExactly(2);
        assertThat(p.droppedAt()).isEqualTo(Instant.parse("2026-12-01T12:02:00Z"));
        assertThat(p.source()).isEqualTo(HANDSET);
        assertThat(r.held()).isZero();
        // the late part 2 starts a new message rather than completing a dropped one
        assertThat(offer(r, parts.get(1))).isInstanceOf(PartReceived.class);
    }

    @Test
    void anExpiredMessageIsAlsoReportedByTheNextOffer() {
        ManualClock clock = new ManualClock();
        List<PartialMessage> partials = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .clock(clock)
                .timeout(Duration.ofSeconds(30))
                .onPartial(partials::add)
                .build();
        offer(r, parts(SmppMode.SAR, 500).get(1));
        clock.advance(Duration.ofSeconds(31));
        offer(r, parts(SmppMode.SAR, 501).get(0));
        assertThat(partials).extracting(PartialMessage::reference).containsExactly(500);
    }

    @Test
    void theOldestIncompleteMessageIsEvictedAtTheBound() {
        List<PartialMessage> partials = new ArrayList<>();
        SmppReceiver r =
                SmppReceiver.builder().maxMessages(2).onPartial(partials::add).build();
        offer(r, parts(SmppMode.UDH, 1).get(0));
        offer(r, parts(SmppMode.UDH, 2).get(0));
        offer(r, parts(SmppMode.UDH, 3).get(0));
        assertThat(partials).extracting(PartialMessage::reference).containsExactly(1);
        assertThat(partials.get(0).reason()).isEqualTo(PartialMessage.Reason.EVICTED);
        assertThat(r.held()).isEqualTo(2);
    }

    @Test
    void aCompletedMessageIsNotReportedAsPartialAndALateDuplicateIsIgnored() {
        ManualClock clock = new ManualClock();
        List<PartialMessage> partials = new ArrayList<>();
        List<MobileMessage> messages = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .clock(clock)
                .onPartial(partials::add)
                .onMessage(messages::add)
                .build();
        List<SubmitPart> parts = parts(SmppMode.SAR, 0xBEEF);
        for (SubmitPart p : parts) {
            offer(r, p);
        }
        assertThat(messages).extracting(MobileMessage::text).containsExactly(TEXT);
        assertThat(offer(r, parts.get(1))).isEqualTo(new PartReceived(HANDSET, SENDER, 0xBEEF, 2, 3));
        clock.advance(Duration.ofHours(1));
        assertThat(r.purgeExpired()).isEmpty();
        assertThat(partials).isEmpty();
        assertThat(messages).hasSize(1);
    }

    @Test
    void aMessageWhoseCallbackFailedIsKeptForTheTimeoutAndDeliveredOnce() {
        ManualClock clock = new ManualClock();
        List<MobileMessage> messages = new ArrayList<>();
        int[] failures = {2};
        SmppReceiver r = SmppReceiver.builder()
                .clock(clock)
                .timeout(Duration.ofMinutes(2))
                .onMessage(m -> {
                    if (failures[0]-- > 0) {
                        throw new IllegalStateException("database down");
                    }
                    messages.add(m);
                })
                .build();
        List<SubmitPart> parts = parts(SmppMode.UDH, 60);
        offer(r, parts.get(0));
        offer(r, parts.get(1));
        assertThatThrownBy(() -> offer(r, parts.get(2))).hasMessage("database down");
        // a resend of any part delivers it; after a second failure it waits for the next resend
        clock.advance(Duration.ofSeconds(40));
        assertThatThrownBy(() -> offer(r, parts.get(0))).hasMessage("database down");
        clock.advance(Duration.ofSeconds(40));
        Inbound retried = offer(r, parts.get(2));
        assertThat(retried).isInstanceOf(MobileMessage.class);
        assertThat(messages).containsExactly((MobileMessage) retried);
        assertThat(messages.get(0).text()).isEqualTo(TEXT);
        assertThat(offer(r, parts.get(2))).isEqualTo(new PartReceived(HANDSET, SENDER, 60, 3, 3));
        assertThat(messages).hasSize(1);

        // a message whose resend does not come within the timeout is forgotten
        failures[0] = 1;
        List<SubmitPart> other = parts(SmppMode.UDH, 61);
        offer(r, other.get(0));
        offer(r, other.get(1));
        assertThatThrownBy(() -> offer(r, other.get(2))).hasMessage("database down");
        clock.advance(Duration.ofMinutes(2));
        assertThat(r.purgeExpired()).isEmpty();
        assertThat(offer(r, other.get(2))).isInstanceOf(PartReceived.class);
        assertThat(messages).hasSize(1);
    }

    @Test
    void undeliveredMessagesAreBoundedByCountAndOctets() {
        MobileMessage m = new MobileMessage(HANDSET, SENDER, "x".repeat(10), Encoding.GSM7, 2, OptionalInt.of(1));
        UndeliveredMessages byCount = new UndeliveredMessages(new ManualClock(), Duration.ofMinutes(1), 2, 1_000);
        UndeliveredMessages byOctets = new UndeliveredMessages(new ManualClock(), Duration.ofMinutes(1), 10, 50);
        for (UndeliveredMessages kept : List.of(byCount, byOctets)) {
            // 20 octets each: a third passes both bounds, so the oldest goes
            for (int reference = 1; reference <= 3; reference++) {
                kept.keep(key(reference), m);
            }
            assertThat(kept.size()).isEqualTo(2);
            assertThat(kept.claim(key(1))).isEmpty();
            assertThat(kept.claim(key(3))).contains(m);
        }
        // one message larger than the octet bound is not kept rather than push out all the others
        byOctets.keep(key(4), new MobileMessage(HANDSET, SENDER, "y".repeat(26), Encoding.GSM7, 2, OptionalInt.of(4)));
        assertThat(byOctets.size()).isEqualTo(2);
        assertThat(byOctets.claim(key(4))).isEmpty();
    }

    private static UndeliveredMessages.Key key(int reference) {
        return UndeliveredMessages.key("s", new Concatenation(reference, 2, 2, false));
    }

    @Test
    void anUndeliveredMessageIsHandedToOneResendAtATime() {
        MobileMessage m = new MobileMessage(HANDSET, SENDER, "x", Encoding.GSM7, 2, OptionalInt.of(1));
        UndeliveredMessages kept = new UndeliveredMessages(new ManualClock(), Duration.ofMinutes(1), 10, 100);
        UndeliveredMessages.Key key = key(1);
        kept.keep(key, m);
        assertThat(kept.claim(key)).contains(m);
        assertThat(kept.claim(key)).as("claimed by the first resend").isEmpty();
        kept.release(key, m, false);
        assertThat(kept.claim(key)).as("released after a failed delivery").contains(m);
        kept.release(key, m, true);
        assertThat(kept.claim(key)).isEmpty();
        assertThat(kept.size()).isZero();
    }

    @Test
    void aReusedReferenceWithOtherTextStartsANewMessage() {
        List<MobileMessage> messages = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder().onMessage(messages::add).build();
        List<SubmitPart> first = parts(SmppMode.UDH, 7);
        List<SubmitPart> second = SmppSender.create(SmppOptions.defaults(), ReferenceSource.counter(7))
                .submission(TEXT.toUpperCase(java.util.Locale.ROOT))
                .parts();
        first.forEach(p -> offer(r, p));
        second.forEach(p -> offer(r, p));
        assertThat(messages)
                .extracting(MobileMessage::text)
                .containsExactly(TEXT, TEXT.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void aReferenceReusedBeforeCompletionSupersedesTheFirstMessage() {
        ManualClock clock = new ManualClock();
        List<PartialMessage> partials = new ArrayList<>();
        List<MobileMessage> messages = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .clock(clock)
                .onPartial(partials::add)
                .onMessage(messages::add)
                .build();
        String other = TEXT.toUpperCase(java.util.Locale.ROOT);
        List<SubmitPart> first = parts(SmppMode.SAR, 300);
        List<SubmitPart> second = parts(SmppMode.SAR, 300, other);
        offer(r, first.get(0));
        offer(r, first.get(2));
        clock.advance(Duration.ofSeconds(5));
        offer(r, second.get(2)); // part 3 again, another text: the sender reused reference 300
        assertThat(partials).hasSize(1);
        PartialMessage p = partials.get(0);
        assertThat(p.reason()).isEqualTo(PartialMessage.Reason.SUPERSEDED);
        assertThat(p.reference()).isEqualTo(300);
        assertThat(p.parts())
                .isEqualTo(Map.of(1, first.get(0).text(), 3, first.get(2).text()));
        assertThat(p.missing()).containsExactly(2);
        assertThat(p.droppedAt()).isEqualTo(Instant.parse("2026-12-01T12:00:05Z"));
        assertThat(p.source()).isEqualTo(HANDSET);
        assertThat(p.destination()).isEqualTo(SENDER);
        offer(r, second.get(0));
        offer(r, second.get(1));
        assertThat(messages).extracting(MobileMessage::text).containsExactly(other);
        assertThat(partials).hasSize(1);
    }

    @Test
    void theBoundPerSenderEvictsOnlyThatSendersOldestAndReportsItsAddresses() {
        // characters that would confuse a key joined with separators: the addresses must come back as they were
        SmppAddress flooder = new SmppAddress(5, 0, "1/2/3>x");
        SmppAddress shortCode = new SmppAddress(3, 9, "");
        List<PartialMessage> partials = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .maxMessagesPerSender(2)
                .onPartial(partials::add)
                .build();
        SubmitPart quiet = parts(SmppMode.UDH, 50).get(0);
        offer(r, quiet);
        for (int reference = 1; reference <= 3; reference++) {
            SubmitPart p = parts(SmppMode.UDH, reference).get(0);
            r.offer(flooder, shortCode, p.esmClass(), p.dataCoding(), p.shortMessage(), p.optionalParameters());
        }
        assertThat(partials).hasSize(1);
        PartialMessage p = partials.get(0);
        assertThat(p.reason()).isEqualTo(PartialMessage.Reason.EVICTED);
        assertThat(p.reference()).isEqualTo(1);
        assertThat(p.source()).isEqualTo(flooder);
        assertThat(p.destination()).isEqualTo(shortCode);
        assertThat(r.held())
                .as("the quiet sender's message and the flooder's newest two")
                .isEqualTo(3);
    }

    @Test
    void theOctetBoundEvictsTheOldestIncompleteMessage() {
        List<PartialMessage> partials = new ArrayList<>();
        SubmitPart one = parts(SmppMode.UDH, 1).get(0);
        SubmitPart two = parts(SmppMode.UDH, 2).get(0);
        long octetsPerPart = 2L * one.text().length();
        SmppReceiver r = SmppReceiver.builder()
                .maxOctets(octetsPerPart * 2 - 1)
                .onPartial(partials::add)
                .build();
        offer(r, one);
        assertThat(r.heldOctets()).isEqualTo(octetsPerPart);
        assertThat(partials).isEmpty();
        offer(r, two);
        assertThat(partials).extracting(PartialMessage::reference).containsExactly(1);
        assertThat(partials.get(0).reason()).isEqualTo(PartialMessage.Reason.EVICTED);
        assertThat(r.heldOctets()).isEqualTo(octetsPerPart);
        assertThat(r.held()).isEqualTo(1);
    }

    @Test
    void aSinglePartMessageIsCompleteAtOnce() {
        Inbound in = SmppReceiver.builder()
                .build()
                .offer(HANDSET, SENDER, 0, 0, "hi @ 5\u0000".getBytes(StandardCharsets.US_ASCII), List.of());
        assertThat(in).isInstanceOf(MobileMessage.class);
        assertThat(((MobileMessage) in).parts()).isEqualTo(1);
    }

    @Test
    void anAddressWithATonSmppDoesNotDefineIsKeptAsReceived() {
        SmppAddress odd = new SmppAddress(7, 15, "12345");
        Inbound in = SmppReceiver.builder().build().offer(odd, SENDER, 0, 0, new byte[] {0x41}, List.of());
        assertThat(in.source()).isEqualTo(odd);
        assertThat(in.destination()).isEqualTo(SENDER);
    }

    @Test
    void anAddressWithCharactersSmppCannotSendIsKeptAsReceived() {
        SmppAddress odd = new SmppAddress(5, 0, "Caf\u00E9\u0007");
        Inbound in = SmppReceiver.builder().build().offer(odd, SENDER, 0, 0, new byte[] {0x41}, List.of());
        assertThat(in.source()).isEqualTo(odd);
    }

    @Test
    void packedGsmIsReadWhenConfigured() {
        SmppOptions packed =
                SmppOptions.defaults().withSms(SmppOptions.defaults().sms().withSeptetFormat(SeptetFormat.PACKED));
        List<MobileMessage> messages = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .septetFormat(SeptetFormat.PACKED)
                .strict(true)
                .onMessage(messages::add)
                .build();
        for (SubmitPart p : SmppSender.create(packed, ReferenceSource.counter(3))
                .submission(TEXT)
                .parts()) {
            offer(r, p);
        }
        assertThat(messages).extracting(MobileMessage::text).containsExactly(TEXT);
    }

    @Test
    void sarValuesOutOfRangeAreRejectedNamingTheTlv() {
        SmppReceiver r = SmppReceiver.builder().build();
        byte[] text = {0x41};
        assertThatThrownBy(() -> r.offer(
                        HANDSET,
                        SENDER,
                        0,
                        0,
                        text,
                        List.of(
                                Tlv.ofShort(Tlv.SAR_MSG_REF_NUM, 1),
                                Tlv.ofByte(Tlv.SAR_TOTAL_SEGMENTS, 2),
                                Tlv.ofByte(Tlv.SAR_SEGMENT_SEQNUM, 3))))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.MALFORMED_HEADER);
                    assertThat(e.field()).isEqualTo("sar_segment_seqnum");
                    assertThat(e.getMessage()).contains("segment 3 of 2");
                });
        assertThatThrownBy(() -> r.offer(
                        HANDSET,
                        SENDER,
                        0,
                        0,
                        text,
                        List.of(Tlv.ofShort(Tlv.SAR_MSG_REF_NUM, 1), Tlv.ofByte(Tlv.SAR_SEGMENT_SEQNUM, 1))))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.field()).isEqualTo("sar_total_segments"));
        assertThatThrownBy(() -> r.offer(
                        HANDSET,
                        SENDER,
                        0,
                        0,
                        text,
                        List.of(
                                Tlv.ofByte(Tlv.SAR_MSG_REF_NUM, 1),
                                Tlv.ofByte(Tlv.SAR_TOTAL_SEGMENTS, 2),
                                Tlv.ofByte(Tlv.SAR_SEGMENT_SEQNUM, 1))))
                .isInstanceOfSatisfying(
                        SmsException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("sar_msg_ref_num must be 2 octet(s), was 1"));
        assertThatThrownBy(() -> r.offer(
                        HANDSET,
                        SENDER,
                        0,
                        0,
                        text,
                        List.of(
                                Tlv.ofShort(Tlv.SAR_MSG_REF_NUM, 1),
                                Tlv.ofByte(Tlv.SAR_TOTAL_SEGMENTS, 0),
                                Tlv.ofByte(Tlv.SAR_SEGMENT_SEQNUM, 0))))
                .isInstanceOf(SmsException.class);
    }

    @Test
    void undecodableUserDataNamesTheByteOffset() {
        SmppReceiver r = SmppReceiver.builder().build();
        assertThatThrownBy(() -> r.offer(HANDSET, SENDER, 0, 0x08, new byte[] {0x00, 0x41, 0x00}, List.of()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.MALFORMED_USER_DATA));
        // below 0x10 data_coding is SMPP's own (SMPP 3.4 section 5.2.19): only GSM 7-bit and UCS-2 are text
        for (int dc = 0x02; dc <= 0x0F; dc++) {
            if (dc == 0x08) {
                continue;
            }
            int coding = dc;
            assertThatThrownBy(() -> r.offer(HANDSET, SENDER, 0, coding, new byte[] {0x41, 0x42}, List.of()))
                    .isInstanceOfSatisfying(SmsException.class, e -> {
                        assertThat(e.error()).isEqualTo(SmsError.UNSUPPORTED_CODING);
                        assertThat(e.field()).isEqualTo("data_coding");
                        assertThat(e.getMessage()).startsWith(String.format("data_coding 0x%02X (", coding));
                    });
        }
        assertThatThrownBy(() -> r.offer(HANDSET, SENDER, 0, 0x09, new byte[] {0x41, 0x42}, List.of()))
                .hasMessageStartingWith("data_coding 0x09 (pictogram)");
        assertThatThrownBy(() -> r.offer(HANDSET, SENDER, 0, 0x0B, new byte[] {0x41, 0x42}, List.of()))
                .hasMessageStartingWith("data_coding 0x0B (reserved)");
    }

    @Test
    void aReceiptIsNeverText() {
        List<MobileMessage> messages = new ArrayList<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        SmppReceiver r = SmppReceiver.builder()
                .onMessage(messages::add)
                .onReceipt(receipts::add)
                .build();
        // an intermediate notification with nothing jsmpp can parse, and a UCS-2 receipt in message_payload
        Inbound odd = r.offer(HANDSET, SENDER, 0x20, 0, "stat:ABCDEFG".getBytes(StandardCharsets.US_ASCII), List.of());
        Inbound ucs2 = r.offer(
                HANDSET,
                SENDER,
                0x04,
                0x08,
                new byte[0],
                List.of(new Tlv(
                        Tlv.MESSAGE_PAYLOAD, "id:77 stat:UNDELIV err:005".getBytes(StandardCharsets.UTF_16BE))));
        Inbound sparse = r.offer(HANDSET, SENDER, 0x04, 0, "id:9".getBytes(StandardCharsets.US_ASCII), List.of());
        assertThat(messages).isEmpty();
        assertThat(receipts).containsExactly((DeliveryReceipt) odd, (DeliveryReceipt) ucs2, (DeliveryReceipt) sparse);
        DeliveryReceipt o = (DeliveryReceipt) odd;
        assertThat(o.messageType()).isEqualTo(0x20);
        assertThat(o.messageId()).isEmpty();
        assertThat(o.raw()).isEqualTo("stat:ABCDEFG");
        DeliveryReceipt u = (DeliveryReceipt) ucs2;
        assertThat(u.messageId()).isEqualTo("77");
        assertThat(u.stat()).isEqualTo("UNDELIV");
        assertThat(u.err()).isEqualTo("005");
        DeliveryReceipt s = (DeliveryReceipt) sparse;
        assertThat(s.messageId()).isEqualTo("9");
        assertThat(s.submitted()).isEmpty();
        assertThat(s.submitDate()).isEmpty();
        assertThat(s.stat()).isEmpty();
        assertThat(s.receiptedMessageId()).isEmpty();
        assertThat(s.messageState()).isEmpty();
    }

    @Test
    void builderSettingsAreValidated() {
        assertThatThrownBy(() -> SmppReceiver.builder().timeout(Duration.ZERO))
                .hasMessage("timeout must be positive, was PT0S");
        assertThatThrownBy(() -> SmppReceiver.builder().maxMessages(0))
                .hasMessage("maxMessages must be at least 1, was 0");
        assertThatThrownBy(() -> SmppReceiver.builder().maxOctets(0)).hasMessage("maxOctets must be at least 1, was 0");
        assertThatThrownBy(() -> SmppReceiver.builder().maxMessagesPerSender(-1))
                .hasMessage("maxMessagesPerSender must be at least 1, was -1");
        assertThatThrownBy(() -> SmppReceiver.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }
}
