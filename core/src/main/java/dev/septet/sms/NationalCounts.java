/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * The per-table bookkeeping of national pricing: which characters each enabled locking shift table lacks, and which
 * single shift tables hold all of them.
 */
final class NationalCounts {
    /*
     * counts[l] is the number of characters locking table l lacks (each costs an escape in the single shift table);
     * counts[LANGUAGES + l] starts as the enabled single shift tables and keeps those holding every such character.
     * A character every enabled locking table holds changes neither, so Latin-1 text is skipped eight bytes at a
     * time when all eight are in ' '..'Z' or 'a'..'z' and every enabled locking table holds that whole range.
     * With one national language enabled (the common case), every character is instead counted at once for the
     * four pairs in one long of counters: text in such a language has its accents scattered, and finding them one
     * by one costs more than adding a long per character.
     */
    /** Locking table bits (0 to 13) of the tables that hold every character of ' '..'Z' and 'a'..'z'. */
    static final int ONE_SEPTET_EVERYWHERE;

    private static final int[] MASK_LATIN1 = new int[256];

    /** Bits per counter in {@link #PAIR_LANES}. */
    private static final int LANE_BITS = 10;

    private static final int LANE = (1 << LANE_BITS) - 1;

    /** Characters summed before the counters are emptied: fewer than a counter can hold. */
    private static final int LANE_BLOCK = LANE & ~7;

    /**
     * Per national language L and Latin-1 character c, six 10-bit counters of one long, for the tables enabled with
     * one language (locking 0 and L, single shift 0 and L): lane 0 is 1 if locking table 0 lacks c, lane 1 if
     * locking table L lacks it; lanes 2 to 5 are 1 if locking table 0 (lanes 2, 3) or L (lanes 4, 5) lacks c and
     * single shift table 0 (lanes 2, 4) or L (lanes 3, 5) lacks it too. Adding the longs of a text's characters
     * counts all six at once, one load and one add per character with no branch on what it is.
     */
    private static final long[][] PAIR_LANES = new long[TableIndex.LANGUAGES][];

    static {
        int all = TableIndex.LOCKING_TABLES;
        for (char c = 0; c < 256; c++) {
            MASK_LATIN1[c] = TableIndex.mask(c);
            if ((char) (c - ' ') <= 'Z' - ' ' || (char) (c - 'a') <= 'z' - 'a') {
                all &= MASK_LATIN1[c];
            }
        }
        ONE_SEPTET_EVERYWHERE = all;
        for (int l = 1; l < TableIndex.LANGUAGES; l++) {
            long[] lanes = new long[256];
            for (int c = 0; c < 256; c++) {
                int mask = MASK_LATIN1[c];
                long lacks0 = ~mask & 1;
                long lacksL = ~mask >>> l & 1;
                long noShift0 = ~mask >>> TableIndex.SHIFT_BITS & 1;
                long noShiftL = ~mask >>> (TableIndex.SHIFT_BITS + l) & 1;
                lanes[c] = lacks0
                        | lacksL << LANE_BITS
                        | (lacks0 & noShift0) << 2 * LANE_BITS
                        | (lacks0 & noShiftL) << 3 * LANE_BITS
                        | (lacksL & noShift0) << 4 * LANE_BITS
                        | (lacksL & noShiftL) << 5 * LANE_BITS;
            }
            PAIR_LANES[l] = lanes;
        }
    }

    private NationalCounts() {}

