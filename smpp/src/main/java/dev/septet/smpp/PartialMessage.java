/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A concatenated message that never completed: dropped because its timeout passed, because the receiver held too
 * much, or because its reference was reused before it completed. Carries every part that did arrive, so nothing is
 * lost silently. Built from core's {@code IncompleteMessage} (3GPP TS 23.040 clause 9.2.3.24.1).
 *
 * @param source the originating address, not null
 * @param destination the address it was sent to, not null
 * @param reference the concatenation reference, 0 to 65535
 * @param total the number of parts the message announced, 2 to 255
 * @param parts the texts of the parts received, by part number (1 to {@code total}), in ascending order; not empty
 * @param droppedAt when the receiver dropped it, by the receiver's clock: the time of the offer or
 *     {@link SmppReceiver#purgeExpired()} call that gave it up
 * @param reason why it was dropped
 */
public record PartialMessage(
        SmppAddress source,
        SmppAddress destination,
        int reference,
        int total,
        Map<Integer, String> parts,
        Instant droppedAt,
        Reason reason) {

    /** Why an incomplete message was dropped. */
    public enum Reason {
        /** The receiver's timeout passed since its first part. */
        EXPIRED,
        /**
         * A bound of the receiver was reached (messages held, octets held, or messages per source and destination)
         * and this was the oldest message under it.
         */
        EVICTED,
        /**
         * A part with the same addresses, reference, total and number but another text arrived before this message
         * completed: the sender reused the reference for a new message, which the receiver now joins instead.
         */
        SUPERSEDED
    }

    /**
     * Creates the record, copying the map in part order.
     *
     * @param source the originating address, not null
     * @param destination the address it was sent to, not null
     * @param reference 0 to 65535
     * @param total 2 to 255
     * @param parts the received texts by part number, not null
     * @param droppedAt when it was dropped, not null
     * @param reason why it was dropped, not null
     * @throws NullPointerException if a component is null
     */
    public PartialMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(droppedAt, "droppedAt");
        Objects.requireNonNull(reason, "reason");
        parts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(parts, "parts")));
    }

    /**
     * Returns the numbers of the parts that never arrived.
     *
     * @return the missing part numbers in ascending order
     */
    public List<Integer> missing() {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (!parts.containsKey(i)) {
                missing.add(i);
            }
        }
        return List.copyOf(missing);
    }
}
