/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Concatenation;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.Encoding;
import dev.septet.sms.IncompleteMessage;
import dev.septet.sms.Reassembler;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.MessageId;

/**
 * Turns received {@code deliver_sm} and {@code data_sm} PDUs into whole messages and delivery receipts.
 *
 * <p>Parts of a long message may carry their concatenation in a User Data Header ({@code esm_class} 0x40) or in
 * the SAR TLVs, arrive in any order and more than once; they are joined by core's {@code Reassembler}, keyed by
 * source, destination, reference and part count. A PDU whose {@code esm_class} message type is not the default
 * (0x04 for an SMSC delivery receipt) is parsed as a {@link DeliveryReceipt} and never joined as text. An
 * incomplete message is dropped when its timeout passes (checked on every offer and by {@link #purgeExpired()}),
 * when a bound is reached ({@code maxMessages}, {@code maxOctets}, {@code maxMessagesPerSender}: the oldest goes),
 * or when a part with the same number but another text shows its reference was reused; it is handed to the
 * {@code onPartial} callback with the parts that arrived. A reference reused after its message completed starts a
 * new message, delivered even when some of its parts equal the first message's; a late copy of every part of a
 * delivered message is not delivered again.
 *
 * <p>If the {@code onMessage} callback throws (a database that is down, say), the exception propagates from the offer;
 * through {@link #listener()} jsmpp then answers the PDU with ESME_RX_T_APPN (0x64, a temporary error), so the SMSC
 * resends it. A single part is simply decoded and delivered again. A multi-part message is kept, complete, for the
 * timeout counted from its completion (at most {@code maxMessages} such messages and {@code maxOctets} of their text,
 * the oldest forgotten first, besides what {@link #held()} counts); when a part with its key (addresses, reference,
 * part count) arrives again, {@code onMessage} runs again with it, and once that returns normally the message is
 * forgotten, so it is delivered once. A kept message whose resend does not come within the timeout is forgotten.
 *
 * <p>Thread-safe; create one per receiving session (or per server) with {@link #builder()} and reuse it. Callbacks
 * run on the thread that offered the PDU, after the receiver's lock is released.
 *
 * <p>{@code data_coding} (SMPP 3.4 section 5.2.19): 0x00 and 0x01 are read as GSM 7-bit (in the configured layout,
 * unpacked by default), 0x08 as UCS-2, values 0x10 and up as the data coding scheme of 3GPP TS 23.038 clause 4; every
 * other value below 0x10 is SMPP's own and is rejected as {@link SmsError#UNSUPPORTED_CODING}: 0x02 and 0x04 (octets),
 * 0x03 (Latin-1), 0x05 (JIS), 0x06 (Cyrillic), 0x07 (Latin/Hebrew), 0x09 (pictogram), 0x0A (ISO-2022-JP, music
 * codes), 0x0D (extended Kanji JIS), 0x0E (KS C 5601) and the reserved 0x0B, 0x0C and 0x0F. SMPP carries no
 * septet count, so packed GSM 7-bit (when configured) whose last septet is '@' at a multiple of 8 septets cannot be
 * told from 7 bits of fill and loses that '@'; unpacked data, the default, has no such gap.
 */
public final class SmppReceiver {
    /** ESME_RX_P_APPN (SMPP 3.4 section 5.1.3), a permanent error: the SMSC does not resend an unreadable PDU. */
    static final int STATUS_PERMANENT_APP_ERROR = 0x00000065;

    /** Octets of text in the largest SMS message, 255 parts of 160 characters at 2 octets each, as core counts. */
    private static final long OCTETS_PER_LARGEST_MESSAGE = 255L * 160 * 2;

    private final Clock clock;
    private final Reassembler reassembler;
    /** Completed multi-part messages whose onMessage call failed, delivered again when a part is resent. */
    private final UndeliveredMessages undelivered;
    /** Collects what the reassembler drops during a {@link #purgeExpired()} call on this thread. */
    private final ThreadLocal<List<PartialMessage>> purged = new ThreadLocal<>();

    private final DecodeOptions decodeOptions;
    private final Consumer<MobileMessage> onMessage;
    private final Consumer<DeliveryReceipt> onReceipt;
    private final Consumer<PartialMessage> onPartial;
    private final AtomicLong dataSmIds = new AtomicLong();

