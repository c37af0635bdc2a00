/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The stable code of an {@link SmsException}: what went wrong.
 *
 * <p>Each code also carries an error number of the 360nrs REST API, {@link #providerCode()}, so a messaging server
 * that speaks that API can answer its own clients with it. This is the one place the mapping is defined:
 *
 * <table>
 * <caption>SmsError to 360nrs REST API error number</caption>
 * <tr><th>code</th><th>number</th><th>meaning in that API</th></tr>
 * <tr><td>{@link #TEXT_MISSING}</td><td>104</td><td>Text message missing</td></tr>
 * <tr><td>{@link #TOO_MANY_PARTS}</td><td>110</td>
 *     <td>Exceeded maximum parts allowed or incorrect number of parts</td></tr>
 * <tr><td>{@link #UNENCODABLE}, {@link #LONE_SURROGATE}, {@link #MALFORMED_HEADER}, {@link #MALFORMED_USER_DATA},
 *     {@link #UNSUPPORTED_CODING}</td><td>113</td><td>Invalid coding</td></tr>
 * <tr><td>{@link #INVALID_OPTION}</td><td>422</td><td>Input validation error</td></tr>
 * </table>
 */
public enum SmsError {
    /** The text is empty. */
    TEXT_MISSING(104),
    /**
     * The text needs more parts than allowed (the option, at most 255); {@link SmsException#partsNeeded()} says how
     * many.
     */
    TOO_MANY_PARTS(110),
    /** A forced encoding cannot represent a character of the text; {@link SmsException#characters()} lists each. */
    UNENCODABLE(113),
    /** The text holds an unpaired UTF-16 surrogate; {@link SmsException#index()} is its index. */
    LONE_SURROGATE(113),
    /** An option is out of range or unknown; {@link SmsException#field()} names it. */
    INVALID_OPTION(422),
    /** A User Data Header is malformed (length, truncated element); {@link SmsException#index()} is the byte offset. */
    MALFORMED_HEADER(113),
    /** User data is malformed (septet count beyond the data, odd UCS-2 length, dangling escape); index is the byte offset. */
    MALFORMED_USER_DATA(113),
    /** A data coding scheme this library does not decode (reserved, 8-bit data or compressed). */
    UNSUPPORTED_CODING(113);

    private final int providerCode;

    SmsError(int providerCode) {
        this.providerCode = providerCode;
    }

    /**
     * Returns the 360nrs REST API error number this error maps to (104, 110, 113 or 422; see the table above).
     *
     * @return the numeric code
     */
    public int providerCode() {
        return providerCode;
    }
}
