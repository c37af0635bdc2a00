/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Encoding;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A whole mobile-originated message: a single part, or every part of a concatenated one joined in order. Each
 * part's text was decoded with the national tables its own header named.
 *
 * @param source the originating address, not null
 * @param destination the address it was sent to, not null
 * @param text the message text, not null (may be empty)
 * @param encoding the encoding of the part that completed the message, not null
 * @param parts the number of parts joined, 1 to 255
 * @param reference the concatenation reference (from the User Data Header or {@code sar_msg_ref_num}), empty for a
 *     single part without concatenation
 */
public record MobileMessage(
        SmppAddress source, SmppAddress destination, String text, Encoding encoding, int parts, OptionalInt reference)
        implements Inbound {
    /**
     * Creates the record.
     *
     * @param source the originating address, not null
     * @param destination the address it was sent to, not null
     * @param text the text, not null
     * @param encoding the encoding, not null
     * @param parts 1 to 255
     * @param reference the reference, not null (empty when none)
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code parts} is out of range
     */
    public MobileMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(reference, "reference");
        if (parts < 1 || parts > 255) {
            throw new IllegalArgumentException("parts must be between 1 and 255, was " + parts);
        }
    }
}
