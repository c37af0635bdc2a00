/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;

/**
 * How to decode received user data. Immutable; start from {@link #defaults()}.
 *
 * @param septetFormat how GSM 7-bit user data is laid out: packed (TP-UD in a TPDU) or unpacked (one septet per
 *     octet, as SMPP delivers with {@code data_coding} 0)
 * @param strict false (the default) applies the display rules of 3GPP TS 23.038 clause 6.2.1.1 to received text:
 *     an escape followed by a code the single shift table does not define shows the base table's character for
 *     that code, and ESC ESC (SS2) shows a space; a position the locking table does not define shows U+FFFD; and a
 *     reserved alphabet or coding group in the data coding scheme is read as GSM 7-bit (clause 4). True raises
 *     {@link SmsError#MALFORMED_USER_DATA} for each undefined code and {@link SmsError#UNSUPPORTED_CODING} for a
 *     reserved coding instead.
 */
public record DecodeOptions(SeptetFormat septetFormat, boolean strict) {
    private static final DecodeOptions DEFAULTS = new DecodeOptions(SeptetFormat.PACKED, false);

    /**
     * Creates the record.
     *
     * @param septetFormat the GSM 7-bit layout, not null
     * @param strict whether undefined codes and reserved codings are errors
     * @throws NullPointerException if {@code septetFormat} is null
     */
    public DecodeOptions {
        Objects.requireNonNull(septetFormat, "septetFormat");
    }

    /**
     * Returns the defaults: packed, lenient.
     *
     * @return the shared default options
     */
    public static DecodeOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another layout.
     *
     * @param format packed or unpacked
     * @return the new options
     */
    public DecodeOptions withSeptetFormat(SeptetFormat format) {
        return new DecodeOptions(format, strict);
    }

    /**
     * Returns a copy in strict (true) or lenient (false) mode.
     *
     * @param isStrict true to reject undefined codes and reserved codings
     * @return the new options
     */
    public DecodeOptions withStrict(boolean isStrict) {
        return new DecodeOptions(septetFormat, isStrict);
    }
}
