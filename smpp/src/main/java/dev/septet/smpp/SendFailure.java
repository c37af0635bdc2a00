/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

/**
 * The stable code of an {@link SmppSendException}: why a {@code submit_sm} of a message was not accepted.
 */
public enum SendFailure {
    /**
     * The SMSC answered {@code submit_sm_resp} with a non-zero {@code command_status} (SMPP 3.4 section 5.1.3), for
     * example 0x45 ESME_RSUBMITFAIL or 0x58 ESME_RTHROTTLED, or answered with {@code generic_nack}, which carries
     * its error in {@code command_status} (SMPP 3.4 section 4.3); {@link SmppSendException#commandStatus()} holds
     * it. The failed part was not accepted.
     */
    REJECTED,
    /**
     * No response came within the session's transaction timer. The SMSC may or may not have accepted the failed
     * part: treat it as unknown, not as unsent.
     */
    TIMEOUT,
    /**
     * The session was not bound for sending, or the connection dropped while sending. The failed part was
     * written to a broken connection or not at all.
     */
    CONNECTION,
    /** The SMSC answered with a response that does not match the request (SMPP 3.4 section 2.7). */
    INVALID_RESPONSE,
    /** jsmpp refused to write the PDU (a field it considers invalid); nothing of the failed part was sent. */
    INVALID_PDU
}
