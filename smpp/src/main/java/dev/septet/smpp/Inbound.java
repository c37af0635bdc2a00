/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

/**
 * What one received {@code deliver_sm} or {@code data_sm} amounted to: a whole {@link MobileMessage}, a
 * {@link DeliveryReceipt}, or a {@link PartReceived} that waits for the rest of its message.
 */
public sealed interface Inbound permits MobileMessage, DeliveryReceipt, PartReceived {
    /**
     * Returns the {@code source_addr} of the PDU.
     *
     * @return the originator (the handset for MO text, the SMSC's choice for a receipt), never null
     */
    SmppAddress source();

    /**
     * Returns the {@code destination_addr} of the PDU.
     *
     * @return the recipient, never null
     */
    SmppAddress destination();
}