    /**
     * Fills this thread's {@code buffer.scratch} for {@code text}, for each enabled locking table l (the other
     * entries are left as they were): [l] the characters l lacks, [LANGUAGES + l] the enabled single shift tables
     * that hold all of them. Returns false, with the counts partly
     * filled, when the text holds a surrogate (no table holds astral characters; the caller counts those texts its
     * own way).
     */
    static boolean count(CharSequence text, int lockingEnabled, int shiftEnabled, Latin1Buffer buffer) {
        int[] counts = buffer.scratch;
        int coverAt = TableIndex.LANGUAGES;
        for (int locks = lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            counts[l] = 0;
            counts[coverAt + l] = shiftEnabled;
        }
        int n = text.length();
        int from = 0;
        if (text instanceof String && n >= SeptetCounter.BULK_MIN) {
            byte[] bytes = buffer.bytes;
            boolean asciiEverywhere = (lockingEnabled & ~ONE_SEPTET_EVERYWHERE) == 0;
            int pair = pairLanguage(lockingEnabled, shiftEnabled);
            while (from < n) {
                // reuse: the default-alphabet count that comes first has just copied the same chunk
                int loaded = buffer.load((String) text, from, true);
                if (pair != 0) {
                    accountPair(bytes, loaded, pair, lockingEnabled, counts);
                } else {
                    accountBytes(bytes, loaded, asciiEverywhere, lockingEnabled, counts);
                }
                from += loaded;
                if (loaded < Latin1Buffer.CHUNK) {
                    break;
                }
            }
        }
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return false;
            }
            account(TableIndex.mask(c), 1, lockingEnabled, counts);
        }
        return true;
    }

    /** Adds {@code count} characters with membership {@code mask} to {@code counts}. */
    static void account(int mask, int count, int lockingEnabled, int[] counts) {
        for (int lacking = lockingEnabled & ~mask; lacking != 0; lacking &= lacking - 1) {
            int l = Integer.numberOfTrailingZeros(lacking);
            counts[l] += count;
            counts[TableIndex.LANGUAGES + l] &= mask >>> TableIndex.SHIFT_BITS;
        }
    }

    /** Adds the Latin-1 characters {@code bytes[0, n)} to {@code counts}. */
    static void accountBytes(byte[] bytes, int n, boolean skipOneSeptet, int lockingEnabled, int[] counts) {
        int i = 0;
        if (skipOneSeptet) {
            for (; i + 8 <= n; i += 8) {
                // visit only the bytes outside ' '..'Z' and 'a'..'z': an accent or two in a long of plain text
                long others =
                        ~SeptetCounter.oneSeptetBytes((long) Latin1Buffer.LONGS.get(bytes, i)) & SeptetCounter.HIGH;
                for (; others != 0; others &= others - 1) {
                    int k = i + (Long.numberOfTrailingZeros(others) >>> 3);
                    account(MASK_LATIN1[bytes[k] & 0xFF], 1, lockingEnabled, counts);
                }
            }
        }
        for (; i < n; i++) {
            account(MASK_LATIN1[bytes[i] & 0xFF], 1, lockingEnabled, counts);
        }
    }

    /**
     * Returns the national language L when the enabled tables are those of L alone (locking tables 0 and L, or 0
     * when L has none; single shift tables 0 and L), else 0.
     */
    static int pairLanguage(int lockingEnabled, int shiftEnabled) {
        int national = shiftEnabled & ~1;
        if ((shiftEnabled & 1) == 0 || Integer.bitCount(national) != 1) {
            return 0;
        }
        return lockingEnabled == (TableIndex.LOCKING_TABLES & shiftEnabled)
                ? Integer.numberOfTrailingZeros(national)
                : 0;
    }

    /**
     * Adds the Latin-1 characters {@code bytes[0, n)} to {@code counts} when the enabled tables are those of
     * language {@code l} alone ({@link #pairLanguage}): every character is counted in {@link #PAIR_LANES}, which
     * costs less than finding the few characters some table lacks when they are scattered through the text.
     */
    static void accountPair(byte[] bytes, int n, int l, int lockingEnabled, int[] counts) {
        long[] lanes = PAIR_LANES[l];
        for (int from = 0; from < n; from += LANE_BLOCK) {
            int end = Math.min(n, from + LANE_BLOCK);
            long sum = 0;
            for (int i = from; i < end; i++) {
                sum += lanes[bytes[i] & 0xFF];
            }
            addPair(sum, l, lockingEnabled, counts);
        }
    }

    /** Adds the counters {@code sum} of {@link #PAIR_LANES} for language {@code l} to {@code counts}. */
    private static void addPair(long sum, int l, int lockingEnabled, int[] counts) {
        int shiftL = 1 << l;
        counts[0] += (int) sum & LANE;
        counts[TableIndex.LANGUAGES] &= ~(lane(sum, 2) != 0 ? 1 : 0) & ~(lane(sum, 3) != 0 ? shiftL : 0);
        if ((lockingEnabled & shiftL) != 0) {
            counts[l] += lane(sum, 1);
            counts[TableIndex.LANGUAGES + l] &= ~(lane(sum, 4) != 0 ? 1 : 0) & ~(lane(sum, 5) != 0 ? shiftL : 0);
        }
    }

    /** Returns counter {@code k} of a sum of {@link #PAIR_LANES}. */
    private static int lane(long sum, int k) {
        return (int) (sum >>> k * LANE_BITS) & LANE;
    }
}
