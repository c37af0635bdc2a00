/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;

/**
 * Turns a {@link Plan} into the octets of each part: User Data Header, user data, UDL, DCS and UDHI.
 */
final class PartEncoder {
    static final int IEI_CONCAT_8 = 0x00;
    static final int IEI_CONCAT_16 = 0x08;
    static final int IEI_SINGLE_SHIFT = 0x24;
    static final int IEI_LOCKING_SHIFT = 0x25;

    private PartEncoder() {
    }

    private static final byte[] NO_HEADER = new byte[0];

    static List<EncodedPart> encode(Plan plan, SmsOptions options, int reference) {
        int total = plan.parts;
        int[] starts = plan.partStarts();
        int ref = total > 1 ? reference & (plan.reference16 ? 0xFFFF : 0xFF) : 0;
        EncodedPart[] parts = new EncodedPart[total];
        for (int p = 0; p < total; p++) {
            String text = plan.partText(starts, p);
            int units = plan.partUnits(p, text);
            byte[] udh = header(total, p + 1, ref, plan.reference16, plan.shiftNli, plan.lockingNli);
            if (plan.encoding == Encoding.GSM7) {
                int start = SeptetPacker.headerSeptets(udh.length);
                byte[] userData;
                if (options.septetFormat() == SeptetFormat.PACKED) {
                    userData = new byte[SeptetPacker.octets(start + units)];
                    System.arraycopy(udh, 0, userData, 0, udh.length);
                    writePacked(text, plan.lockingNli, plan.shiftNli, userData, start * 7, options.crPadding());
                } else {
                    userData = new byte[udh.length + units];
                    System.arraycopy(udh, 0, userData, 0, udh.length);
                    writeUnpacked(text, plan.lockingNli, plan.shiftNli, userData, udh.length);
                }
                parts[p] = EncodedPart.of(p + 1, total, ref, text, units, udh, userData, start + units,
                        Encoding.GSM7.dataCodingScheme(), udh.length > 0);
            } else {
                byte[] userData = new byte[udh.length + 2 * text.length()];
                System.arraycopy(udh, 0, userData, 0, udh.length);
                for (int i = 0, o = udh.length; i < text.length(); i++, o += 2) {
                    char c = text.charAt(i);
                    userData[o] = (byte) (c >>> 8);
                    userData[o + 1] = (byte) c;
                }
                parts[p] = EncodedPart.of(p + 1, total, ref, text, units, udh, userData, userData.length,
                        Encoding.UCS2.dataCodingScheme(), udh.length > 0);
            }
        }
        return total == 1 ? List.of(parts[0]) : List.of(parts);
    }

    /**
     * Packs the septets of {@code text} from bit {@code bit} on (3GPP TS 23.038 clause 6.1.2.1.1). The bits
     * accumulate in a long and leave as whole octets, so each character costs a table load, a shift and at most
     * two stores. Every character is encodable with the pair; the plan guarantees it.
     */
    static void writePacked(CharSequence text, int lockingNli, int shiftNli, byte[] out, int bit,
            boolean crPadding) {
        if (PackedWriter.write(text, lockingNli, shiftNli, out, bit, crPadding)) {
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
        if (bits > 0) {
            if (crPadding && bits == 1) {
                acc |= SeptetPacker.CR << 1; // 7 spare bits would read as '@' without a length
            }
            out[o] = (byte) acc;
        }
    }

    /** Writes one septet per octet from {@code offset} on. */
    static void writeUnpacked(CharSequence text, int lockingNli, int shiftNli, byte[] out, int offset) {
        int o = offset;
        for (int i = 0, n = text.length(); i < n; i++) {
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

    static byte[] header(int total, int sequence, int reference, boolean reference16, int shiftNli,
            int lockingNli) {
        boolean concat = total > 1;
        int length = (concat ? (reference16 ? 6 : 5) : 0) + (shiftNli != 0 ? 3 : 0) + (lockingNli != 0 ? 3 : 0);
        if (length == 0) {
            return NO_HEADER;
        }
        byte[] h = new byte[1 + length];
        int i = 0;
        h[i++] = (byte) length;
        if (concat) {
            if (reference16) {
                h[i++] = IEI_CONCAT_16;
                h[i++] = 4;
                h[i++] = (byte) (reference >>> 8);
            } else {
                h[i++] = IEI_CONCAT_8;
                h[i++] = 3;
            }
            h[i++] = (byte) reference;
            h[i++] = (byte) total;
            h[i++] = (byte) sequence;
        }
        if (shiftNli != 0) {
            h[i++] = IEI_SINGLE_SHIFT;
            h[i++] = 1;
            h[i++] = (byte) shiftNli;
        }
        if (lockingNli != 0) {
            h[i++] = IEI_LOCKING_SHIFT;
            h[i++] = 1;
            h[i] = (byte) lockingNli;
        }
        return h;
    }
}
