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
     * @param reference the reference, 0 to 255, or 0 to 65535 when {@code reference16}
     * @param total the number of parts, 1 to 255
     * @param sequence this part's number, 1 to {@code total}
     * @param reference16 whether the reference is 16-bit
     * @throws IllegalArgumentException naming the component if a number is out of range
     */
    public Concatenation {
        Range.check("reference", reference, 0, reference16 ? 0xFFFF : 0xFF);
        Range.check("total", total, 1, 255);
        Range.check("sequence", sequence, 1, total);
    }
}
