/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Counts what a text costs in the default tables, eight Latin-1 characters at a time.
 */
final class SeptetCounter {
    /*
     * SWAR ("SIMD within a register"): a long holds eight characters, one per byte. For bytes below 0x80, adding
     * 0x80 - k to every byte sets that byte's top bit exactly when the byte is at least k, and no carry crosses into
     * the next byte. Four such sums give the two ranges ' '..'Z' and 'a'..'z', where every character is one
     * default-alphabet septet; a long whose eight bytes all fall there costs eight septets with no table lookup.
     * Any other long (accents, escapes, controls) is priced byte by byte from a 256-entry cost table, so the result
     * is exact for every Latin-1 text. A character beyond Latin-1 stops the bulk copy; it goes through the
     * two-level table index and the copy resumes after it.
     */
    /** The top bit of each byte. */
    static final long HIGH = 0x8080808080808080L;

    private static final long LOW = 0x7F7F7F7F7F7F7F7FL;

    /** Below this length the bulk copy costs more than it saves. */
    static final int BULK_MIN = 24;

    /** Septets of each Latin-1 character in the default tables: 1, 2 (escaped), or 0 when absent. */
    static final byte[] DEFAULT_COST = new byte[256];

    static {
        for (char c = 0; c < 256; c++) {
            int mask = TableIndex.mask(c);
            DEFAULT_COST[c] = (byte)
                    ((mask & TableIndex.DEFAULT_LOCKING) != 0 ? 1 : (mask & TableIndex.DEFAULT_SHIFT) != 0 ? 2 : 0);
        }
    }

    private SeptetCounter() {}

    /** Returns the top bit of each byte of {@code x} that is in ' '..'Z' or 'a'..'z'. */
    static long oneSeptetBytes(long x) {
        long y = x & LOW;
        long atLeastSpace = y + 0x6060606060606060L;
        long pastZ = y + 0x2525252525252525L;
        long atLeastA = y + 0x1F1F1F1F1F1F1F1FL;
        long pastZLower = y + 0x0505050505050505L;
        return ((atLeastSpace & ~pastZ) | (atLeastA & ~pastZLower)) & ~x & HIGH;
    }

    /** Returns the septets of {@code text} in the default tables, or -1 if a character is not in them. */
    static long defaultSeptets(CharSequence text) {
        return defaultSeptets(text, null);
    }

    /**
     * As {@link #defaultSeptets(CharSequence)}, with this thread's buffer when the caller has already looked it up
     * (or null).
     */
    static long defaultSeptets(CharSequence text, Latin1Buffer buffer) {
        int n = text.length();
        if (n < BULK_MIN || !(text instanceof String)) {
            return charSeptets(text, 0, n, 0);
        }
        String s = (String) text;
        if (buffer == null) {
            buffer = Latin1Buffer.get();
        }
        byte[] bytes = buffer.bytes;
        long septets = 0; // a billion escaped characters are two billion septets: past int
        for (int from = 0; from < n; ) {
            int loaded = buffer.load(s, from, from != 0, true); // the first copy of each call is its own
            int cost = byteSeptets(bytes, loaded, s, from);
            if (cost < 0) {
                return -1;
            }
            septets += cost;
            from += loaded;
            if (loaded < Latin1Buffer.CHUNK && from < n) {
                // the character above U+00FF and a few after it, one by one: where there is one there are often
                // more (Greek capitals), and a copy per character would cost more than this loop
                int to = Math.min(n, from + Latin1Buffer.STRETCH);
                septets = charSeptets(text, from, to, septets);
                if (septets < 0) {
                    return -1;
                }
                from = to;
            }
        }
        return septets;
    }

    /**
     * Returns, in the top bit of each byte, whether that byte of {@code x} is in ' '..'Z' or 'a'..'z'; every byte
     * must be below 0x80 (so no sum carries into the next byte), and the other bits are noise.
     */
    static long asciiOneSeptet(long x) {
        return ((x + 0x6060606060606060L) & ~(x + 0x2525252525252525L))
                | ((x + 0x1F1F1F1F1F1F1F1FL) & ~(x + 0x0505050505050505L));
    }

