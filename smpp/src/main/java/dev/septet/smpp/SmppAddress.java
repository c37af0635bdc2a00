/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Locale;
import java.util.Objects;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/**
 * An SMPP address: type of number, numbering plan and the digits or alphanumeric sender (SMPP 3.4 section 5.2.5 to
 * section 5.2.9). Immutable.
 *
 * @param ton the type of number, 0 to 255; SMPP 3.4 section 5.2.5 defines 0 unknown, 1 international, 2 national, 3
 *     network specific, 4 subscriber number, 5 alphanumeric and 6 abbreviated. Other values are kept as received, but
 *     {@link SmppSender} cannot send them (jsmpp has no constant for them).
 * @param npi the numbering plan indicator, 0 to 255; SMPP 3.4 section 5.2.6 defines 0 unknown, 1 ISDN (E.163/E.164),
 *     3 data (X.121), 4 telex, 6 land mobile, 8 national, 9 private, 10 ERMES, 14 internet and 18 WAP. Other values
 *     are kept as received, but cannot be sent.
 * @param address the address, at most 64 characters (65 octets with the terminating NUL, the {@code data_sm} limit of
 *     SMPP 3.4 section 4.7.1; {@code submit_sm} and {@code deliver_sm} allow 20, 21 octets, section 4.4.1); may be
 *     empty; never U+0000, which ends a C-Octet String. Received addresses are kept as they came, but
 *     {@link SmppSender} sends only printable ASCII, 0x20 to 0x7E (SMPP 3.4 section 3.1), of at most
 *     {@link #MAX_ADDRESS_LENGTH} characters.
 */
public record SmppAddress(int ton, int npi, String address) {
    /**
     * The longest address SMPP 3.4 allows in the {@code source_addr} and {@code destination_addr} of {@code submit_sm}
     * and {@code deliver_sm}, in characters: the most {@link SmppSender} sends.
     */
    public static final int MAX_ADDRESS_LENGTH = 20;

    /**
     * The longest address SMPP 3.4 allows in the {@code source_addr} and {@code destination_addr} of {@code data_sm}
     * (section 4.7.1, 65 octets with the terminating NUL), in characters: the most a received address may hold.
     */
    public static final int MAX_DATA_SM_ADDRESS_LENGTH = 64;

    /**
     * Creates the record, validating it.
     *
     * @param ton the type of number
     * @param npi the numbering plan indicator
     * @param address the address, not null
     * @throws NullPointerException if {@code address} is null
     * @throws IllegalArgumentException naming the field when a value is outside 0 to 255, the address longer than
     *     {@link #MAX_DATA_SM_ADDRESS_LENGTH}, or naming the index of a U+0000 in the address
     */
    public SmppAddress {
        Objects.requireNonNull(address, "address");
        if (ton < 0 || ton > 0xFF) {
            throw new IllegalArgumentException("ton must be between 0 and 255, was " + ton);
        }
        if (npi < 0 || npi > 0xFF) {
            throw new IllegalArgumentException("npi must be between 0 and 255, was " + npi);
        }
        if (address.length() > MAX_DATA_SM_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("address must be at most 64 characters, was " + address.length());
        }
        int nul = address.indexOf('\u0000');
        if (nul >= 0) {
            throw new IllegalArgumentException("address has U+0000 at index " + nul
                    + ", which would end it early: SMPP terminates an address with NUL");
        }
    }

    /**
     * Returns an international E.164 number (TON 1, NPI 1).
     *
     * @param digits the number without '+', such as {@code "447700900123"}
     * @return the address
     * @throws IllegalArgumentException if it is longer than 20 characters or holds U+0000
     */
    public static SmppAddress international(String digits) {
        return new SmppAddress(1, 1, sendable(digits));
    }

    /**
     * Returns an alphanumeric sender (TON 5, NPI 0), such as a brand name.
     *
     * @param name the sender name; handsets show at most 11 characters, and {@link SmppSender} sends only printable
     *     ASCII
     * @return the address
     * @throws IllegalArgumentException if it is longer than 20 characters or holds U+0000
     */
    public static SmppAddress alphanumeric(String name) {
        return new SmppAddress(5, 0, sendable(name));
    }

    /** The factories build addresses to send, so they hold them to the submit_sm limit at once. */
    private static String sendable(String address) {
        if (Objects.requireNonNull(address, "address").length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("address must be at most 20 characters, was " + address.length());
        }
        return address;
    }

    /**
     * Fails unless the address can be written as a {@code submit_sm} C-Octet String: at most
     * {@link #MAX_ADDRESS_LENGTH} characters of printable ASCII, 0x20 to 0x7E (SMPP 3.4 sections 3.1 and 4.4.1).
     * jsmpp would write any other character as it pleases (UTF-8, or a control octet the SMSC misreads).
     *
     * @param which what the address is in the PDU, for the message ("source" or "destination")
     */
    void checkSendable(String which) {
        if (address.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException(which + " address has " + address.length()
                    + " characters; submit_sm carries at most 20 (SMPP 3.4 section 4.4.1)");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "%s address has U+%04X at index %d; SMPP sends addresses as printable ASCII (0x20 to 0x7E)",
                        which,
                        (int) c,
                        i));
            }
        }
    }

    /** The TON as jsmpp sends it; fails for a value SMPP 3.4 does not define. */
    TypeOfNumber jsmppTon() {
        try {
            return TypeOfNumber.valueOf((byte) ton);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "ton " + ton + " of '" + address
                            + "' is not a type of number SMPP 3.4 defines, so jsmpp cannot send it",
                    e);
        }
    }

    /** The NPI as jsmpp sends it; fails for a value SMPP 3.4 does not define. */
    NumberingPlanIndicator jsmppNpi() {
        try {
            return NumberingPlanIndicator.valueOf((byte) npi);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "npi " + npi + " of '" + address
                            + "' is not a numbering plan SMPP 3.4 defines, so jsmpp cannot send it",
                    e);
        }
    }
}
