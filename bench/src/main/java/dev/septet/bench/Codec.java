/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

/**
 * The adapter each library sits behind, one method per measured operation. Each method does what a user of that
 * library would write for the job; a library that cannot do a job keeps the default, which throws, and the
 * benchmarks list only the {@link Peer} and {@link Input} pairs that are supported.
 *
 * <p>Encoders return the library's own result (Septet: {@code List<EncodedPart>}; others: {@code byte[]}) so no
 * adapter pays for a conversion the library's users would not make.
 */
public interface Codec {
    /**
     * Counts the SMS parts a text needs (count-only analysis).
     *
     * @param text the message
     * @return the number of parts
     */
    default int countParts(String text) {
        throw unsupported("countParts");
    }

    /**
     * Answers only whether the text fits the GSM 7-bit default alphabet and extension table.
     *
     * @param text the message
     * @return whether it is representable
     */
    default boolean canRepresent(String text) {
        throw unsupported("canRepresent");
    }

    /**
     * Full analysis: encoding, tables, units and parts.
     *
     * @param text the message
     * @return the library's analysis result
     */
    default Object analyze(String text) {
        throw unsupported("analyze");
    }

    /**
     * Splits a text into SMS parts.
     *
     * @param text the message
     * @return the library's list of parts
     */
    default Object split(String text) {
        throw unsupported("split");
    }

    /**
     * Encodes GSM 7-bit text to packed septets (3GPP TS 23.038 clause 6.1.2.1.1).
     *
     * @param text the message
     * @return the library's result
     */
    default Object encodePacked(String text) {
        throw unsupported("encodePacked");
    }

    /**
     * Encodes GSM 7-bit text to one septet per octet (the SMPP layout).
     *
     * @param text the message
     * @return the library's result
     */
    default Object encodeUnpacked(String text) {
        throw unsupported("encodeUnpacked");
    }

    /**
     * Encodes text as UCS-2 (UTF-16BE) user data.
     *
     * @param text the message
     * @return the library's result
     */
    default Object encodeUcs2(String text) {
        throw unsupported("encodeUcs2");
    }

    /**
     * Decodes packed GSM 7-bit user data.
     *
     * @param userData the user data, header first when {@code udhi}
     * @param udhi whether a User Data Header is present (only Septet handles one)
     * @param udl the user data length in septets, header and fill included
     * @return the text
     */
    default String decodePacked(byte[] userData, boolean udhi, int udl) {
        throw unsupported("decodePacked");
    }

    /**
     * Decodes unpacked GSM 7-bit user data (one septet per octet).
     *
     * @param userData the user data, no header
     * @return the text
     */
    default String decodeUnpacked(byte[] userData) {
        throw unsupported("decodeUnpacked");
    }

    /**
     * Decodes UCS-2 user data.
     *
     * @param userData the user data, no header
     * @return the text
     */
    default String decodeUcs2(byte[] userData) {
        throw unsupported("decodeUcs2");
    }

    /**
     * Encodes with the library's charset-style API: unpacked GSM septets with escapes, no parts, no header.
     *
     * @param text the message
     * @return the bytes
     */
    default byte[] charsetEncode(String text) {
        throw unsupported("charsetEncode");
    }

    private UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " has no " + operation);
    }
}
