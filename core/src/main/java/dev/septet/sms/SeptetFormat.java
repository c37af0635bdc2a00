/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * How GSM 7-bit user data is laid out in octets.
 */
public enum SeptetFormat {
    /**
     * Septets packed into octets, 8 septets in 7 octets (3GPP TS 23.038 clause 6.1.2.1.1), after the User Data
     * Header and its fill bits (3GPP TS 23.040 clause 9.2.3.24): the form of TP-UD in a TPDU.
     */
    PACKED,
    /** One septet per octet, high bit clear: the form most SMPP SMSCs expect with {@code data_coding} 0. */
    UNPACKED
}