    private SmppReceiver(Builder b) {
        this.clock = b.clock;
        Reassembler.Builder joiner = Reassembler.builder()
                .clock(b.clock)
                .timeout(b.timeout)
                .maxMessages(b.maxMessages)
                .onIncomplete(this::dropped);
        if (b.maxOctets > 0) {
            joiner.maxOctets(b.maxOctets);
        }
        if (b.maxMessagesPerSender > 0) {
            joiner.maxMessagesPerSender(b.maxMessagesPerSender);
        }
        this.reassembler = joiner.build();
        this.undelivered = new UndeliveredMessages(
                b.clock,
                b.timeout,
                b.maxMessages,
                b.maxOctets > 0 ? b.maxOctets : b.maxMessages * OCTETS_PER_LARGEST_MESSAGE);
        this.decodeOptions =
                DecodeOptions.defaults().withSeptetFormat(b.septetFormat).withStrict(b.strict);
        this.onMessage = b.onMessage;
        this.onReceipt = b.onReceipt;
        this.onPartial = b.onPartial;
    }

    /**
     * Returns a builder with the defaults: system UTC clock, a 10-minute timeout, at most 10,000 messages held,
     * octets held as core's {@code Reassembler} derives them from the message bound, no per-sender bound beyond
     * the message bound, unpacked GSM 7-bit, lenient decoding, callbacks that do nothing.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Offers a received {@code deliver_sm}.
     *
     * @param pdu the PDU as jsmpp read it, not null
     * @return what it amounted to
     * @throws NullPointerException if {@code pdu} is null
     * @throws SmsException as {@link #offer(SmppAddress, SmppAddress, int, int, byte[], List)} does
     */
    public Inbound offer(DeliverSm pdu) {
        return accept(read(pdu));
    }

    private Received read(DeliverSm pdu) {
        Objects.requireNonNull(pdu, "pdu");
        return read(
                source(pdu),
                destination(pdu),
                pdu.getEsmClass() & 0xFF,
                pdu.getDataCoding() & 0xFF,
                pdu.getShortMessage() == null ? new byte[0] : pdu.getShortMessage(),
                tlvs(pdu));
    }

    /**
     * Offers a received {@code data_sm}: the user data is in its {@code message_payload} TLV.
     *
     * @param pdu the PDU as jsmpp read it, not null
     * @return what it amounted to
     * @throws NullPointerException if {@code pdu} is null
     * @throws SmsException as {@link #offer(SmppAddress, SmppAddress, int, int, byte[], List)} does
     */
    public Inbound offer(DataSm pdu) {
        return accept(read(pdu));
    }

    private Received read(DataSm pdu) {
        Objects.requireNonNull(pdu, "pdu");
        return read(
                source(pdu),
                destination(pdu),
                pdu.getEsmClass() & 0xFF,
                pdu.getDataCoding() & 0xFF,
                new byte[0],
                tlvs(pdu));
    }

    /**
     * Offers the fields of a received PDU, whatever SMPP library read it, and calls the matching callback: a
     * complete message, a receipt, or (for messages this offer found expired, evicted or superseded) partial
     * messages.
     *
     * @param source the {@code source_addr}, not null
     * @param destination the {@code destination_addr}, not null
     * @param esmClass the {@code esm_class} octet, 0 to 255
     * @param dataCoding the {@code data_coding} octet, 0 to 255
     * @param shortMessage {@code short_message}, not null; when empty, the {@code message_payload} TLV holds the
     *     user data
     * @param optionalParameters the PDU's TLVs, not null
     * @return a {@link MobileMessage} when this PDU completed one (or is a resend of a part of one whose
     *     {@code onMessage} call failed), a {@link DeliveryReceipt}, or a {@link PartReceived} while parts are missing
     *     (or for a duplicate)
     * @throws NullPointerException if an argument is null
     * @throws SmsException {@link SmsError#UNSUPPORTED_CODING} for a {@code data_coding} this receiver does not read;
     *     {@link SmsError#MALFORMED_HEADER} or {@link SmsError#MALFORMED_USER_DATA} with the byte offset for user
     *     data that cannot be decoded, and {@link SmsError#MALFORMED_HEADER} naming the TLV for SAR values out of
     *     range (a total of 0, a segment number above the total)
     */
    public Inbound offer(
            SmppAddress source,
            SmppAddress destination,
            int esmClass,
            int dataCoding,
            byte[] shortMessage,
            List<Tlv> optionalParameters) {
        return accept(read(source, destination, esmClass, dataCoding, shortMessage, optionalParameters));
    }

