/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Arrays;

/**
 * Reverse lookups over {@link Gsm7Tables}: for a UTF-16 char, which tables hold it and at which septet.
 */
final class TableIndex {
    /*
     * A two-level table keeps every lookup to two array loads with no hashing and no boxing: PAGE[c >>> 8] is the
     * offset of c's 256-entry page. Page offset 0 is an all-zero (all-absent) page shared by every high byte that
     * no table uses, so the whole index is a few kilobytes although it answers for all 65,536 chars.
     *
     * MASK bit n (n = National Language Identifier, 0 = default) says the locking table n holds the char;
     * bit 16 + n says the single shift table n holds it. Where a table lists a char twice (some Annex A single
     * shift tables do), the lowest septet is the one encoded.
     */
    static final int LANGUAGES = 14;
    static final int SHIFT_BITS = 16;
    static final int DEFAULT_LOCKING = 1;
    static final int DEFAULT_SHIFT = 1 << SHIFT_BITS;
    /** Bit n set when language n has a locking shift table (bit 0: the default alphabet). */
    static final int LOCKING_TABLES;

    /** The default locking table's septet for each Latin-1 char, or -1 (escaped or not encodable). */
    static final byte[] DEFAULT_CODE_LATIN1 = new byte[256];

    private static final char[] PAGE = new char[256];
    private static final int[] MASK;
    private static final byte[][] LOCKING_CODE = new byte[LANGUAGES][];
    private static final byte[][] SHIFT_CODE = new byte[LANGUAGES][];

    static {
        boolean[] used = new boolean[256];
        for (char[][] kind : new char[][][] {Gsm7Tables.LOCKING, Gsm7Tables.SINGLE_SHIFT}) {
            for (char[] table : kind) {
                if (table == null) {
                    continue;
                }
                for (char c : table) {
                    if (c != Gsm7Tables.UNDEFINED) {
                        used[c >>> 8] = true;
                    }
                }
            }
        }
        int pages = 1;
        for (int hi = 0; hi < 256; hi++) {
            if (used[hi]) {
                PAGE[hi] = (char) (pages++ << 8);
            }
        }
        MASK = new int[pages << 8];
        int locking = 0;
        for (int nli = 0; nli < LANGUAGES; nli++) {
            if (Gsm7Tables.LOCKING[nli] != null) {
                locking |= 1 << nli;
                LOCKING_CODE[nli] = index(Gsm7Tables.LOCKING[nli], 1 << nli);
            }
            SHIFT_CODE[nli] = index(Gsm7Tables.SINGLE_SHIFT[nli], 1 << (SHIFT_BITS + nli));
        }
        LOCKING_TABLES = locking;
        for (char c = 0; c < 256; c++) {
            DEFAULT_CODE_LATIN1[c] = (byte) lockingCode(0, c);
        }
    }

    private TableIndex() {}

    private static byte[] index(char[] table, int bit) {
        byte[] codes = new byte[MASK.length];
        Arrays.fill(codes, (byte) -1);
        for (int septet = 0; septet < table.length; septet++) {
            char c = table[septet];
            if (c == Gsm7Tables.UNDEFINED) {
                continue;
            }
            int at = PAGE[c >>> 8] + (c & 0xFF);
            if (codes[at] < 0) {
                codes[at] = (byte) septet;
                MASK[at] |= bit;
            }
        }
        return codes;
    }

    /** Returns the position of {@code c} in {@link #lockingCodes}/{@link #shiftCodes} arrays and the mask. */
    static int index(char c) {
        return PAGE[c >>> 8] + (c & 0xFF);
    }

    /** Returns locking table {@code nli}'s septet per {@link #index(char)}, -1 where absent; do not modify. */
    static byte[] lockingCodes(int nli) {
        return LOCKING_CODE[nli];
    }

    /** Returns single shift table {@code nli}'s code per {@link #index(char)}, -1 where absent; do not modify. */
    static byte[] shiftCodes(int nli) {
        return SHIFT_CODE[nli];
    }

    /** Returns the membership bits of {@code c}; 0 for a surrogate or any char no table holds. */
    static int mask(char c) {
        return MASK[PAGE[c >>> 8] + (c & 0xFF)];
    }

    /** Returns the septet of {@code c} in locking table {@code nli}, or -1. */
    static int lockingCode(int nli, char c) {
        return LOCKING_CODE[nli][PAGE[c >>> 8] + (c & 0xFF)];
    }

    /** Returns the code that follows the escape for {@code c} in single shift table {@code nli}, or -1. */
    static int shiftCode(int nli, char c) {
        return SHIFT_CODE[nli][PAGE[c >>> 8] + (c & 0xFF)];
    }

    /** Tells whether the default alphabet or its extension table holds this code point. */
    static boolean inDefaultAlphabet(int codePoint) {
        return codePoint >= 0
                && codePoint <= 0xFFFF
                && (mask((char) codePoint) & (DEFAULT_LOCKING | DEFAULT_SHIFT)) != 0;
    }
}
