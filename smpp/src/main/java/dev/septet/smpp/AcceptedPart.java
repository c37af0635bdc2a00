/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Objects;

/**
 * A {@code submit_sm} the SMSC accepted: the part's number and the {@code message_id} of its
 * {@code submit_sm_resp} (SMPP 3.4 section 4.4.2), the id a later delivery receipt names.
 *
 * @param sequence the part's number, 1 to 255
 * @param messageId the SMSC's message id, not null (empty if the SMSC sent none)
 */
public record AcceptedPart(int sequence, String messageId) {
    /**
     * Creates the record.
     *
     * @param sequence the part's number, 1 to 255
     * @param messageId the SMSC's message id, not null
     * @throws NullPointerException if {@code messageId} is null
     * @throws IllegalArgumentException if {@code sequence} is out of range
     */
    public AcceptedPart {
        Objects.requireNonNull(messageId, "messageId");
        if (sequence < 1 || sequence > 255) {
            throw new IllegalArgumentException("sequence must be between 1 and 255, was " + sequence);
        }
    }
}