    /** Returns the top bit of each byte of {@code x} that is an escaped ASCII character, one of {@code [\]^{|}~}. */
    static long escapedBytes(long x) {
        long y = x & 0x5F5F5F5F5F5F5F5FL; // folds '{'..'~' onto '['..'^'; no byte is above 0x5F, so no carry
        long atLeastBracket = y + 0x2525252525252525L;
        long pastCaret = y + 0x2121212121212121L;
        return atLeastBracket & ~pastCaret & ~x & HIGH;
    }

    /**
     * Returns the septets of {@code bytes[0, n)}, loaded from {@code text} at {@code from} with euro signs as
     * {@link Latin1Buffer#EURO}, or -1 if a character is not in the default tables.
     */
    static int byteSeptets(byte[] bytes, int n, String text, int from) {
        int septets = 0;
        int i = 0;
        // four longs per test: plain text takes one well-predicted branch per 32 characters
        for (; i + 32 <= n; i += 32) {
            long a = (long) Latin1Buffer.LONGS.get(bytes, i);
            long b = (long) Latin1Buffer.LONGS.get(bytes, i + 8);
            long c = (long) Latin1Buffer.LONGS.get(bytes, i + 16);
            long d = (long) Latin1Buffer.LONGS.get(bytes, i + 24);
            // ASCII first (one test for 32 bytes), so the range test needs no masking against carries
            if (((a | b | c | d) & HIGH) == 0
                    && (asciiOneSeptet(a) & asciiOneSeptet(b) & asciiOneSeptet(c) & asciiOneSeptet(d) & HIGH) == HIGH) {
                septets += 32;
                continue;
            }
            int cost = longSeptets(bytes, i, i + 32, text, from);
            if (cost < 0) {
                return -1;
            }
            septets += cost;
        }
        int cost = longSeptets(bytes, i, n, text, from);
        return cost < 0 ? -1 : septets + cost;
    }

    /** Returns the septets of {@code bytes[from, end)} a long at a time, or -1 if one is not in the default tables. */
    private static int longSeptets(byte[] bytes, int from, int end, String text, int chunk) {
        int septets = 0;
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) Latin1Buffer.LONGS.get(bytes, i);
            long escaped = escapedBytes(x);
            if ((oneSeptetBytes(x) | escaped) == HIGH) {
                septets += 8 + Long.bitCount(escaped);
                continue;
            }
            int cost = tableSeptets(bytes, i, i + 8, text, chunk);
            if (cost < 0) {
                return -1;
            }
            septets += cost;
        }
        int cost = tableSeptets(bytes, i, end, text, chunk);
        return cost < 0 ? -1 : septets + cost;
    }

    /** Returns the septets of {@code bytes[from, end)} from the cost table, or -1 if one is not in the tables. */
    private static int tableSeptets(byte[] bytes, int from, int end, String text, int chunk) {
        int septets = 0;
        for (int i = from; i < end; i++) {
            int cost = DEFAULT_COST[bytes[i] & 0xFF];
            if (cost == 0) {
                if (!euro(bytes, i, text, chunk)) {
                    return -1;
                }
                cost = 2; // the escape and the euro sign's code in the extension table
            }
            septets += cost;
        }
        return septets;
    }

    /** Tells whether {@code bytes[i]} stands for a euro sign of {@code text}, loaded from {@code chunk} on. */
    static boolean euro(byte[] bytes, int i, String text, int chunk) {
        return bytes[i] == Latin1Buffer.EURO && text.charAt(chunk + i) == '\u20AC';
    }

    /** Adds the septets of {@code text[from, end)} to {@code septets}; -1 if a character is not in the tables. */
    static long charSeptets(CharSequence text, int from, int end, long septets) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            // ' '..'Z' and 'a'..'z' are all one septet: two unsigned range checks cover most real text
            if ((char) (c - ' ') <= 'Z' - ' ' || (char) (c - 'a') <= 'z' - 'a') {
                septets++;
                continue;
            }
            int mask = TableIndex.mask(c);
            if ((mask & TableIndex.DEFAULT_LOCKING) != 0) {
                septets++;
            } else if ((mask & TableIndex.DEFAULT_SHIFT) != 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }
}