    /** Decodes a PDU's fields into a receipt or a part; calls no callback, so what it throws is about the PDU. */
    private Received read(SmppAddress source, SmppAddress destination, int esm, int coding, byte[] sm, List<Tlv> tlvs) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(sm, "shortMessage");
        Objects.requireNonNull(tlvs, "optionalParameters");
        byte[] userData = sm;
        if (userData.length == 0) {
            Tlv payload = find(tlvs, Tlv.MESSAGE_PAYLOAD);
            userData = payload == null ? userData : payload.value();
        }
        if ((esm & 0x3C) != 0) {
            return new Received(
                    source, destination, receipt(source, destination, esm & 0x3C, coding, userData, tlvs), null);
        }
        DecodedMessage part = CoreAdapter.decode(smsDataCoding(coding), (esm & 0x40) != 0, userData, decodeOptions);
        if (part.concatenation().isEmpty()) {
            Concatenation sar = sar(tlvs);
            if (sar != null) {
                part = CoreAdapter.withConcatenation(part, sar);
            }
        }
        return new Received(source, destination, null, part);
    }

    /** Hands a receipt to its callback, or joins a part and hands the message it completes to its callback. */
    private Inbound accept(Received received) {
        if (received.receipt() != null) {
            onReceipt.accept(received.receipt());
            return received.receipt();
        }
        SmppAddress source = received.source();
        SmppAddress destination = received.destination();
        DecodedMessage part = received.part();
        String sender = CoreAdapter.senderKey(source, destination);
        Optional<String> joined = reassembler.offer(sender, part);
        Optional<Concatenation> c = part.concatenation();
        if (joined.isPresent()) {
            MobileMessage message = new MobileMessage(
                    source,
                    destination,
                    joined.get(),
                    part.encoding(),
                    c.map(Concatenation::total).orElse(1),
                    c.isPresent() ? OptionalInt.of(c.get().reference()) : OptionalInt.empty());
            boolean delivered = false;
            try {
                onMessage.accept(message);
                delivered = true;
            } finally {
                // a single part without concatenation needs no keeping: the Reassembler passes its resend on again
                if (!delivered && c.isPresent()) {
                    undelivered.keep(UndeliveredMessages.key(sender, c.get()), message);
                }
            }
            return message;
        }
        Concatenation k = c.orElseThrow();
        UndeliveredMessages.Key key = UndeliveredMessages.key(sender, k);
        Optional<MobileMessage> retry = undelivered.claim(key);
        if (retry.isPresent()) {
            boolean delivered = false;
            try {
                onMessage.accept(retry.get());
                delivered = true;
            } finally {
                undelivered.release(key, retry.get(), delivered);
            }
            return retry.get();
        }
        return new PartReceived(source, destination, k.reference(), k.sequence(), k.total());
    }

    /**
     * Drops the incomplete messages whose timeout has passed, hands each to the {@code onPartial} callback and
     * returns them. Call it now and then (for example every few seconds from a scheduler) to learn of them
     * promptly; offers also check.
     *
     * @return the messages dropped by this call, oldest first
     */
    public List<PartialMessage> purgeExpired() {
        List<PartialMessage> outer = purged.get();
        List<PartialMessage> sink = new ArrayList<>();
        purged.set(sink);
        try {
            undelivered.purgeExpired();
            reassembler.purgeExpired();
        } finally {
            if (outer == null) {
                purged.remove();
            } else {
                purged.set(outer);
            }
        }
        return List.copyOf(sink);
    }

    /**
     * Returns the number of messages held: incomplete ones and completed ones remembered against late duplicates.
     *
     * @return 0 to {@code maxMessages}
     */
    public int held() {
        return reassembler.held();
    }

    /**
     * Returns the octets of part text held, incomplete and remembered messages together, counted as 2 octets per
     * UTF-16 code unit of decoded text.
     *
     * @return 0 to {@code maxOctets}
     */
    public long heldOctets() {
        return reassembler.heldOctets();
    }

    /**
     * Returns a jsmpp listener that offers every {@code deliver_sm} and {@code data_sm} to this receiver, for
     * {@code SMPPSession.setMessageReceiverListener}. A PDU that cannot be decoded is answered with
     * ESME_RX_P_APPN (0x65, permanent error), so the SMSC does not resend it; a PDU whose callback throws, whatever
     * the exception's type, with ESME_RX_T_APPN (0x64, temporary error), so the SMSC resends it; alert notifications
     * are ignored.
     *
     * @return a new listener bound to this receiver
     */
    public MessageReceiverListener listener() {
        return new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
                Received received;
                try {
                    received = read(deliverSm);
                } catch (IllegalArgumentException e) {
                    throw new ProcessRequestException(e.getMessage(), STATUS_PERMANENT_APP_ERROR, e);
                }
                // what a callback throws, of whatever type, reaches jsmpp, which answers with a temporary error
                accept(received);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
                // availability of a handset: nothing to join or parse
            }

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
                Received received;
                try {
                    received = read(dataSm);
                } catch (IllegalArgumentException e) {
                    throw new ProcessRequestException(e.getMessage(), STATUS_PERMANENT_APP_ERROR, e);
                }
                accept(received);
                try {
                    return new DataSmResult(
                            new MessageId(Long.toHexString(dataSmIds.incrementAndGet())), new OptionalParameter[0]);
                } catch (PDUStringException e) {
                    throw new IllegalStateException("a hexadecimal counter is always a valid message_id", e);
                }
            }
        };
    }

    /** Core's report of a message given up; runs on the offering thread, outside the reassembler's lock. */
    private void dropped(IncompleteMessage message) {
        PartialMessage partial = CoreAdapter.toPartial(message, clock.instant());
        List<PartialMessage> sink = purged.get();
        if (sink != null) {
            sink.add(partial);
        }
        onPartial.accept(partial);
    }

    /**
     * Maps SMPP data_coding onto the TP-DCS core reads. Values below 0x10 are SMPP's own (SMPP 3.4 section 5.2.19),
     * not TS 23.038 values, so only the three that mean GSM 7-bit or UCS-2 pass.
     */
    private static int smsDataCoding(int dataCoding) {
        if (dataCoding == 0x00 || dataCoding == 0x01) {
            return Encoding.GSM7.dataCodingScheme();
        }
        if (dataCoding < 0x10 && dataCoding != Encoding.UCS2.dataCodingScheme()) {
            throw new SmsException(
                    SmsError.UNSUPPORTED_CODING,
                    "data_coding",
                    -1,
                    String.format(
                            Locale.ROOT,
                            "data_coding 0x%02X (%s) is not SMS text this receiver decodes; GSM 7-bit (0x00, 0x01) and"
                                    + " UCS-2 (0x08) are",
                            dataCoding,
                            smppCodingName(dataCoding)));
        }
        return dataCoding;
    }

    /** What SMPP 3.4 section 5.2.19 calls a data_coding below 0x10 other than 0x00, 0x01 and 0x08. */
    private static String smppCodingName(int dataCoding) {
        return switch (dataCoding) {
            case 0x02, 0x04 -> "octets";
            case 0x03 -> "Latin-1";
            case 0x05 -> "JIS";
            case 0x06 -> "Cyrillic";
            case 0x07 -> "Latin/Hebrew";
            case 0x09 -> "pictogram";
            case 0x0A -> "ISO-2022-JP, music codes";
            case 0x0D -> "extended Kanji JIS, X 0212";
            case 0x0E -> "KS C 5601";
            default -> "reserved";
        };
    }

    private static Concatenation sar(List<Tlv> tlvs) {
        Tlv ref = find(tlvs, Tlv.SAR_MSG_REF_NUM);
        Tlv total = find(tlvs, Tlv.SAR_TOTAL_SEGMENTS);
        Tlv seq = find(tlvs, Tlv.SAR_SEGMENT_SEQNUM);
        if (ref == null && total == null && seq == null) {
            return null;
        }
        int reference = (int) sarValue(ref, "sar_msg_ref_num", 2);
        int segments = (int) sarValue(total, "sar_total_segments", 1);
        int sequence = (int) sarValue(seq, "sar_segment_seqnum", 1);
        if (segments < 1 || sequence < 1 || sequence > segments) {
            throw new SmsException(
                    SmsError.MALFORMED_HEADER,
                    "sar_segment_seqnum",
                    -1,
                    "SAR segment " + sequence + " of " + segments
                            + " is out of range (1 to sar_total_segments, which is 1 to 255)");
        }
        return new Concatenation(reference, segments, sequence, true);
    }

    private static long sarValue(Tlv tlv, String name, int octets) {
        if (tlv == null) {
            throw new SmsException(
                    SmsError.MALFORMED_HEADER,
                    name,
                    -1,
                    name + " is missing: the SAR TLVs"
                            + " sar_msg_ref_num, sar_total_segments and sar_segment_seqnum come together");
        }
        if (tlv.length() != octets) {
            throw new SmsException(
                    SmsError.MALFORMED_HEADER,
                    name,
                    -1,
                    name + " must be " + octets + " octet(s), was " + tlv.length());
        }
        return tlv.unsignedValue();
    }

    private static Tlv find(List<Tlv> tlvs, int tag) {
        for (Tlv t : tlvs) {
            if (t.tag() == tag) {
                return t;
            }
        }
        return null;
    }

    private static DeliveryReceipt receipt(
            SmppAddress source,
            SmppAddress destination,
            int messageType,
            int dataCoding,
            byte[] userData,
            List<Tlv> tlvs) {
        String raw = new String(
                userData,
                dataCoding == Encoding.UCS2.dataCodingScheme()
                        ? StandardCharsets.UTF_16BE
                        : StandardCharsets.ISO_8859_1);
        Tlv receipted = find(tlvs, Tlv.RECEIPTED_MESSAGE_ID);
        Optional<String> receiptedId = receipted == null ? Optional.empty() : Optional.of(cString(receipted.value()));
        Tlv state = find(tlvs, Tlv.MESSAGE_STATE);
        OptionalInt messageState = state == null || state.length() != 1
                ? OptionalInt.empty()
                : OptionalInt.of((int) state.unsignedValue());
        ReceiptText t = new ReceiptText(raw);
        // the TLVs are the SMSC's own statement of which message this is and what became of it (SMPP 3.4 sections
        // 5.3.2.12 and 5.3.2.35); the text's form is vendor specific (Appendix B), and some SMSCs write its id in
        // another base than submit_sm_resp's message_id, so the TLVs win where both are present
        String stat = messageState.isPresent() ? statName(messageState.getAsInt()) : null;
        return new DeliveryReceipt(
                source,
                destination,
                messageType,
                receiptedId.filter(id -> !id.isEmpty()).orElseGet(() -> t.string("id")),
                t.count("sub"),
                t.count("dlvrd"),
                t.date("submit date"),
                t.date("done date"),
                stat != null ? stat : t.string("stat"),
                t.string("err"),
                t.text(),
                raw,
                receiptedId,
                messageState);
    }

    /**
     * The Appendix B {@code stat} of a {@code message_state} value (SMPP 3.4 section 5.2.28), or null for a value
     * that has none.
     */
    private static String statName(int messageState) {
        return switch (messageState) {
            case 1 -> "ENROUTE";
            case 2 -> "DELIVRD";
            case 3 -> "EXPIRED";
            case 4 -> "DELETED";
            case 5 -> "UNDELIV";
            case 6 -> "ACCEPTD";
            case 7 -> "UNKNOWN";
            case 8 -> "REJECTD";
            default -> null;
        };
    }

    private static String cString(byte[] value) {
        int end = value.length;
        while (end > 0 && value[end - 1] == 0) {
            end--;
        }
        return new String(value, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static SmppAddress source(AbstractSmCommand pdu) {
        return new SmppAddress(
                pdu.getSourceAddrTon() & 0xFF, pdu.getSourceAddrNpi() & 0xFF, orEmpty(pdu.getSourceAddr()));
    }

    private static SmppAddress destination(AbstractSmCommand pdu) {
        return new SmppAddress(pdu.getDestAddrTon() & 0xFF, pdu.getDestAddrNpi() & 0xFF, orEmpty(pdu.getDestAddress()));
    }

    /** A PDU read: a receipt, or else a decoded part (with its concatenation), and the addresses. */
    private record Received(
            SmppAddress source, SmppAddress destination, DeliveryReceipt receipt, DecodedMessage part) {}

    static List<Tlv> tlvs(AbstractSmCommand pdu) {
        OptionalParameter[] params = pdu.getOptionalParameters();
        if (params == null) {
            return List.of();
        }
        List<Tlv> out = new ArrayList<>(params.length);
        for (OptionalParameter p : params) {
            byte[] wire = p.serialize(); // tag (2), length (2), value
            byte[] value = new byte[wire.length - 4];
            System.arraycopy(wire, 4, value, 0, value.length);
            out.add(new Tlv(p.tag & 0xFFFF, value));
        }
        return out;
    }

    /**
     * Configures an {@link SmppReceiver}. Not thread-safe; each setter validates at once.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofMinutes(10);
        private int maxMessages = 10_000;
        private long maxOctets;
        private int maxMessagesPerSender;
        private SeptetFormat septetFormat = SeptetFormat.UNPACKED;
        private boolean strict;
        private Consumer<MobileMessage> onMessage = m -> {};
        private Consumer<DeliveryReceipt> onReceipt = r -> {};
        private Consumer<PartialMessage> onPartial = p -> {};

        private Builder() {}

        /**
         * Sets the time source for timeouts.
         *
         * @param value the clock, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how long an incomplete message is kept after its first part (and a completed one remembered
         * against late duplicates).
         *
         * @param value a positive duration, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * Sets the most messages held at once, incomplete or remembered after completion; beyond it remembered
         * messages are forgotten first, then the oldest incomplete one is evicted.
         *
         * @param value 1 or more; default 10,000
         * @return this builder
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder maxMessages(int value) {
            this.maxMessages = atLeastOne(value, "maxMessages");
            return this;
        }

        /**
         * Sets the most octets of decoded part text held at once, counted as 2 octets per UTF-16 code unit (a full
         * 160-character GSM 7-bit part counts 320). Beyond it remembered messages are forgotten first, then the
         * oldest incomplete ones are evicted; a single part larger than the bound is given up at once.
         *
         * @param value 1 or more; default {@code maxMessages} times 81,600 octets (255 parts of 160 characters), so
         *     that only {@code maxMessages} bites
         * @return this builder
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder maxOctets(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxOctets must be at least 1, was " + value);
            }
            this.maxOctets = value;
            return this;
        }

        /**
         * Sets the most incomplete messages held for one sender, that is one pair of source and destination
         * addresses; beyond it that sender's oldest incomplete message is evicted, never another sender's, so one
         * flooding handset cannot push out the others' messages.
         *
         * @param value 1 or more; default {@code maxMessages} (no bound beyond the global one)
         * @return this builder
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder maxMessagesPerSender(int value) {
            this.maxMessagesPerSender = atLeastOne(value, "maxMessagesPerSender");
            return this;
        }

        private static int atLeastOne(int value, String setting) {
            if (value < 1) {
                throw new IllegalArgumentException(setting + " must be at least 1, was " + value);
            }
            return value;
        }

        /**
         * Sets how received GSM 7-bit user data is laid out.
         *
         * @param value {@link SeptetFormat#UNPACKED} (the default, one septet per octet) or
         *     {@link SeptetFormat#PACKED}; not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder septetFormat(SeptetFormat value) {
            this.septetFormat = Objects.requireNonNull(value, "septetFormat");
            return this;
        }

        /**
         * Sets whether undefined GSM codes are errors (true) or shown as the spec's display rules say (false).
         *
         * @param value true for strict decoding
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Sets the callback for each complete mobile-originated message. If it throws, the exception propagates from
         * the offer and the message is offered to it again when the SMSC resends a part of it (see
         * {@link SmppReceiver}).
         *
         * @param value the callback, not null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder onMessage(Consumer<MobileMessage> value) {
            this.onMessage = Objects.requireNonNull(value, "onMessage");
            return this;
        }

        /**
         * Sets the callback for each delivery receipt.
         *
         * @param value the callback, not null; it should not throw
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder onReceipt(Consumer<DeliveryReceipt> value) {
            this.onReceipt = Objects.requireNonNull(value, "onReceipt");
            return this;
        }

        /**
         * Sets the callback for each incomplete message dropped (timed out, evicted or superseded), with the parts
         * received. It runs on the thread of the offer or {@link SmppReceiver#purgeExpired()} call that dropped the
         * message; if it throws, the other messages dropped by that call are still reported and the first exception
         * then propagates from the call.
         *
         * @param value the callback, not null; it should not throw
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder onPartial(Consumer<PartialMessage> value) {
            this.onPartial = Objects.requireNonNull(value, "onPartial");
            return this;
        }

        /**
         * Creates the receiver.
         *
         * @return a new receiver
         */
        public SmppReceiver build() {
            return new SmppReceiver(this);
        }
    }
}
