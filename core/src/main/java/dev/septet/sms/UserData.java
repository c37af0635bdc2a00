/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The user data of one received part with the fields that say how to read it: what
 * {@link Sms#decode(UserData, DecodeOptions)} takes. Immutable and thread-safe: the array is copied on the way in
 * and on the way out, and equality, hash code and string form are by value.
 *
 * <p>The fields come from a TPDU (TP-DCS, TP-UDHI, TP-UDL and TP-UD, 3GPP TS 23.040 clause 9.2.3) or from an SMPP
 * PDU ({@code data_coding}, {@code esm_class} 0x40, {@code short_message}).
 *
 * @param dataCodingScheme the TP-DCS / SMPP {@code data_coding}, 0 to 255
 * @param udhi whether the user data starts with a User Data Header
 * @param octets the complete user data, header first when {@code udhi}
 * @param udl the TP-User-Data-Length (septets for GSM 7-bit, octets otherwise), or empty when not known
 */
public record UserData(int dataCodingScheme, boolean udhi, byte[] octets, OptionalInt udl) {
    /**
     * Creates the record, validating every component and copying the array.
     *
     * @param dataCodingScheme the TP-DCS / SMPP {@code data_coding}, 0 to 255 (3GPP TS 23.038 clause 4)
     * @param udhi whether the user data starts with a User Data Header (TP-UDHI, {@code esm_class} 0x40)
     * @param octets the complete user data, header first when {@code udhi}; copied; not null
     * @param udl the TP-User-Data-Length, or empty when not known; when present 0 or more: septets including
     *     header and fill for GSM 7-bit (in either layout), octets including the header otherwise. Whether the data
     *     holds that many is checked when decoding, which reports {@link SmsError#MALFORMED_USER_DATA} if not.
     * @throws NullPointerException if {@code octets} or {@code udl} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} with field {@code dataCodingScheme} for a data coding
     *     scheme outside 0 to 255, or with field {@code udl} for a negative UDL
     */
    public UserData {
        if (dataCodingScheme < 0 || dataCodingScheme > 255) {
            throw new SmsException(
                    SmsError.INVALID_OPTION,
                    "dataCodingScheme",
                    -1,
                    "dataCodingScheme must be 0 to 255, was " + dataCodingScheme);
        }
        octets = Objects.requireNonNull(octets, "octets").clone();
        Objects.requireNonNull(udl, "udl");
        if (udl.isPresent() && udl.getAsInt() < 0) {
            throw new SmsException(
                    SmsError.INVALID_OPTION, "udl", -1, "udl must not be negative, was " + udl.getAsInt());
        }
    }

    /**
     * Creates user data whose length (TP-UDL) is not known, as SMPP delivers it. Packed GSM 7-bit data is then read
     * leniently: 7 spare bits at the end of data that is a multiple of 7 octets are taken as padding, so a trailing
     * '@' in that position is dropped. Prefer {@link #of(int, boolean, byte[], int)} when the UDL is known.
     *
     * @param dataCodingScheme the TP-DCS / SMPP {@code data_coding}, 0 to 255 (3GPP TS 23.038 clause 4)
     * @param udhi whether the user data starts with a User Data Header (TP-UDHI, {@code esm_class} 0x40)
     * @param octets the complete user data, header first when {@code udhi}; copied; not null
     * @return the user data
     * @throws NullPointerException if {@code octets} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} (field {@code dataCodingScheme}) for a data coding
     *     scheme outside 0 to 255
     */
    public static UserData of(int dataCodingScheme, boolean udhi, byte[] octets) {
        return new UserData(dataCodingScheme, udhi, octets, OptionalInt.empty());
    }

    /**
     * Creates user data with its TP-User-Data-Length.
     *
     * @param dataCodingScheme the TP-DCS / SMPP {@code data_coding}, 0 to 255 (3GPP TS 23.038 clause 4)
     * @param udhi whether the user data starts with a User Data Header (TP-UDHI, {@code esm_class} 0x40)
     * @param octets the complete user data, header first when {@code udhi}; copied; not null
     * @param udl the TP-User-Data-Length, 0 or more: septets including header and fill for GSM 7-bit (in either
     *     layout), octets including the header otherwise. Whether the data holds that many is checked when
     *     decoding, which reports {@link SmsError#MALFORMED_USER_DATA} if not.
     * @return the user data
     * @throws NullPointerException if {@code octets} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} (field {@code dataCodingScheme}) for a data coding
     *     scheme outside 0 to 255, or (field {@code udl}) for a negative UDL
     */
    public static UserData of(int dataCodingScheme, boolean udhi, byte[] octets, int udl) {
        return new UserData(dataCodingScheme, udhi, octets, OptionalInt.of(udl));
    }

    /**
     * Returns the user data an encoded part carries, with its DCS, UDHI and UDL: what a receiver of that part
     * would decode.
     *
     * @param part an encoded part, not null
     * @return the part's user data
     * @throws NullPointerException if {@code part} is null
     */
    public static UserData of(EncodedPart part) {
        Objects.requireNonNull(part, "part");
        return of(part.dcs(), part.udhi(), part.userData(), part.udl());
    }

    /**
     * Returns a copy of the user data octets.
     *
     * @return the octets, header first when {@link #udhi()}; a new array on each call
     */
    public byte[] octets() {
        return octets.clone();
    }

    /** Hands the array to the decoder, which only reads it. */
    byte[] octetsShared() {
        return octets;
    }

    /** Returns the UDL, or -1 when not known: the decoder's sentinel. */
    int udlOrMinusOne() {
        return udl.orElse(-1);
    }

    /**
     * Compares by value: same DCS, UDHI, octets and UDL.
     *
     * @param other any object, may be null
     * @return whether {@code other} is equal user data
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserData u
                && dataCodingScheme == u.dataCodingScheme
                && udhi == u.udhi
                && udl.equals(u.udl)
                && Arrays.equals(octets, u.octets);
    }

    /**
     * Hashes by value, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = 31 * dataCodingScheme + Boolean.hashCode(udhi);
        return 31 * (31 * hash + udl.hashCode()) + Arrays.hashCode(octets);
    }

    /**
     * Describes the user data, octets in hex.
     *
     * @return for example {@code UserData[dataCodingScheme=0, udhi=false, octets=e8329bfd4697d9ec37, udl=10]}
     */
    @Override
    public String toString() {
        return "UserData[dataCodingScheme=" + dataCodingScheme + ", udhi=" + udhi + ", octets="
                + HexFormat.of().formatHex(octets) + ", udl="
                + (udl.isPresent() ? Integer.toString(udl.getAsInt()) : "unknown") + "]";
    }
}
