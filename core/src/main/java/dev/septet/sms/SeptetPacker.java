/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Packs septets into octets and back (3GPP TS 23.038 clause 6.1.2.1.1).
 */
final class SeptetPacker {
    /*
     * Septet k occupies bits [7k, 7k + 7) of the bit stream; bit 0 is the least significant bit of octet 0. A
     * User Data Header of h octets occupies the first 8h bits; the text starts at septet ceil(8h / 7), so the
     * 0 to 6 bits in between are fill bits (3GPP TS 23.040 clause 9.2.3.24). The encoder's writer is
     * PartEncoder.writePacked; this class holds the arithmetic both directions share and the reader.
     */
    static final int CR = 0x0D;

    private SeptetPacker() {
    }

    /** Septets the header occupies including fill bits: ceil(8 * headerOctets / 7). */
    static int headerSeptets(int headerOctets) {
        return (headerOctets * 8 + 6) / 7;
    }

    /** Octets needed for {@code septets} septets: ceil(7 * septets / 8). */
    static int octets(int septets) {
        return (septets * 7 + 7) / 8;
    }

    /** Reads septet number {@code k} of the bit stream; the caller guarantees it lies inside {@code data}. */
    static int read(byte[] data, int k) {
        int bit = k * 7;
        int index = bit >>> 3;
        int shift = bit & 7;
        int value = (data[index] & 0xFF) >>> shift;
        if (shift > 1) {
            value |= (data[index + 1] & 0xFF) << (8 - shift);
        }
        return value & 0x7F;
    }
}
