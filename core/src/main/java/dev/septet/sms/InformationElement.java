/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One information element of a received User Data Header (3GPP TS 23.040 clause 9.2.3.24). Immutable: the data
 * accessor returns a copy.
 *
 * @param identifier the IEI, 0 to 255
 * @param data the element's data octets (without IEI and length), 0 to 255 of them
 * @param applied true when the decoder understood and used the element (concatenation 0x00/0x08, national
 *     language single shift 0x24 and locking shift 0x25 with valid contents: a national language identifier of 1
 *     to 13, in GSM 7-bit text); false for elements it skipped, and for an element that a later one of the same kind
 *     replaced (the last is used, TS 23.040 clause 9.2.3.24; 8- and 16-bit concatenation are one kind)
 */
public record InformationElement(int identifier, byte[] data, boolean applied) {
    /**
     * Creates the record, copying the data.
     *
     * @param identifier the IEI, 0 to 255
     * @param data the element's data octets, not null, at most 255 (the length octet's range)
     * @param applied whether the decoder used the element
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException naming the component if the identifier or the data length is out of range
     */
    public InformationElement {
        Range.check("identifier", identifier, 0, 0xFF);
        data = Objects.requireNonNull(data, "data").clone();
        Range.check("data length", data.length, 0, 0xFF);
    }

    /**
     * Returns a copy of the element's data.
     *
     * @return the data octets
     */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Compares identifier, flag and data content.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof InformationElement e
                && identifier == e.identifier
                && applied == e.applied
                && Arrays.equals(data, e.data);
    }

    /**
     * Hashes identifier, flag and data content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(identifier, applied, Arrays.hashCode(data));
    }

    /**
     * Shows the element with its data in hexadecimal.
     *
     * @return a debugging representation
     */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "InformationElement[identifier=0x%02X, data=%s, applied=%s]",
                identifier,
                HexFormat.of().withUpperCase().formatHex(data),
                applied);
    }
}
