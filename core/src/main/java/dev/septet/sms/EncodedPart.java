/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One part of an encoded message, ready for an SMPP {@code submit_sm} or a TPDU. Immutable and thread-safe: the
 * byte array accessors return copies. (A final class rather than a record so the encoder hands over its arrays
 * without a defensive copy; equality is by value as for a record.)
 */
public final class EncodedPart {
    private final int sequence;
    private final int total;
    private final int reference;
    /** The part's text is {@code source[begin, end)}, built on first use: most senders never read it. */
    private final String source;

    private final int begin;
    private final int end;
    /** The text once built; a race builds equal strings, and a String is safe to publish without a lock. */
    private String text;

    private final int units;
    /** The header is the first {@code udhOctets} octets of the user data, so it is not kept twice. */
    private final int udhOctets;

    private final byte[] userData;
    private final int udl;
    private final int dcs;

    private EncodedPart(
            int sequence,
            int total,
            int reference,
            String source,
            int begin,
            int end,
            int units,
            int udhOctets,
            byte[] userData,
            int udl,
            int dcs) {
        this.sequence = sequence;
        this.total = total;
        this.reference = reference;
        this.source = source;
        this.begin = begin;
        this.end = end;
        this.units = units;
        this.udhOctets = udhOctets;
        this.userData = userData;
        this.udl = udl;
        this.dcs = dcs;
    }

    /**
     * Creates a part from a user data array the caller gives up (the encoder's own, never shared), which starts with
     * the header's {@code udhOctets} octets; the part's text is {@code source[begin, end)}.
     */
    static EncodedPart of(
            int sequence,
            int total,
            int reference,
            String source,
            int begin,
            int end,
            int units,
            int udhOctets,
            byte[] userData,
            int udl,
            int dcs) {
        return new EncodedPart(sequence, total, reference, source, begin, end, units, udhOctets, userData, udl, dcs);
    }

    /**
     * Returns the part number.
     *
     * @return 1 to {@link #total()}
     */
    public int sequence() {
        return sequence;
    }

    /**
     * Returns the number of parts of the message.
     *
     * @return 1 to 255
     */
    public int total() {
        return total;
    }

    /**
     * Returns the concatenation reference carried in the header.
     *
     * @return 0 to 255 (0 to 65535 with the 16-bit element); 0 and meaningless for a single part
     */
    public int reference() {
        return reference;
    }

    /**
     * Returns the part's text. A part of a longer {@code String} keeps only where its text lies in that string, and
     * makes its own copy of it on the first call; a message's single part returns the string encoded.
     *
     * @return the text, never null or empty
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(begin, end); // the source itself when the part is the whole text
            text = t;
        }
        return t;
    }

    /**
     * Returns the part's cost.
     *
     * @return septets for GSM 7-bit (an escaped character counts 2), UTF-16 code units for UCS-2
     */
    public int units() {
        return units;
    }

    /**
     * Returns the TP-User-Data-Length as the TPDU counts it.
     *
     * @return septets including the header and fill bits for GSM 7-bit (in either layout), octets including the
     *     header for UCS-2; padding is never counted (see {@link #userData()})
     */
    public int udl() {
        return udl;
    }

    /**
     * Returns the data coding scheme (TP-DCS, SMPP {@code data_coding}).
     *
     * @return 0x00 for GSM 7-bit, 0x08 for UCS-2
     */
    public int dcs() {
        return dcs;
    }

    /**
     * Tells whether the user data starts with a User Data Header: set TP-UDHI, or SMPP {@code esm_class} bit 0x40.
     *
     * @return true when {@link #udh()} is not empty
     */
    public boolean udhi() {
        return udhOctets > 0;
    }

    /**
     * Returns the length of {@link #userData()} without copying it.
     *
     * @return octets, at most 140 when packed
     */
    public int userDataLength() {
        return userData.length;
    }

    /**
     * Returns a copy of the User Data Header (3GPP TS 23.040 clause 9.2.3.24), UDHL octet first; elements in order:
     * concatenation (0x00 or 0x08), single shift (0x24), locking shift (0x25).
     *
     * @return the header octets, or an empty array when the part has none
     */
    public byte[] udh() {
        return Arrays.copyOf(userData, udhOctets);
    }

    /**
     * Returns a copy of the complete TP-UD / SMPP {@code short_message}: the header when present, then for packed
     * GSM 7-bit the fill bits and packed septets, for unpacked GSM 7-bit one septet per octet, for UCS-2 the
     * UTF-16BE bytes. With {@link SmsOptions#crPadding()} packed text that ends in CR on an octet boundary is
     * followed by one more octet holding a second CR (3GPP TS 23.038 clause 6.1.2.3.1), when the part has room;
     * the UDL does not count it.
     *
     * @return the user data octets, at most 140 when packed
     */
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
        return other instanceof EncodedPart && equalTo((EncodedPart) other);
    }

    private boolean equalTo(EncodedPart p) {
        return sequence == p.sequence
                && total == p.total
                && reference == p.reference
                && units == p.units
                && udl == p.udl
                && dcs == p.dcs
                && udhOctets == p.udhOctets
                && end - begin == p.end - p.begin
                && source.regionMatches(begin, p.source, p.begin, end - begin)
                && Arrays.equals(userData, p.userData);
    }

    /**
     * Hashes all components, the arrays by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(sequence, total, reference, text(), units, udhOctets, Arrays.hashCode(userData), udl, dcs);
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
                + text() + ", units=" + units + ", udh=" + hex.formatHex(userData, 0, udhOctets) + ", userData="
                + hex.formatHex(userData) + ", udl=" + udl + ", dcs=" + dcs + ", udhi=" + udhi() + "]";
    }
}
