/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SmsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsmpp.GenericNackResponseException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/**
 * Builds the {@code submit_sm} PDUs of a text and sends them through a bound jsmpp {@link SMPPSession}.
 *
 * <p>Thread-safe; create one per SMPP session (or per group of sessions to the same SMSC) and reuse it: it owns the
 * {@link ReferenceSource} that gives each multi-part message its own concatenation reference, so two messages in
 * flight to one handset are never joined.
 *
 * <pre>{@code
 * SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.randomStart());
 * List<String> ids = sender.send(session, SmppAddress.alphanumeric("Septet"),
 *         SmppAddress.international("447700900123"), longText);
 * }</pre>
 */
public final class SmppSender {
    private final SmppOptions options;
    private final ReferenceSource references;

    private SmppSender(SmppOptions options, ReferenceSource references) {
        this.options = options;
        this.references = references;
    }

    /**
     * Creates a sender.
     *
     * @param options the mode, encoding and limits, not null
     * @param references the session's source of concatenation references, thread-safe, not null; in
     *     {@link SmppMode#UDH} and {@link SmppMode#SAR} its low 8 bits are used (16 with {@code sms().reference16()})
     * @return a new sender
     * @throws NullPointerException if an argument is null
     */
    public static SmppSender create(SmppOptions options, ReferenceSource references) {
        return new SmppSender(
                Objects.requireNonNull(options, "options"), Objects.requireNonNull(references, "references"));
    }

    /**
     * Returns this sender's options.
     *
     * @return the options, never null
     */
    public SmppOptions options() {
        return options;
    }

    /**
     * Builds the {@code submit_sm} fields of every part of a text, drawing one reference for a multi-part message
     * in {@link SmppMode#UDH} or {@link SmppMode#SAR}. Nothing is sent.
     *
     * @param text the message text, not empty
     * @return the PDUs and the parts the SMSC will bill
     * @throws NullPointerException if {@code text} is null
     * @throws SmsException from core: {@code TEXT_MISSING}, {@code TOO_MANY_PARTS} (more than
     *     {@code options().sms().maxParts()}, with the parts needed), {@code UNENCODABLE} (a forced encoding cannot
     *     carry a character; every such character is listed), {@code LONE_SURROGATE}
     */
    public Submission submission(CharSequence text) {
        return SubmitEncoder.encode(Objects.requireNonNull(text, "text"), options, references);
    }

