/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One optional parameter of an SMPP PDU (SMPP 3.4 sections 3.2.4.1 and 5.3): a 16-bit tag and its value octets.
 * Immutable: the value accessor returns a copy.
 *
 * @param tag the parameter tag, 0 to 65535 (for example {@link #SAR_MSG_REF_NUM})
 * @param value the value octets, without tag and length; at most 65535 octets
 */
public record Tlv(int tag, byte[] value) {
    /** {@code sar_msg_ref_num}, SMPP 3.4 section 5.3.2.22: the 16-bit reference of a segmented message. */
    public static final int SAR_MSG_REF_NUM = 0x020C;
    /** {@code sar_total_segments}, SMPP 3.4 section 5.3.2.23: the number of segments, 1 to 255, one octet. */
    public static final int SAR_TOTAL_SEGMENTS = 0x020E;
    /** {@code sar_segment_seqnum}, SMPP 3.4 section 5.3.2.24: this segment's number, 1 to 255, one octet. */
    public static final int SAR_SEGMENT_SEQNUM = 0x020F;
    /** {@code message_payload}, SMPP 3.4 section 5.3.2.32: the whole user data, up to 65535 octets. */
    public static final int MESSAGE_PAYLOAD = 0x0424;
    /** {@code receipted_message_id}, SMPP 3.4 section 5.3.2.12: the SMSC message id a delivery receipt is about. */
    public static final int RECEIPTED_MESSAGE_ID = 0x001E;
    /** {@code message_state}, SMPP 3.4 section 5.3.2.35: the final state a receipt reports, one octet. */
    public static final int MESSAGE_STATE = 0x0427;

    /**
     * Creates the record, copying the value.
     *
     * @param tag 0 to 65535
     * @param value the value octets, not null, at most 65535
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the tag or the length is out of range
     */
    public Tlv {
        if (tag < 0 || tag > 0xFFFF) {
            throw new IllegalArgumentException("tag must be between 0 and 65535, was " + tag);
        }
        value = Objects.requireNonNull(value, "value").clone();
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException(
                    "value of tag " + hex(tag) + " must be at most 65535 octets, was " + value.length);
        }
    }

    /**
     * Returns a copy of the value octets.
     *
     * @return the value
     */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Returns the value's length without copying it.
     *
     * @return octets, 0 to 65535
     */
    public int length() {
        return value.length;
    }

    /**
     * Returns the value read as an unsigned big-endian integer, as SMPP encodes its 1-, 2- and 4-octet integers.
     *
     * @return the value, 0 or more
     * @throws IllegalStateException if the value is empty or longer than 4 octets
     */
    public long unsignedValue() {
        if (value.length == 0 || value.length > 4) {
            throw new IllegalStateException(
                    "tag " + hex(tag) + " holds " + value.length + " octets, not an integer of 1 to 4 octets");
        }
        long v = 0;
        for (byte b : value) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }

    static Tlv ofByte(int tag, int value) {
        return new Tlv(tag, new byte[] {(byte) value});
    }

    static Tlv ofShort(int tag, int value) {
        return new Tlv(tag, new byte[] {(byte) (value >>> 8), (byte) value});
    }

    private static String hex(int tag) {
        return String.format(Locale.ROOT, "0x%04X", tag);
    }

    /**
     * Compares tag and value content.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tlv t && tag == t.tag && Arrays.equals(value, t.value);
    }

    /**
     * Hashes tag and value content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    /**
     * Shows the tag and the value in hexadecimal.
     *
     * @return a debugging representation
     */
    @Override
    public String toString() {
        return "Tlv[tag=" + hex(tag) + ", value="
                + HexFormat.of().withUpperCase().formatHex(value) + "]";
    }
}
