/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The character encoding of an SMS: what the data coding scheme (TP-DCS) announces.
 *
 * <p>Units differ per encoding: {@link #GSM7} counts septets, {@link #UCS2} counts UTF-16 code units.
 */
public enum Encoding {
    /**
     * The GSM 7-bit default alphabet or a national language table pair (3GPP TS 23.038 clause 6.2.1 and Annex A);
     * data coding scheme 0x00. Counted in septets; an escaped (single shift) character costs 2 septets.
     */
    GSM7(0x00),
    /**
     * UCS-2 as UTF-16 big-endian (3GPP TS 23.038 clause 6.2.3); data coding scheme 0x08. Counted in UTF-16 code
     * units; a character outside the Basic Multilingual Plane costs 2 units (a surrogate pair).
     */
    UCS2(0x08);

    private final int dataCodingScheme;

    Encoding(int dataCodingScheme) {
        this.dataCodingScheme = dataCodingScheme;
    }

    /**
     * Returns the TP-DCS value (SMPP {@code data_coding}) for this encoding with no message class: 0x00 or 0x08.
     *
     * @return the data coding scheme octet, 0 to 255
     */
    public int dataCodingScheme() {
        return dataCodingScheme;
    }
}
