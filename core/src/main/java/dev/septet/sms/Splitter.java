/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Part capacities and the greedy fill that places each character in a part.
 */
final class Splitter {
    /*
     * 3GPP TS 23.040 clause 9.2.3.24: the User Data of one SMS holds 140 octets, shared by the User Data Header
     * (UDHL octet plus information elements) and the text. GSM 7-bit text starts on the septet boundary after the
     * header, so the capacity is floor((140 - udh) * 8 / 7) septets; UCS-2 holds floor((140 - udh) / 2) units.
     *
     * Filling greedily (a part is closed only when the next unit does not fit) gives the fewest parts for text
     * that must stay in order. An escaped character (2 septets) and a surrogate pair (2 units) are atomic: each
     * moves whole to the next part rather than being split. So does a user-perceived character (an extended
     * grapheme cluster of Unicode UAX #29, see Graphemes) in UCS-2, and in GSM 7-bit when a table of the
     * Indic scripts or Urdu is in use (identifiers 4 to 13): those tables hold vowel signs, viramas and other
     * combining marks, and a part that ends between a consonant and its sign shows a broken syllable. The default,
     * Turkish, Spanish and Portuguese tables hold no combining marks, so their parts stay filled to the last septet.
     * A cluster longer than a whole part is cut at the last code point that fits, so filling always progresses.
     */
    static final int USER_DATA_OCTETS = 140;

    private Splitter() {}

    static int capacity(Encoding encoding, int udhOctets) {
        int octets = USER_DATA_OCTETS - udhOctets;
        return encoding == Encoding.GSM7 ? octets * 8 / 7 : octets / 2;
    }

    /** The first National Language Identifier whose tables hold combining marks (Bengali; up to Urdu, 13). */
    static final int FIRST_CLUSTER_TABLE = 4;

    /** Tells whether parts with this encoding and table pair keep grapheme clusters whole. */
    static boolean keepsClusters(Encoding encoding, int lockingNli, int shiftNli) {
        return encoding == Encoding.UCS2 || lockingNli >= FIRST_CLUSTER_TABLE || shiftNli >= FIRST_CLUSTER_TABLE;
    }

    /**
     * Places every character greedily in parts of {@code capacity} units, keeping grapheme clusters whole when
     * {@code clusters} is true (always true for UCS-2). When {@code starts} is not null, it receives the UTF-16
     * index where each part after the first begins.
     *
     * @return the part count in the high 32 bits, the last part's units in the low 32 bits
     */
    static long fill(
            CharSequence text, Encoding encoding, int lockingNli, boolean clusters, int capacity, int[] starts) {
        int parts = 1;
        int used = 0;
        int n = text.length();
        boolean gsm = encoding == Encoding.GSM7;
        int bit = 1 << lockingNli;
        for (int i = 0; i < n; ) {
            int step;
            int cost;
            if (!gsm) {
                step = Graphemes.clusterLength(text, i, capacity);
                cost = step;
            } else if (!clusters) {
                step = 1;
                cost = (TableIndex.mask(text.charAt(i)) & bit) != 0 ? 1 : 2;
            } else {
                // GSM text holds no surrogates, and a char costs at least one septet, so the cluster found within
                // capacity chars only needs trimming when its escapes push it past the capacity
                int length = Graphemes.clusterLength(text, i, capacity);
                step = 0;
                cost = 0;
                while (step < length) {
                    int c = (TableIndex.mask(text.charAt(i + step)) & bit) != 0 ? 1 : 2;
                    if (step > 0 && cost + c > capacity) {
                        break;
                    }
                    cost += c;
                    step++;
                }
            }
            if (used + cost > capacity) {
                if (starts != null) {
                    starts[parts] = i;
                }
                parts++;
                used = 0;
            }
            used += cost;
            i += step;
        }
        return ((long) parts << 32) | used;
    }

    /** Returns the units {@code text} costs with the given locking table (GSM 7-bit) or in UCS-2. */
    static int cost(CharSequence text, Encoding encoding, int lockingNli) {
        return cost(text, 0, text.length(), encoding, lockingNli);
    }

    /** Returns the cost of {@code text[from, to)}, as {@link #cost(CharSequence, Encoding, int)}. */
    static int cost(CharSequence text, int from, int to, Encoding encoding, int lockingNli) {
        if (encoding == Encoding.UCS2) {
            return to - from;
        }
        int bit = 1 << lockingNli;
        int units = 0;
        for (int i = from; i < to; i++) {
            units += (TableIndex.mask(text.charAt(i)) & bit) != 0 ? 1 : 2;
        }
        return units;
    }
}
