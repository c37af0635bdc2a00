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
 * @param encoding the encoding the data coding scheme named
 * @param concatenation the concatenation element, or empty for a single-part message (or an element the spec
 *     says to ignore, such as sequence 0)
 * @param lockingShift the national locking shift table applied (element 0x25), or empty for the default alphabet
 * @param singleShift the national single shift table applied (element 0x24), or empty for the default extension
 * @param informationElements every element of the header in order, applied or skipped
 */
public record DecodedMessage(String text, Encoding encoding, Optional<Concatenation> concatenation,
        Optional<NationalLanguage> lockingShift, Optional<NationalLanguage> singleShift,
        List<InformationElement> informationElements) {
    /**
     * Creates the record, copying the list.
     *
     * @param text the decoded text
     * @param encoding the encoding
     * @param concatenation the concatenation element, if any
     * @param lockingShift the locking shift table, if any
     * @param singleShift the single shift table, if any
     * @param informationElements the header's elements
     * @throws NullPointerException if a component is null
     */
    public DecodedMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(concatenation, "concatenation");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        informationElements = List.copyOf(informationElements);
    }
}
