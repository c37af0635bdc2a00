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
     * Any other run (accents, escapes, controls) is written in two steps, a block of characters at a time: first
     * its septets go one per byte into a per-thread septet buffer (a long of own septets as it is, a long of own
     * septets and ASCII escapes as runs and escape pairs, anything else character by character from SEPTETS), then
     * the buffer is packed eight septets per long like plain text. Packing character by character would chain
     * every character's shift on the bit position the one before it left; the septet buffer has no such chain. A
     * euro sign goes into the copy as a stand-in byte that the text confirms; any other character beyond Latin-1 (a
     * Greek capital) stops the copy, it and the stretch after it are read from the text through the full table
     * index, and the copy resumes after them. Short texts and other CharSequences take the LATIN1 table one char at
     * a time. A text of one part is first tried by writeOwn, which packs only longs of own septets.
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

    /** {@link #septetEntry} of each Latin-1 character; never written after the static initializer. */
    private static final int[] SEPTETS = new int[256];

    /** {@link #septetEntry} of the euro sign, which a load leaves in the bytes as {@link Latin1Buffer#EURO}. */
    private static final int EURO_ENTRY;

    /** Characters expanded to septets at a time, so the septet buffer holds two septets for each. */
    static final int BLOCK = 128;

    /** Writes two bytes of a septet buffer as one little-endian {@code short}. */
    private static final java.lang.invoke.VarHandle SHORTS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(short[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1[c] = encoded(c);
            SEPTETS[c] = septetEntry(c);
        }
        EURO_ENTRY = septetEntry('\u20AC');
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
        // on the low seven bits of each byte, so that no sum carries into the next byte: at least ' ', not in
        // '['..'`' or '{'..DEL (setting bit 5 folds the first range onto the second), not '@' or '`' (the same
        // fold), not '$'; and then only the bytes below 0x80
        long y = x & 0x7F7F7F7F7F7F7F7FL;
        long folded = y | 0x2020202020202020L;
        long own = (y + 0x6060606060606060L)
                & ~(folded + 0x0505050505050505L)
                & ((folded ^ 0x6060606060606060L) + 0x7F7F7F7F7F7F7F7FL)
                & ((y ^ 0x2424242424242424L) + 0x7F7F7F7F7F7F7F7FL);
        return own & ~x & SeptetCounter.HIGH;
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
     * @param held this thread's buffer when the caller already holds it, or null: a message of many parts writes each
     *     through it
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
            boolean secondCr,
            Latin1Buffer held) {
        int o = bit >>> 3;
        int bits = bit & 7;
        long acc = 0;
        int absent = 0; // negative once a character writes nothing (its entry is 0)
        int i = from;
        if (text instanceof String && text.length() >= SeptetCounter.BULK_MIN) {
            String s = (String) text;
            int n = s.length();
            Latin1Buffer buffer = held != null ? held : Latin1Buffer.get();
            byte[] bytes = buffer.bytes;
            byte[] septets = buffer.septets;
            boolean reuse = !fresh;
            while (i < to) {
                int loaded = buffer.load(s, chunk, reuse, true);
                reuse = true;
                int p = i - chunk;
                int q = Math.min(to, chunk + loaded) - chunk;
                int end = q;
                if (chunk + q < to && loaded < Latin1Buffer.CHUNK) {
                    // q == loaded: the copy ended before the range did, at a character above U+00FF; that character
                    // and a few more are read from the text (see Latin1Buffer.STRETCH). A copy that ended at the
                    // chunk's end is followed by the next chunk instead.
                    end = Math.min(to - chunk, q + Latin1Buffer.STRETCH);
                }
                while (p < end) {
                    // own septets straight from the bytes, eight at a time: plain text never needs the septet buffer
                    int plain = packOwn(bytes, p, q, out, o, bits, acc);
                    if (plain > p) {
                        o += 7 * ((plain - p) >>> 3);
                        acc = pack((long) Latin1Buffer.LONGS.get(bytes, plain - 8)) >>> (56 - bits);
                        p = plain;
                    }
                    if (p < q && q == end && q - p < 8 && p + 8 <= bytes.length && o + 8 <= out.length) {
                        // the range's last few characters, often own septets: the bytes past them are masked off
                        int r = q - p;
                        long mask = (1L << (8 * r)) - 1;
                        long x = (long) Latin1Buffer.LONGS.get(bytes, p) & mask;
                        if (ownSeptets(x | (0x6161616161616161L & ~mask))) { // 'a' in the masked bytes
                            acc |= pack(x) << bits;
                            bits += 7 * r;
                            Latin1Buffer.LONGS.set(out, o, acc);
                            int whole = bits >>> 3;
                            o += whole;
                            acc >>>= whole << 3;
                            bits &= 7;
                            p = q;
                        }
                    }
                    if (p == end) {
                        break;
                    }
                    // text that has one character that is not its own septet often has more: a block of them
                    int stop = Math.min(end, p + BLOCK);
                    long state = writeBlock(
                            bytes, loaded, s, chunk, p, stop, septets, out, (long) o << 16 | bits << 8 | acc);
                    if (state < 0) {
                        return -1; // the text cannot be written: stop before copying any more of it
                    }
                    p = stop;
                    o = (int) (state >>> 16);
                    bits = (int) (state >>> 8) & 7;
                    acc = state & 0xFF;
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
     * Packs {@code text} from bit 0 of {@code out} on while each character is its own septet (see
     * {@link #ownSeptets}) and returns how many characters it packed: {@code text.length()} when that is all of
     * them. Such text is most SMS text, and this small method packs it with its values in registers, which the
     * general {@link #write} cannot. The text is at least {@link SeptetCounter#BULK_MIN} and at most
     * {@link Latin1Buffer#CHUNK} characters long, and {@code out} has room for its septets and 8 octets more. It
     * copies the text fresh, with euro signs as {@link Latin1Buffer#EURO}, so {@link #write} of the same text can
     * reuse that copy.
     */
    static int writeOwn(String text, byte[] out) {
        Latin1Buffer buffer = Latin1Buffer.get();
        byte[] bytes = buffer.bytes;
        int n = text.length();
        int q = buffer.load(text, 0, false, true);
        int p = packOwn(bytes, 0, q, out, 0, 0, 0);
        int r = n - p;
        if (q == n && r > 0 && r < 8 && p + 8 <= bytes.length) {
            // the last few characters: the bytes past them are masked off
            long mask = (1L << (8 * r)) - 1;
            long x = (long) Latin1Buffer.LONGS.get(bytes, p) & mask;
            if (ownSeptets(x | (0x6161616161616161L & ~mask))) { // 'a' in the masked bytes
                // from octet 0, whole longs leave no bits pending: these septets start on an octet
                Latin1Buffer.LONGS.set(out, 7 * (p >>> 3), pack(x));
                p = n;
            }
        }
        return p;
    }

    /**
     * Packs the longs of {@code bytes} from {@code p} on while all eight bytes of each are own septets and it ends by
     * {@code q}, seven octets each, from octet {@code o} of {@code out} on, where {@code bits} pending bits
     * {@code acc} come first; returns where it stopped. Nothing is carried from one long to the next but the bits past
     * its seventh octet, so no long waits for the one before it; what it left pending follows from the last long it
     * packed.
     */
    private static int packOwn(byte[] bytes, int p, int q, byte[] out, int o, int bits, long acc) {
        int limit = Math.min(q, p + 8 * ((out.length - o - 1) / 7)) - 8; // each store writes eight octets
        for (; p <= limit; p += 8, o += 7) {
            long x = (long) Latin1Buffer.LONGS.get(bytes, p);
            if (!ownSeptets(x)) {
                break;
            }
            long packed = pack(x);
            Latin1Buffer.LONGS.set(out, o, acc | packed << bits);
            acc = packed >>> (56 - bits);
        }
        return p;
    }

    /**
     * Writes characters {@code p} to {@code stop} of the chunk that starts at {@code chunk} (see {@link #expand}) to
     * {@code out}, through the septet buffer: eight septets, one per byte, are seven octets, one pack and one 8-byte
     * store. A method of its own, so plain text's loop in {@link #write} stays small.
     *
     * @param state the next octet of {@code out} from bit 16, the pending bits' count in bits 8-10 and those bits
     *     in bits 0-7
     * @return the state after the block, or -1 if a character is not in the default tables
     */
    private static long writeBlock(
            byte[] bytes, int loaded, String s, int chunk, int p, int stop, byte[] septets, byte[] out, long state) {
        int k = expand(bytes, loaded, s, chunk, p, stop, septets);
        if (k < 0) {
            return -1;
        }
        int o = (int) (state >>> 16);
        int bits = (int) (state >>> 8) & 7;
        long acc = state & 0xFF;
        int j = 0;
        for (; j + 8 <= k && o + 8 <= out.length; j += 8) {
            acc |= pack((long) Latin1Buffer.LONGS.get(septets, j)) << bits;
            Latin1Buffer.LONGS.set(out, o, acc);
            acc >>>= 56;
            o += 7;
        }
        // the last septets, fewer than eight (or near the end of out): the buffer's bytes past them are stale
        for (; j < k; j += 8) {
            int r = Math.min(8, k - j);
            long x = (long) Latin1Buffer.LONGS.get(septets, j);
            acc |= pack(r == 8 ? x : x & ((1L << (8 * r)) - 1)) << bits;
            bits += 7 * r;
            int whole = bits >>> 3;
            o = store(out, o, acc, whole);
            acc >>>= whole << 3;
            bits &= 7;
        }
        return (long) o << 16 | bits << 8 | acc;
    }

    /**
     * Writes the septets of characters {@code p} to {@code stop} of the chunk that starts at {@code chunk} into
     * {@code septets}, one per byte from index 0 (an escaped character is the escape and its code), and returns how
     * many there are, or -1 if a character is not in the default tables. Characters below {@code loaded} come from
     * the chunk's bytes, the rest from the text. {@code stop - p} is at most {@link #BLOCK}.
     */
    private static int expand(byte[] bytes, int loaded, String s, int chunk, int p, int stop, byte[] septets) {
        int k = 0;
        int absent = 0; // negative once a character writes nothing
        int i = p;
        int fromBytes = Math.min(stop, loaded);
        while (i < fromBytes) {
            if (i + 8 <= fromBytes) {
                long x = (long) Latin1Buffer.LONGS.get(bytes, i);
                long own = ownBits(x);
                if (own == SeptetCounter.HIGH) {
                    Latin1Buffer.LONGS.set(septets, k, x); // each byte is already its septet
                    k += 8;
                    i += 8;
                    continue;
                }
                long escaped = SeptetCounter.escapedBytes(x);
                if ((own | escaped) == SeptetCounter.HIGH) {
                    // own septets around ASCII escapes ([\]^{|}~): the runs between escapes go as they are, each
                    // escape as the escape septet and its code
                    int start = 0; // the first byte of x not yet written
                    do {
                        int at = Long.numberOfTrailingZeros(escaped) >>> 3;
                        Latin1Buffer.LONGS.set(septets, k, x >>> (start << 3)); // bytes past the run are rewritten
                        k += at - start;
                        SHORTS.set(septets, k, (short) SEPTETS[(int) (x >>> (at << 3)) & 0xFF]);
                        k += 2;
                        start = at + 1;
                        escaped &= escaped - 1;
                    } while (escaped != 0);
                    if (start < 8) {
                        Latin1Buffer.LONGS.set(septets, k, x >>> (start << 3));
                        k += 8 - start;
                    }
                    i += 8;
                    continue;
                }
            }
            // up to eight characters one by one, with no branch on what they are
            for (int e8 = Math.min(fromBytes, i + 8); i < e8; i++) {
                int e = SEPTETS[bytes[i] & 0xFF];
                if (e == 0 && SeptetCounter.euro(bytes, i, s, chunk)) {
                    e = EURO_ENTRY;
                }
                absent |= e - 1;
                SHORTS.set(septets, k, (short) e);
                k += e >>> WIDTH_SHIFT;
            }
        }
        for (; i < stop; i++) {
            char c = s.charAt(chunk + i);
            int e = c <= 0xFF ? SEPTETS[c] : septetEntry(c);
            absent |= e - 1;
            SHORTS.set(septets, k, (short) e);
            k += e >>> WIDTH_SHIFT;
        }
        return absent < 0 ? -1 : k;
    }

    /**
     * Returns what {@code c} writes in the default tables as a {@link #SEPTETS} entry: its septet, or the escape and
     * its code as two bytes, in bits 0-15, and how many septets that is (1 or 2) from bit {@link #WIDTH_SHIFT}; 0
     * when absent.
     */
    static int septetEntry(char c) {
        int code = TableIndex.lockingCode(0, c);
        if (code >= 0) {
            return code | 1 << WIDTH_SHIFT;
        }
        int extension = TableIndex.shiftCode(0, c);
        return extension < 0 ? 0 : (Gsm7Tables.ESCAPE | extension << 8) | 2 << WIDTH_SHIFT;
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
