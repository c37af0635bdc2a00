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
     */
    /** Locking table bits (0 to 13) of the tables that hold every character of ' '..'Z' and 'a'..'z'. */
    static final int ONE_SEPTET_EVERYWHERE;

    private static final int[] MASK_LATIN1 = new int[256];

    static {
        int all = TableIndex.LOCKING_TABLES;
        for (char c = 0; c < 256; c++) {
            MASK_LATIN1[c] = TableIndex.mask(c);
            if ((char) (c - ' ') <= 'Z' - ' ' || (char) (c - 'a') <= 'z' - 'a') {
                all &= MASK_LATIN1[c];
            }
        }
        ONE_SEPTET_EVERYWHERE = all;
    }

    private NationalCounts() {}

    /**
     * Fills this thread's {@code buffer.scratch} for {@code text}: [l] the characters locking table l lacks,
     * [LANGUAGES + l] the enabled single shift tables that hold all of them. Returns false, with the counts partly
     * filled, when the text holds a surrogate (no table holds astral characters; the caller counts those texts its
     * own way).
     */
    static boolean count(CharSequence text, int lockingEnabled, int shiftEnabled, Latin1Buffer buffer) {
        int[] counts = buffer.scratch;
        int coverAt = TableIndex.LANGUAGES;
        for (int l = 0; l < TableIndex.LANGUAGES; l++) {
            counts[l] = 0;
            counts[coverAt + l] = shiftEnabled;
        }
        int n = text.length();
        int from = 0;
        if (text instanceof String && n >= SeptetCounter.BULK_MIN) {
            byte[] bytes = buffer.bytes;
            boolean asciiEverywhere = (lockingEnabled & ~ONE_SEPTET_EVERYWHERE) == 0;
            while (from < n) {
                // reuse: the default-alphabet count that comes first has just copied the same chunk
                int loaded = buffer.load((String) text, from, true);
                accountBytes(bytes, loaded, asciiEverywhere, lockingEnabled, counts);
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
}