    /**
     * Sends every part of a text, in order, each after the SMSC accepted the one before, and returns the message
     * ids of the {@code submit_sm_resp} PDUs. The text is encoded in full first, so a text that is too long or
     * cannot be encoded fails before anything is sent.
     *
     * @param session a jsmpp session bound as transmitter or transceiver, not null; its transaction timer bounds
     *     the wait for each response
     * @param source the {@code source_addr} with its TON and NPI, not null
     * @param destination the {@code destination_addr} with its TON and NPI, not null
     * @param text the message text, not empty
     * @return the SMSC's message ids, one per {@code submit_sm} in part order (one in
     *     {@link SmppMode#MESSAGE_PAYLOAD})
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #submission(CharSequence)} does, before anything is sent
     * @throws IllegalArgumentException if an address has a TON or NPI SMPP 3.4 does not define, a character
     *     outside printable ASCII (0x20 to 0x7E) or more than 20 characters, before anything is sent
     * @throws SmppSendException when a part is rejected, times out or the session fails: it lists the parts accepted
     *     (with their ids) and those not accepted
     */
    public List<String> send(SMPPSession session, SmppAddress source, SmppAddress destination, CharSequence text)
            throws SmppSendException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        return send(session, source, destination, submission(text));
    }

    /**
     * Sends the PDUs of a submission built earlier by {@link #submission(CharSequence)}, for example to retry
     * the parts an {@link SmppSendException} reported as not accepted (send a submission rebuilt from
     * {@code parts().subList(..)} with the same reference).
     *
     * @param session a jsmpp session bound as transmitter or transceiver, not null
     * @param source the {@code source_addr}, not null
     * @param destination the {@code destination_addr}, not null
     * @param submission the PDUs to send, not null
     * @return the SMSC's message ids, one per PDU in order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an address has a TON or NPI SMPP 3.4 does not define, a character
     *     outside printable ASCII (0x20 to 0x7E) or more than 20 characters, before anything is sent
     * @throws SmppSendException when a part is rejected, times out or the session fails
     */
    public List<String> send(SMPPSession session, SmppAddress source, SmppAddress destination, Submission submission)
            throws SmppSendException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(submission, "submission");
        // an address jsmpp cannot write fails here, before any part is sent
        source.checkSendable("source");
        destination.checkSendable("destination");
        TypeOfNumber sourceTon = source.jsmppTon();
        NumberingPlanIndicator sourceNpi = source.jsmppNpi();
        TypeOfNumber destinationTon = destination.jsmppTon();
        NumberingPlanIndicator destinationNpi = destination.jsmppNpi();
        RegisteredDelivery registeredDelivery = new RegisteredDelivery(options.registeredDelivery());
        List<AcceptedPart> accepted = new ArrayList<>(submission.parts().size());
        List<String> ids = new ArrayList<>(submission.parts().size());
        List<SubmitPart> parts = submission.parts();
        for (int i = 0; i < parts.size(); i++) {
            SubmitPart part = parts.get(i);
            int total = part.total();
            try {
                String id = session.submitShortMessage(
                                "",
                                sourceTon,
                                sourceNpi,
                                source.address(),
                                destinationTon,
                                destinationNpi,
                                destination.address(),
                                new ESMClass(part.esmClass()),
                                (byte) 0,
                                (byte) 0,
                                null,
                                null,
                                registeredDelivery,
                                (byte) 0,
                                new RawDataCoding((byte) part.dataCoding()),
                                (byte) 0,
                                part.shortMessage(),
                                jsmpp(part.optionalParameters()))
                        .getMessageId();
                String messageId = id == null ? "" : id;
                accepted.add(new AcceptedPart(part.sequence(), messageId));
                ids.add(messageId);
            } catch (NegativeResponseException e) {
                throw new SmppSendException(
                        SendFailure.REJECTED, notAccepted(parts, i), total, e.getCommandStatus(), accepted, e);
            } catch (ResponseTimeoutException e) {
                throw new SmppSendException(SendFailure.TIMEOUT, notAccepted(parts, i), total, 0, accepted, e);
            } catch (GenericNackResponseException e) {
                // SMPP 3.4 section 4.3: generic_nack carries the refusal in command_status, as submit_sm_resp would
                throw new SmppSendException(
                        SendFailure.REJECTED, notAccepted(parts, i), total, e.getCommandStatus(), accepted, e);
            } catch (InvalidResponseException e) {
                throw new SmppSendException(SendFailure.INVALID_RESPONSE, notAccepted(parts, i), total, 0, accepted, e);
            } catch (PDUException e) {
                throw new SmppSendException(SendFailure.INVALID_PDU, notAccepted(parts, i), total, 0, accepted, e);
            } catch (IOException | IllegalStateException e) {
                throw new SmppSendException(SendFailure.CONNECTION, notAccepted(parts, i), total, 0, accepted, e);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The numbers of part {@code failed} and of the parts after it in this submission, in sending order: a retry may
     * hold any of a message's parts, in any order.
     */
    private static List<Integer> notAccepted(List<SubmitPart> parts, int failed) {
        List<Integer> out = new ArrayList<>(parts.size() - failed);
        for (SubmitPart p : parts.subList(failed, parts.size())) {
            out.add(p.sequence());
        }
        return out;
    }

    /** The TLVs as jsmpp writes them: tag, length, value, whatever the tag's type. */
    static OptionalParameter[] jsmpp(List<Tlv> tlvs) {
        OptionalParameter[] out = new OptionalParameter[tlvs.size()];
        for (int i = 0; i < out.length; i++) {
            Tlv t = tlvs.get(i);
            out[i] = new OptionalParameter.OctetString((short) t.tag(), t.value());
        }
        return out;
    }
}
