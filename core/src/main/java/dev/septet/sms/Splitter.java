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
     * that must stay in order. In GSM 7-bit an escaped character (escape plus code, 2 septets) is atomic. In UCS-2
     * the atomic step is a user-perceived character, an extended grapheme cluster of Unicode UAX #29 (a surrogate
     * pair, a base with its combining marks, an emoji ZWJ sequence, a flag), as Graphemes measures it; a cluster
     * longer than a whole part is cut at a code point boundary, never inside a surrogate pair. Each atomic step
     * moves whole to the next part rather than being split.
     */
    static final int USER_DATA_OCTETS = 140;
    static final int NATIONAL_IE_OCTETS = 3;
    static final int CONCAT8_IE_OCTETS = 5;
    static final int CONCAT16_IE_OCTETS = 6;

    private Splitter() {
    }

    static int udhOctets(int nationalIes, boolean concatenated, boolean reference16) {
        int ies = nationalIes * NATIONAL_IE_OCTETS
                + (concatenated ? (reference16 ? CONCAT16_IE_OCTETS : CONCAT8_IE_OCTETS) : 0);
        return ies == 0 ? 0 : 1 + ies;
    }

    static int capacity(Encoding encoding, int udhOctets) {
        int octets = USER_DATA_OCTETS - udhOctets;
        return encoding == Encoding.GSM7 ? octets * 8 / 7 : octets / 2;
    }

    /**
     * Places every character greedily in parts of {@code capacity} units. When {@code starts} is not null, it
     * receives the UTF-16 index where each part after the first begins.
     *
     * @return the part count in the high 32 bits, the last part's units in the low 32 bits
     */
    static long fill(CharSequence text, Encoding encoding, int lockingNli, int capacity, int[] starts) {
        int parts = 1;
        int used = 0;
        int n = text.length();
        boolean gsm = encoding == Encoding.GSM7;
        int bit = 1 << lockingNli;
        for (int i = 0; i < n;) {
            int step;
            int cost;
            if (gsm) {
                step = 1;
                cost = (TableIndex.mask(text.charAt(i)) & bit) != 0 ? 1 : 2;
            } else {
                step = Graphemes.clusterLength(text, i, capacity);
                cost = step;
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
        if (encoding == Encoding.UCS2) {
            return text.length();
        }
        int bit = 1 << lockingNli;
        int units = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            units += (TableIndex.mask(text.charAt(i)) & bit) != 0 ? 1 : 2;
        }
        return units;
    }
}
