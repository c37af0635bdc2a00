/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One part of an encoded message, ready for an SMPP {@code submit_sm} or a TPDU. Immutable: the byte array
 * accessors return copies.
 *
 * @param sequence the part number, 1 to {@code total}
 * @param total the number of parts, 1 to 255
 * @param reference the concatenation reference (0 to 255, or 0 to 65535 with the 16-bit element); 0 and
 *     meaningless for a single part
 * @param text the part's text, not null
 * @param units the part's cost: septets for GSM 7-bit, UTF-16 code units for UCS-2
 * @param udh the User Data Header, UDHL octet first (3GPP TS 23.040 clause 9.2.3.24), or empty when the part has
 *     none; elements in order: concatenation (0x00 or 0x08), single shift (0x24), locking shift (0x25)
 * @param userData the complete TP-UD / SMPP {@code short_message}: the header when present, then for packed
 *     GSM 7-bit the fill bits and packed septets, for unpacked GSM 7-bit one septet per octet, for UCS-2 the
 *     UTF-16BE bytes; at most 140 octets when packed
 * @param udl the TP-User-Data-Length as the TPDU counts it: septets including the header and fill bits for GSM
 *     7-bit (in either layout), octets including the header for UCS-2
 * @param dcs the data coding scheme (TP-DCS, SMPP {@code data_coding}): 0x00 for GSM 7-bit, 0x08 for UCS-2
 * @param udhi true when the header is present: set TP-UDHI, or SMPP {@code esm_class} bit 0x40
 */
public record EncodedPart(int sequence, int total, int reference, String text, int units, byte[] udh,
        byte[] userData, int udl, int dcs, boolean udhi) {

    /**
     * Creates the record, validating every component and copying the arrays.
     *
     * @param sequence the part number, 1 to {@code total}
     * @param total the number of parts, 1 to 255
     * @param reference the concatenation reference, 0 to 65535
     * @param text the part's text, not null
     * @param units the part's cost in septets or UTF-16 code units
     * @param udh the User Data Header, possibly empty, not null
     * @param userData the complete user data, not null
     * @param udl the TP-User-Data-Length
     * @param dcs the data coding scheme, 0 to 255
     * @param udhi whether the header is present
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public EncodedPart {
        Objects.requireNonNull(text, "text");
        udh = Objects.requireNonNull(udh, "udh").clone();
        userData = Objects.requireNonNull(userData, "userData").clone();
        if (total < 1 || total > 255 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("sequence " + sequence + " of " + total + " is out of range");
        }
        if (reference < 0 || reference > 0xFFFF || dcs < 0 || dcs > 0xFF || udl < 0) {
            throw new IllegalArgumentException("reference, dcs or udl out of range");
        }
    }

    /**
     * Returns a copy of the User Data Header.
     *
     * @return the header octets, UDHL first, or an empty array
     */
    @Override
    public byte[] udh() {
        return udh.clone();
    }

    /**
     * Returns a copy of the complete user data.
     *
     * @return the TP-UD octets
     */
    @Override
    public byte[] userData() {
        return userData.clone();
    }

    /**
     * Compares all components, the arrays by content.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an equal part
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedPart p && sequence == p.sequence && total == p.total
                && reference == p.reference && units == p.units && udl == p.udl && dcs == p.dcs && udhi == p.udhi
                && text.equals(p.text) && Arrays.equals(udh, p.udh) && Arrays.equals(userData, p.userData);
    }

    /**
     * Hashes all components, the arrays by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(sequence, total, reference, text, units, Arrays.hashCode(udh),
                Arrays.hashCode(userData), udl, dcs, udhi);
    }

    /**
     * Shows the components, the arrays in hexadecimal.
     *
     * @return a debugging representation
     */
    @Override
    public String toString() {
        HexFormat hex = HexFormat.of().withUpperCase();
        return "EncodedPart[sequence=" + sequence + ", total=" + total + ", reference=" + reference + ", text="
                + text + ", units=" + units + ", udh=" + hex.formatHex(udh) + ", userData="
                + hex.formatHex(userData) + ", udl=" + udl + ", dcs=" + dcs + ", udhi=" + udhi + "]";
    }
}
