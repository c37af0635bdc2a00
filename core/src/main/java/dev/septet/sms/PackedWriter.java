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
     * The text arrives one byte per character through the per-thread Latin-1 buffer, in the chunks the default
     * table count (SeptetCounter.defaultSeptets) loads, so the packer reuses the chunk that count copied last. In
     * ' '..'Z' and 'a'..'z' the default alphabet's septet is the character's own value except for '$' (0x02) and
     * '@' (0x00), so a long of eight such bytes, none of them '$' or '@', already holds the eight septets, one per
     * byte. Three shift-and-mask steps squeeze them into the 56 bits they occupy packed (bytes to 14-bit pairs, to
     * 28-bit quads, to 56 bits), which leave as seven octets with one 8-byte store.
     *
     * Any other run (accents, escapes, controls) goes through LATIN1 four characters at a time, one int per byte
     * holding what the character writes (its septet, or the escape and its code as one 14-bit value) and how many
     * bits that is. Four characters add at most 56 bits to the fewer than 8 pending ones, so after each four the
     * accumulator leaves with one 8-byte store and advances by its whole octets: no branch per character, escapes
     * included; the eight-at-a-time path resumes right after. A character beyond Latin-1 (the euro sign) stops the
     * buffer's copy; it and the stretch after it are read from the text, still four at a time, through the full
     * table index, and the copy resumes after them. Short texts and other CharSequences take the same tables one
     * char at a time.
     *
     * The bit stream, fill bits and CR padding (see SeptetPacker) are exactly those of the one-at-a-time packer.
     */
    /**
     * What each Latin-1 character writes in the default tables: the septet, or ESC | code << 7 for an extension
     * character, in bits 0-13, and the number of bits (7 or 14) from bit {@link #WIDTH_SHIFT}; 0 when absent. Shared
     * with the charset's encoder; never written after the static initializer.
     */
    static final int[] LATIN1 = new int[256];

    /** Where an entry's bit count starts. */
    static final int WIDTH_SHIFT = 16;

    private static final int VALUE_MASK = (1 << WIDTH_SHIFT) - 1;

    private static final long LOW_FIVE = 0x1F1F1F1F1F1F1F1FL;

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1[c] = encoded(c);
        }
    }

    private PackedWriter() {}

    /** Returns what {@code c} writes in the default tables, laid out as a {@link #LATIN1} entry; 0 when absent. */
    static int encoded(char c) {
        int code = TableIndex.lockingCode(0, c);
        if (code >= 0) {
            return code | 7 << WIDTH_SHIFT;
        }
        int extension = TableIndex.shiftCode(0, c);
        return extension < 0 ? 0 : (Gsm7Tables.ESCAPE | extension << 7) | 14 << WIDTH_SHIFT;
    }

    /**
     * Tells whether each of the eight Latin-1 bytes of {@code x} is its own septet in the default alphabet: in
     * ' '..'Z' or 'a'..'z', and neither '$' nor '@'.
     */
    static boolean ownSeptets(long x) {
        return ownBits(x) == SeptetCounter.HIGH;
    }

    /**
     * Returns {@link SeptetCounter#HIGH} when each of the eight Latin-1 bytes of {@code x} is its own septet (see
     * {@link #ownSeptets}); otherwise the high bit of each byte that is not is clear.
     */
    static long ownBits(long x) {
        // by bits 6 and 5 of a byte below 0x80: 0x40-0x7F are own when their low five bits are 1 to 26 (letters),
        // 0x20-0x3F when those bits are not 4 ('$'), 0x00-0x1F never; no sum carries across a byte
        long low = x & LOW_FIVE;
        long letters = (low + 0x7F7F7F7F7F7F7F7FL) & ~(low + 0x6565656565656565L);
        long notDollar = (low ^ 0x0404040404040404L) + 0x7F7F7F7F7F7F7F7FL;
        long bit6 = x << 1;
        long own = ~x & ((bit6 & letters) | (~bit6 & (x << 2) & notDollar));
        return own & SeptetCounter.HIGH;
    }

    /** Returns eight septets, one per byte of {@code x} (each below 0x80), packed into the low 56 bits. */
    static long pack(long x) {
        // each 16-bit lane a + 256b becomes a + 128b by taking 128b away; then 14-bit pairs and 28-bit quads meet
        x -= (x >>> 1) & 0x3F803F803F803F80L;
        x = (x & 0x00003FFF00003FFFL) | ((x & 0x3FFF00003FFF0000L) >>> 2);
        return (x & 0x000000000FFFFFFFL) | ((x & 0x0FFFFFFF00000000L) >>> 4);
    }

    /**
     * Writes {@code text[from, to)} with the default tables from bit {@code bit} of {@code out} on, as
     * {@link SeptetPacker#pack} does, and {@code out} must end where the septets (and, with {@code secondCr}, one
     * more CR) do, or later. The bits before {@code bit} (a header and fill bits) are left alone, so {@code bit} is
     * where the text's first septet starts.
     *
     * @param chunk where the Latin-1 chunk holding {@code from} starts, as {@link SeptetCounter#defaultSeptets}
     *     loads them: 0 for the first range of a text, then what the previous range returned
     * @param fresh true to copy the first chunk even if this thread's buffer holds it already: a call's first copy
     *     of a text is always its own
     * @return where the chunk holding {@code to} starts (the {@code chunk} of the range that follows) in the high 32
     *     bits and the bit after the last septet in the low 32; or -1 when a character is not in the default tables
     *     (what was written is then meaningless)
     */
    static long write(
            CharSequence text,
            int from,
            int to,
            int chunk,
            boolean fresh,
            byte[] out,
            int bit,
            boolean crPadding,
            boolean secondCr) {
        int o = bit >>> 3;
        int bits = bit & 7;
        long acc = 0;
        int absent = 0; // negative once a character writes nothing (its entry is 0)
        int i = from;
        if (text instanceof String && text.length() >= SeptetCounter.BULK_MIN) {
            String s = (String) text;
            int n = s.length();
            Latin1Buffer buffer = Latin1Buffer.get();
            byte[] bytes = buffer.bytes;
            boolean reuse = !fresh;
            while (i < to) {
                int loaded = buffer.load(s, chunk, reuse);
                reuse = true;
                int p = i - chunk;
                int q = Math.min(to, chunk + loaded) - chunk;
                int end = q;
                if (chunk + q < to) {
                    // q == loaded: the copy ended before the range did, at a character above U+00FF or the chunk's
                    // end; that character and a few more are read from the text (see Latin1Buffer.STRETCH)
                    end = Math.min(to - chunk, q + Latin1Buffer.STRETCH);
                }
                while (true) {
                    boolean mixed = false; // whether the eight at p are known not to be their own septets
                    // sixteen at a time while the output has room for both 8-byte stores
                    for (; p + 16 <= q && o + 15 <= out.length; p += 16) {
                        long x0 = (long) Latin1Buffer.LONGS.get(bytes, p);
                        long x1 = (long) Latin1Buffer.LONGS.get(bytes, p + 8);
                        long own0 = ownBits(x0);
                        if ((own0 & ownBits(x1)) != SeptetCounter.HIGH) {
                            if (own0 == SeptetCounter.HIGH) {
                                acc |= pack(x0) << bits;
                                Latin1Buffer.LONGS.set(out, o, acc);
                                acc >>>= 56;
                                o += 7;
                                p += 8;
                            }
                            mixed = true;
                            break;
                        }
                        acc |= pack(x0) << bits;
                        Latin1Buffer.LONGS.set(out, o, acc);
                        acc >>>= 56;
                        acc |= pack(x1) << bits;
                        Latin1Buffer.LONGS.set(out, o + 7, acc);
                        acc >>>= 56;
                        o += 14;
                    }
                    for (; !mixed && p + 8 <= q; p += 8) {
                        long x = (long) Latin1Buffer.LONGS.get(bytes, p);
                        if (!ownSeptets(x)) {
                            break;
                        }
                        acc |= pack(x) << bits;
                        o = store(out, o, acc, 7);
                        acc >>>= 56;
                    }
                    if (p + 4 > end) {
                        break;
                    }
                    // four characters that are not all their own septets, or that the copy did not reach
                    int e0 = entry(bytes, loaded, s, chunk, p);
                    int e1 = entry(bytes, loaded, s, chunk, p + 1);
                    int e2 = entry(bytes, loaded, s, chunk, p + 2);
                    int e3 = entry(bytes, loaded, s, chunk, p + 3);
                    absent |= (e0 - 1) | (e1 - 1) | (e2 - 1) | (e3 - 1);
                    acc |= (long) (e0 & VALUE_MASK) << bits;
                    bits += e0 >>> WIDTH_SHIFT;
                    acc |= (long) (e1 & VALUE_MASK) << bits;
                    bits += e1 >>> WIDTH_SHIFT;
                    acc |= (long) (e2 & VALUE_MASK) << bits;
                    bits += e2 >>> WIDTH_SHIFT;
                    acc |= (long) (e3 & VALUE_MASK) << bits;
                    bits += e3 >>> WIDTH_SHIFT;
                    int whole = bits >>> 3; // at most 7: fewer than 8 pending bits plus 4 * 14
                    o = store(out, o, acc, whole);
                    acc >>>= whole << 3;
                    bits &= 7;
                    p += 4;
                }
                for (; p < end; p++) {
                    int e = entry(bytes, loaded, s, chunk, p);
                    absent |= e - 1;
                    acc |= (long) (e & VALUE_MASK) << bits;
                    for (bits += e >>> WIDTH_SHIFT; bits >= 8; bits -= 8) {
                        out[o++] = (byte) acc;
                        acc >>>= 8;
                    }
                }
                if (absent < 0) {
                    return -1; // the text cannot be written: stop before copying any more of it
                }
                i = chunk + end;
                if (end > loaded) {
                    chunk = i; // the copy resumes after the character beyond Latin-1
                } else if (end == loaded && loaded == Math.min(Latin1Buffer.CHUNK, n - chunk)) {
                    chunk += loaded; // the whole chunk is written: the next one follows it
                }
            }
        } else {
            for (; i < to; i++) {
                int e = encoded(text.charAt(i));
                absent |= e - 1;
                acc |= (long) (e & VALUE_MASK) << bits;
                for (bits += e >>> WIDTH_SHIFT; bits >= 8; bits -= 8) {
                    out[o++] = (byte) acc;
                    acc >>>= 8;
                }
            }
        }
        if (absent < 0) {
            return -1;
        }
        int endBit = 8 * o + bits;
        if (bits == 0) {
            if (secondCr) {
                out[o] = (byte) SeptetPacker.CR; // a wanted CR on an octet boundary: a second CR and one zero bit
            }
        } else {
            if (crPadding && bits == 1) {
                acc |= SeptetPacker.CR << 1; // 7 spare bits would read as '@' without a length
            }
            out[o] = (byte) acc;
        }
        return (long) chunk << 32 | endBit;
    }

    /**
     * Returns the {@link #LATIN1}-style entry of character {@code p} of the chunk that starts at {@code chunk}: from
     * the chunk's bytes below {@code loaded}, else from the text itself.
     */
    private static int entry(byte[] bytes, int loaded, String s, int chunk, int p) {
        if (p < loaded) {
            return LATIN1[bytes[p] & 0xFF];
        }
        char c = s.charAt(chunk + p);
        return c <= 0xFF ? LATIN1[c] : encoded(c);
    }

    /**
     * Stores the low {@code whole} octets of {@code acc} at {@code out[o]} (one 8-byte store while there is room,
     * whose extra octets what follows rewrites) and returns the next octet's index.
     */
    private static int store(byte[] out, int o, long acc, int whole) {
        if (o + 8 <= out.length) {
            Latin1Buffer.LONGS.set(out, o, acc);
        } else {
            for (int k = 0; k < whole; k++) {
                out[o + k] = (byte) (acc >>> (8 * k));
            }
        }
        return o + whole;
    }
}
