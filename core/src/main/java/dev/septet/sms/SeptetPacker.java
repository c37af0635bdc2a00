/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Packs text into septets and unpacks septets from octets (3GPP TS 23.038 clause 6.1.2.1.1), in both layouts:
 * packed (seven bits per septet, as in a TPDU) and unpacked (one septet per octet, as SMPP carries it).
 */
final class SeptetPacker {
    /*
     * Septet k occupies bits [7k, 7k + 7) of the bit stream; bit 0 is the least significant bit of octet 0. A
     * User Data Header of h octets occupies the first 8h bits; the text starts at septet ceil(8h / 7), so the
     * 0 to 6 bits in between are fill bits (3GPP TS 23.040 clause 9.2.3.24).
     *
     * Padding (3GPP TS 23.038 clause 6.1.2.3.1, for bearers without a length in septets): 7 spare bits at the
     * end read as one more septet, so with CR padding they hold CR rather than zeros, and a receiver drops a
     * trailing CR in that position. When the wanted text itself ends in CR on an octet boundary, that CR would
     * look like padding, so the writer adds a second CR and one zero bit; the receiver then sees CR CR, which the
     * spec defines to display as one CR.
     *
     * All counts are computed in long: a length read from the wire (a UDL up to Integer.MAX_VALUE, or data of
     * 256 MiB and more) must not wrap around before it is compared with the data.
     */
    /** The default alphabet's CARRIAGE RETURN, the padding septet of clause 6.1.2.3.1. */
    static final int CR = 0x0D;
    /** The default alphabet's '@' (0x00), which zero padding bits read as. */
    static final int AT = 0x00;

    private SeptetPacker() {}

    /** Septets the header occupies including fill bits: ceil(8 * headerOctets / 7). */
    static int headerSeptets(int headerOctets) {
        return (int) (((long) headerOctets * 8 + 6) / 7);
    }

    /** Octets needed for {@code septets} packed septets, ceil(7 * septets / 8); exact for every int. */
    static long octets(long septets) {
        return (septets * 7 + 7) >>> 3;
    }

    /** Whole septets that {@code octets} packed octets hold: floor(8 * octets / 7). */
    static long septetsIn(long octets) {
        return octets * 8 / 7;
    }

    /**
     * Returns the octets of packed user data for {@code septets} septets of header and text, one more when the
     * padding rule needs a second CR.
     */
    static int packedOctets(int septets, boolean secondCr) {
        return (int) octets(septets + (secondCr ? 1L : 0L));
    }

    /**
     * Tells whether {@link #pack} with CR padding adds a second CR after text that ends at {@code to}: the text
     * ends in CR and its last septet ends on an octet boundary (3GPP TS 23.038 clause 6.1.2.3.1).
     */
    static boolean needsSecondCr(CharSequence text, int to, int endSeptet, boolean crPadding) {
        return crPadding && to > 0 && text.charAt(to - 1) == '\r' && (endSeptet & 7) == 0;
    }

    /**
     * Packs the septets of {@code text} from bit {@code bit} on. The bits accumulate in a long and leave as whole
     * octets, so each character costs a table load, a shift and at most two stores. Every character is
     * encodable with the pair; the plan guarantees it. With {@code crPadding}, 7 spare bits at the end hold CR;
     * with {@code secondCr} (see {@link #needsSecondCr}), a CR follows the text (the caller sized {@code out}
     * with {@link #packedOctets}).
     */
    static void pack(
            CharSequence text, int lockingNli, int shiftNli, byte[] out, int bit, boolean crPadding, boolean secondCr) {
        if (lockingNli == 0 && shiftNli == 0) {
            PackedWriter.write(text, 0, text.length(), 0, false, out, bit, crPadding, secondCr, null);
            return;
        }
        byte[] locking = TableIndex.lockingCodes(lockingNli);
        byte[] shift = TableIndex.shiftCodes(shiftNli);
        int o = bit >>> 3;
        int bits = bit & 7;
        long acc = 0;
        int n = text.length();
        int i = 0;
        int single = lockingNli == 0 ? 0 : n; // characters to take one at a time before trying a block again
        while (i < n) {
            if (i >= single && i + 8 <= n) {
                // eight default-table septets are exactly seven octets: pack them as one 56-bit block
                long block = 0;
                int bad = 0;
                for (int k = 0; k < 8; k++) {
                    char c = text.charAt(i + k);
                    int code = c < 256 ? TableIndex.DEFAULT_CODE_LATIN1[c] : -1;
                    bad |= code;
                    block |= (long) (code & 0x7F) << (7 * k);
                }
                if (bad >= 0) {
                    acc |= block << bits;
                    for (int k = 0; k < 7; k++) {
                        out[o++] = (byte) acc;
                        acc >>>= 8;
                    }
                    i += 8;
                    continue;
                }
                single = i + 8; // an escape or a char beyond Latin-1 in this block: do these eight singly
            }
            char c = text.charAt(i++);
            int at = TableIndex.index(c);
            int code = locking[at];
            if (code >= 0) {
                acc |= (long) code << bits;
                bits += 7;
            } else {
                acc |= (long) (Gsm7Tables.ESCAPE | shift[at] << 7) << bits;
                bits += 14;
            }
            if (bits >= 8) {
                out[o++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
                if (bits >= 8) {
                    out[o++] = (byte) acc;
                    acc >>>= 8;
                    bits -= 8;
                }
            }
        }
        if (bits == 0) {
            if (secondCr) {
                out[o] = (byte) CR; // a wanted CR on an octet boundary: a second CR and one zero bit
            }
        } else {
            if (crPadding && bits == 1) {
                acc |= CR << 1; // 7 spare bits would read as '@' without a length
            }
            out[o] = (byte) acc;
        }
    }

    /** Writes one septet per octet from {@code offset} on. */
    static void writeUnpacked(CharSequence text, int lockingNli, int shiftNli, byte[] out, int offset) {
        writeUnpacked(text, 0, text.length(), lockingNli, shiftNli, out, offset);
    }

    /** Writes {@code text[from, to)} one septet per octet from {@code offset} on. */
    static void writeUnpacked(
            CharSequence text, int from, int to, int lockingNli, int shiftNli, byte[] out, int offset) {
        int o = offset;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int code = TableIndex.lockingCode(lockingNli, c);
            if (code >= 0) {
                out[o++] = (byte) code;
            } else {
                out[o++] = Gsm7Tables.ESCAPE;
                out[o++] = (byte) TableIndex.shiftCode(shiftNli, c);
            }
        }
    }

    /**
     * Unpacks {@code count} septets of the bit stream from septet {@code first} on, one per octet. The caller
     * has checked that they lie inside {@code data}.
     */
    static byte[] unpack(byte[] data, int first, int count) {
        byte[] septets = new byte[count];
        for (int k = 0; k < count; k++) {
            septets[k] = (byte) read(data, first + k);
        }
        return septets;
    }

    /** Reads septet number {@code k} of the bit stream; the caller guarantees it lies inside {@code data}. */
    static int read(byte[] data, int k) {
        long bit = (long) k * 7;
        int index = (int) (bit >>> 3);
        int shift = (int) (bit & 7);
        int value = (data[index] & 0xFF) >>> shift;
        if (shift > 1) {
            value |= (data[index + 1] & 0xFF) << (8 - shift);
        }
        return value & 0x7F;
    }
}
