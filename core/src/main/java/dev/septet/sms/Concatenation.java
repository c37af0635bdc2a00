/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The concatenation information of a received part (3GPP TS 23.040 clauses 9.2.3.24.1 and 9.2.3.24.8).
 *
 * @param reference the reference shared by all parts of one message, 0 to 255 (or 0 to 65535 when
 *     {@code reference16})
 * @param total the number of parts of the message, 1 to 255
 * @param sequence this part's number, 1 to {@code total}
 * @param reference16 true when the header used the 16-bit reference element 0x08
 */
public record Concatenation(int reference, int total, int sequence, boolean reference16) {
    /**
     * Creates the record, validating the numbers.
     *
     * @param reference the reference, 0 to 65535
     * @param total the number of parts, 1 to 255
     * @param sequence this part's number, 1 to {@code total}
     * @param reference16 whether the reference is 16-bit
     * @throws IllegalArgumentException if a number is out of range
     */
    public Concatenation {
        if (reference < 0 || reference > (reference16 ? 0xFFFF : 0xFF)) {
            throw new IllegalArgumentException("reference out of range: " + reference);
        }
        if (total < 1 || total > 255 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("sequence " + sequence + " of " + total + " is out of range");
        }
    }
}
