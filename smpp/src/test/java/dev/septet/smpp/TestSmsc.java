/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real SMPP server on 127.0.0.1 that records every submit_sm and can send deliver_sm to the bound client. */
abstract class TestSmsc implements AutoCloseable {
    private final List<RecordedPdu> submits = new CopyOnWriteArrayList<>();
    private final AtomicInteger received = new AtomicInteger();
    private volatile int reject = -1;

    /** The port it listens on. */
    abstract int port();

    /** Sends a deliver_sm to the bound client and waits for its response; returns its command_status. */
    abstract int deliver(
            SmppAddress source,
            SmppAddress destination,
            int esmClass,
            int dataCoding,
            byte[] shortMessage,
            List<Tlv> tlvs)
            throws Exception;

    /** The implementation's name, for test names. */
    abstract String name();

    @Override
    public abstract void close();

    /** The submit_sm PDUs accepted so far, in arrival order. */
    final List<RecordedPdu> submits() {
        return List.copyOf(submits);
    }

    /** Answers the n-th submit_sm (1-based, counted from the start) with ESME_RSUBMITFAIL (0x45). */
    final void rejectSubmit(int n) {
        reject = n;
    }

    /**
     * Counts a received submit_sm and records it unless it is the one to reject.
     *
     * @return the message id to answer with, or null to answer ESME_RSUBMITFAIL
     */
    final String record(RecordedPdu pdu) {
        int n = received.incrementAndGet();
        if (n == reject) {
            return null;
        }
        submits.add(pdu);
        return name().charAt(0) + Integer.toString(n);
    }
}
