/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Encoding;
import java.util.List;
import java.util.Objects;

/**
 * A message ready to submit: the {@code submit_sm} PDUs and what the SMSC will deliver and bill. Immutable and
 * thread-safe.
 *
 * @param mode how the parts travel
 * @param encoding the encoding chosen for the text
 * @param smsParts the SMS parts the handset receives and the SMSC bills, 1 to 255: the number of PDUs in
 *     {@link SmppMode#UDH} and {@link SmppMode#SAR}, the SMSC's own split in {@link SmppMode#MESSAGE_PAYLOAD}
 * @param parts the {@code submit_sm} PDUs in sending order, at least one; a single one in
 *     {@link SmppMode#MESSAGE_PAYLOAD}
 */
public record Submission(SmppMode mode, Encoding encoding, int smsParts, List<SubmitPart> parts) {
    /**
     * Creates the record, copying the list.
     *
     * @param mode how the parts travel, not null
     * @param encoding the encoding, not null
     * @param smsParts the parts billed, 1 to 255
     * @param parts the PDUs, not empty
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code smsParts} is out of range or {@code parts} is empty
     */
    public Submission {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(encoding, "encoding");
        parts = List.copyOf(parts);
        if (smsParts < 1 || smsParts > 255) {
            throw new IllegalArgumentException("smsParts must be between 1 and 255, was " + smsParts);
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must not be empty");
        }
    }
}
