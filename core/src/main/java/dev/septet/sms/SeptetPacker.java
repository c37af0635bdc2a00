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
     * 0 to 6 bits in between are fill bits (3GPP TS 23.040 clause 9.2.3.24). Packing writes each septet with at
     * most two shifts and no per-character allocation.
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

    /**
     * Writes {@code header}, fill bits and the packed {@code septets[0, count)} into a new array.
     *
     * @param crPadding when the last octet would have 7 spare bits, fill them with CR (clause 6.1.2.3.1)
     */
    static byte[] pack(byte[] header, byte[] septets, int count, boolean crPadding) {
        int start = headerSeptets(header.length);
        int total = start + count;
        byte[] out = new byte[octets(total)];
        System.arraycopy(header, 0, out, 0, header.length);
        int bit = start * 7;
        for (int k = 0; k < count; k++, bit += 7) {
            write(out, bit, septets[k]);
        }
        if (crPadding && out.length * 8 - total * 7 == 7) {
            write(out, bit, (byte) CR);
        }
        return out;
    }

    private static void write(byte[] out, int bit, byte septet) {
        int index = bit >>> 3;
        int shift = bit & 7;
        int value = septet & 0x7F;
        out[index] |= (byte) (value << shift);
        if (shift > 1) {
            out[index + 1] |= (byte) (value >>> (8 - shift));
        }
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
