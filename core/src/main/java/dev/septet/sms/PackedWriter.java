/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Packs default-table GSM 7-bit text into octets eight characters at a time (3GPP TS 23.038 clause 6.1.2.1.1).
 */
final class PackedWriter {
    /*
     * The text arrives one byte per character through the per-thread Latin-1 buffer. In ' '..'Z' and 'a'..'z' the
     * default alphabet's septet is the character's own value except for '$' (0x02) and '@' (0x00), so a long of
     * eight such bytes, none of them '$' or '@', already holds the eight septets, one per byte. Three shift-and-mask
     * steps squeeze them into the 56 bits they occupy packed (bytes to 14-bit pairs, to 28-bit quads, to 56 bits),
     * which leave as seven octets with one 8-byte store. Any other run of eight (accents, escapes, controls) takes
     * each byte through the Latin-1 code tables, and a character beyond Latin-1 through the full table index. The
     * bit stream, fill bits and CR padding are exactly those of the one-character-at-a-time writer.
     */
    /** Each Latin-1 character's code after the escape in the default single shift table, or -1. */
    private static final byte[] SHIFT_LATIN1 = new byte[256];

    private static final long DOLLARS = 0x2424242424242424L;
    private static final long ATS = 0x4040404040404040L;
    private static final long ONES = 0x0101010101010101L;

    static {
        for (char c = 0; c < 256; c++) {
            SHIFT_LATIN1[c] = (byte) TableIndex.shiftCode(0, c);
        }
    }

    private PackedWriter() {}

    /** Returns the top bit of each byte of {@code x} (all below 0x80) equal to the byte {@code value} repeats. */
    private static long equalBytes(long x, long value) {
        long t = x ^ value;
        return (t - ONES) & ~t & SeptetCounter.HIGH; // exact as "any", which is all it is used for
    }

    /** Returns eight septets, one per byte of {@code x}, packed into the low 56 bits. */
    static long pack(long x) {
        x = (x & 0x007F007F007F007FL) | ((x & 0x7F007F007F007F00L) >>> 1);
        x = (x & 0x00003FFF00003FFFL) | ((x & 0x3FFF00003FFF0000L) >>> 2);
        return (x & 0x000000000FFFFFFFL) | ((x & 0x0FFFFFFF00000000L) >>> 4);
    }

    /**
     * Writes {@code text} with the default tables from bit {@code bit} of {@code out} on, as
     * {@link SeptetPacker#pack} does; returns false, writing nothing, when the text is not a String long
     * enough to gain or the tables are national.
     */
    static boolean write(CharSequence text, int lockingNli, int shiftNli, byte[] out, int bit, boolean crPadding) {
        if (lockingNli != 0 || shiftNli != 0 || !(text instanceof String) || text.length() < SeptetCounter.BULK_MIN) {
            return false;
        }
        String s = (String) text;
        int n = s.length();
        Latin1Buffer buffer = Latin1Buffer.get();
        byte[] bytes = buffer.bytes;
        int o = bit >>> 3;
        int bits = bit & 7;
        long acc = 0;
        for (int from = 0; from < n; ) {
            int loaded = buffer.load(s, from, true);
            int i = 0;
            for (; i + 8 <= loaded; i += 8) {
                long x = (long) Latin1Buffer.LONGS.get(bytes, i);
                if (SeptetCounter.oneSeptetBytes(x) == SeptetCounter.HIGH
                        && (equalBytes(x, DOLLARS) | equalBytes(x, ATS)) == 0) {
                    acc |= pack(x) << bits;
                    if (o + 8 <= out.length) {
                        Latin1Buffer.LONGS.set(out, o, acc); // the eighth byte is rewritten by what follows
                    } else {
                        for (int k = 0; k < 7; k++) {
                            out[o + k] = (byte) (acc >>> (8 * k));
                        }
                    }
                    o += 7;
                    acc >>>= 56;
                    continue;
                }
                for (int k = i; k < i + 8; k++) {
                    int b = bytes[k] & 0xFF;
                    int code = TableIndex.DEFAULT_CODE_LATIN1[b];
                    if (code >= 0) {
                        acc |= (long) code << bits;
                        bits += 7;
                    } else {
                        acc |= (long) (Gsm7Tables.ESCAPE | SHIFT_LATIN1[b] << 7) << bits;
                        bits += 14;
                    }
                    for (; bits >= 8; bits -= 8) {
                        out[o++] = (byte) acc;
                        acc >>>= 8;
                    }
                }
            }
            int end = loaded;
            if (loaded < Latin1Buffer.CHUNK && from + loaded < n) {
                end++; // the character beyond Latin-1 that stopped the copy
            }
            for (; i < end; i++) {
                char c = i < loaded ? (char) (bytes[i] & 0xFF) : s.charAt(from + i);
                int code = TableIndex.lockingCode(0, c);
                if (code >= 0) {
                    acc |= (long) code << bits;
                    bits += 7;
                } else {
                    acc |= (long) (Gsm7Tables.ESCAPE | TableIndex.shiftCode(0, c) << 7) << bits;
                    bits += 14;
                }
                for (; bits >= 8; bits -= 8) {
                    out[o++] = (byte) acc;
                    acc >>>= 8;
                }
            }
            from += end;
        }
        if (bits > 0) {
            if (crPadding && bits == 1) {
                acc |= SeptetPacker.CR << 1; // 7 spare bits would read as '@' without a length
            }
            out[o] = (byte) acc;
        }
        return true;
    }
}
