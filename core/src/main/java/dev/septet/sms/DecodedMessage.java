/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded part: its text and what its User Data Header said.
 *
 * @param text the decoded text, not null (may be empty)
 * @param encoding the encoding the data coding scheme named, not null
 * @param concatenation the concatenation element, or empty for a single-part message (or an element the spec
 *     says to ignore, such as sequence 0)
 * @param lockingShift the national locking shift table applied (element 0x25), or empty for the default alphabet
 * @param singleShift the national single shift table applied (element 0x24), or empty for the default extension
 * @param informationElements every element of the header in order, applied or skipped
 */
public record DecodedMessage(
        String text,
        Encoding encoding,
        Optional<Concatenation> concatenation,
        Optional<NationalLanguage> lockingShift,
        Optional<NationalLanguage> singleShift,
        List<InformationElement> informationElements) {
    /**
     * Creates the record, validating it and copying the list.
     *
     * @param text the decoded text, not null
     * @param encoding the encoding, not null
     * @param concatenation the concatenation element, or empty; not null
     * @param lockingShift the locking shift table, or empty; empty for UCS-2; not null
     * @param singleShift the single shift table, or empty; empty for UCS-2; not null
     * @param informationElements the header's elements, not null, no null elements
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if UCS-2 comes with a national table
     */
    public DecodedMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(concatenation, "concatenation");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        informationElements = List.copyOf(Objects.requireNonNull(informationElements, "informationElements"));
        if (encoding == Encoding.UCS2 && (lockingShift.isPresent() || singleShift.isPresent())) {
            throw new IllegalArgumentException(
                    "UCS-2 uses no national table, was locking " + lockingShift + ", single " + singleShift);
        }
    }
}
