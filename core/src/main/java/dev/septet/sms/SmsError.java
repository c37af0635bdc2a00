/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The stable code of an {@link SmsException}: what went wrong, mapped to the provider's API error numbers so a
 * messaging server can answer its own clients with them.
 */
public enum SmsError {
    /** The text is empty. Provider code 104, "Text message missing". */
    TEXT_MISSING(104),
    /** The text needs more parts than allowed (the option, at most 255). Provider code 110. */
    TOO_MANY_PARTS(110),
    /** A forced encoding cannot represent a character of the text. Provider code 113, "Invalid coding". */
    UNENCODABLE(113),
    /** The text holds an unpaired UTF-16 surrogate. Provider code 113, "Invalid coding". */
    LONE_SURROGATE(113),
    /** An option is out of range or unknown; {@link SmsException#field()} names it. Provider code 422. */
    INVALID_OPTION(422),
    /** A User Data Header is malformed (length, truncated element); {@link SmsException#index()} is the byte offset. */
    MALFORMED_HEADER(113),
    /** User data is malformed (septet count beyond the data, odd UCS-2 length, dangling escape); index is the byte offset. */
    MALFORMED_USER_DATA(113),
    /** A data coding scheme this library does not decode (reserved, 8-bit data or compressed). Provider code 113. */
    UNSUPPORTED_CODING(113);

    private final int providerCode;

    SmsError(int providerCode) {
        this.providerCode = providerCode;
    }

    /**
     * Returns the provider API error number this error maps to (104, 110, 113 or 422).
     *
     * @return the numeric code
     */
    public int providerCode() {
        return providerCode;
    }
}
