/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A delivery receipt: a {@code deliver_sm} or {@code data_sm} whose {@code esm_class} message type (bits 5 to 2) is not
 * the default, 0x04 being the SMSC delivery receipt (SMPP 3.4 section 5.2.12). Its text follows the format of SMPP 3.4
 * Appendix B ({@code id:IIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E
 * Text:...}); each field is read on its own, case-insensitively, so a field the SMSC left out or wrote in another form
 * is empty and the others are still read. The {@code receipted_message_id} and {@code message_state} TLVs, when the
 * SMSC sends them, take precedence over the text's {@code id} and {@code stat}. A receipt is never treated as message
 * text.
 *
 * @param source the {@code source_addr} (usually the handset the message went to), not null
 * @param destination the {@code destination_addr} (usually the original sender), not null
 * @param messageType the {@code esm_class} message type bits ({@code esm_class & 0x3C}): 0x04 SMSC delivery
 *     receipt, 0x08 SME delivery acknowledgement, 0x10 SME manual acknowledgement, 0x20 intermediate notification
 * @param messageId the message id the SMSC returned in {@code submit_sm_resp}: the {@code receipted_message_id} TLV
 *     when present and not empty (SMPP 3.4 section 5.3.2.12; some SMSCs write the text's {@code id} field in another
 *     base), otherwise the {@code id} field; empty if both are absent
 * @param submitted the {@code sub} field (messages submitted), if present
 * @param delivered the {@code dlvrd} field (messages delivered), if present
 * @param submitDate the {@code submit date} field, if present (to the minute, or to the second when the SMSC sent
 *     12 digits; the two-digit year is read as 2000 to 2099; the SMSC's local time, no zone)
 * @param doneDate the {@code done date} field, if present
 * @param stat the final state: when the {@code message_state} TLV is present and 1 to 8 (SMPP 3.4 section
 *     5.2.28), its Appendix B name (ENROUTE, DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN, REJECTD);
 *     otherwise the {@code stat} field as sent (one of those or an SMSC's own); empty if both are absent
 * @param err the {@code err} field (a network-specific error code); empty if absent
 * @param text the {@code Text} field (the start of the original message); empty if absent
 * @param raw the whole receipt text as received, not null
 * @param receiptedMessageId the {@code receipted_message_id} TLV (SMPP 3.4 section 5.3.2.12), if present
 * @param messageState the {@code message_state} TLV (SMPP 3.4 section 5.3.2.35), if present
 */
public record DeliveryReceipt(
        SmppAddress source,
        SmppAddress destination,
        int messageType,
        String messageId,
        OptionalInt submitted,
        OptionalInt delivered,
        Optional<LocalDateTime> submitDate,
        Optional<LocalDateTime> doneDate,
        String stat,
        String err,
        String text,
        String raw,
        Optional<String> receiptedMessageId,
        OptionalInt messageState)
        implements Inbound {
    /**
     * Creates the record.
     *
     * @param source the {@code source_addr}, not null
     * @param destination the {@code destination_addr}, not null
     * @param messageType the message type bits
     * @param messageId the id, not null
     * @param submitted the sub field, not null
     * @param delivered the dlvrd field, not null
     * @param submitDate the submit date, not null
     * @param doneDate the done date, not null
     * @param stat the stat field, not null
     * @param err the err field, not null
     * @param text the Text field, not null
     * @param raw the receipt text, not null
     * @param receiptedMessageId the TLV, not null
     * @param messageState the TLV, not null
     * @throws NullPointerException if a component is null
     */
    public DeliveryReceipt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(submitDate, "submitDate");
        Objects.requireNonNull(doneDate, "doneDate");
        Objects.requireNonNull(stat, "stat");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(receiptedMessageId, "receiptedMessageId");
        Objects.requireNonNull(messageState, "messageState");
    }
}
