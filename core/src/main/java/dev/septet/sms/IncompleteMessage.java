/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A concatenated message that a {@link Reassembler} gave up on before all its parts arrived, with the parts it
 * had, so a receiver can log it, show what arrived or ask the sender again (3GPP TS 23.040 clause 9.2.3.24.1).
 *
 * @param sender the sender key the parts were offered with, not null
 * @param reference the concatenation reference, 0 to 255, or 0 to 65535 when {@code reference16}
 * @param reference16 true when the parts used the 16-bit reference element 0x08
 * @param total the number of parts the message announced, 1 to 255
 * @param parts the texts received, by part number (1 to {@code total}) in ascending order; at least one, fewer
 *     than {@code total}
 * @param reason why the message was given up
 */
public record IncompleteMessage(
        String sender, int reference, boolean reference16, int total, SortedMap<Integer, String> parts, Reason reason) {

    /** Why a {@link Reassembler} gave up on a message. */
    public enum Reason {
        /** The timeout passed since its first part arrived. */
        EXPIRED,
        /** A bound (messages, octets, or messages per sender) was reached and it was the oldest. */
        EVICTED,
        /** A part with the same sender, reference, total and number but another text arrived: the reference was
         * reused for a new message before this one completed. */
        SUPERSEDED
    }

    /**
     * Creates the record, validating the numbers and copying the parts into an unmodifiable sorted map.
     *
     * @param sender the sender key, not null
     * @param reference the reference, 0 to 255 (0 to 65535 when {@code reference16})
     * @param reference16 whether the reference is 16-bit
     * @param total the announced number of parts, 1 to 255
     * @param parts the received texts by part number, not null; at least one entry and fewer than {@code total},
     *     each number 1 to {@code total}, each text not null
     * @param reason why the message was given up, not null
     * @throws NullPointerException if {@code sender}, {@code parts}, a part's text or {@code reason} is null
     * @throws IllegalArgumentException naming the component if a number is out of range
     */
    public IncompleteMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(reason, "reason");
        Range.check("reference", reference, 0, reference16 ? 0xFFFF : 0xFF);
        Range.check("total", total, 1, 255);
        if (parts.isEmpty() || parts.size() >= total) {
            throw new IllegalArgumentException(
                    "parts must hold 1 to " + (total - 1) + " of the " + total + " parts, held " + parts.size());
        }
        TreeMap<Integer, String> copy = new TreeMap<>();
        for (Map.Entry<Integer, String> e : parts.entrySet()) {
            int number = Objects.requireNonNull(e.getKey(), "part number");
            Range.check("part number", number, 1, total);
            copy.put(number, Objects.requireNonNull(e.getValue(), "part text"));
        }
        parts = Collections.unmodifiableSortedMap(copy);
    }
}
