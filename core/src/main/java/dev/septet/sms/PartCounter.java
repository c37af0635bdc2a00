/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;

/**
 * Counts the parts of a text without building a plan, for the common cases; every other case goes to the
 * {@link Planner}, so the answer is always the planner's.
 */
final class PartCounter {
    /*
     * Whatever the tie-breaks between table pairs, the planner first minimises the part count, and GSM 7-bit with
     * any feasible pair never needs more parts than UCS-2. So the count is the minimum, over the enabled pairs that
     * can represent the text, of each pair's part count; which pair wins a tie does not matter here.
     *
     * The default pair alone decides when:
     *  - it needs one part (no pair needs fewer), or the text has no escapes (every national pair costs at least as
     *    many septets and carries at least one 3-octet information element, so it has less room per part);
     *  - a bound rules the others out: a national pair saves at most one septet per escaped character that some
     *    enabled national locking table holds (a national single shift table still costs an escape), and its
     *    information element costs at least 3 octets in every part (3GPP TS 23.040 clause 9.2.3.24.15/16). When
     *    even that best case needs as many parts as the default pair, no national table is priced.
     * Otherwise every enabled pair is priced in one pass over the text without allocating (per-thread counters):
     * missing[l] counts the characters locking table l lacks, cover[l] the single shift tables that hold all of
     * them. The greedy fill is the planner's own. The Indic tables keep grapheme clusters whole, which can only add
     * parts to the greedy count; where such a pair could otherwise have the fewest parts, the planner decides.
     *
     * With no table enabled, text the default tables cannot carry is counted in UCS-2 directly (the planner's fill,
     * which keeps surrogate pairs and grapheme clusters whole); a lone surrogate goes to the planner for its error
     * or replacement.
     */
    /** Returned by the fast paths for "ask the planner". */
    private static final int PLANNER = -1;

    /** Languages whose tables hold combining marks, whose parts may end earlier than the greedy fill (ids 4-13). */
    private static final int GRAPHEME_TABLES = 0x3FF0;

    /** Capacity of a part with one national information element: single part, then 8- and 16-bit concatenation. */
    private static final int NATIONAL_SINGLE = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(1, false, false));

    private PartCounter() {}

    /** Returns exactly what {@code Planner.plan(text, options).parts} returns, or throws as it does. */
    static int countParts(CharSequence text, SmsOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        EncodingChoice choice = options.encoding();
        int n = text.length();
        if (n == 0 || choice == EncodingChoice.UCS2 || choice == EncodingChoice.GSM7_NATIONAL) {
            return Planner.countParts(text, options);
        }
        // the per-thread buffer is looked up once for the language mask and national pricing
        Latin1Buffer buffer = null;
        int languages = 0;
        if (!options.languages().isEmpty()) {
            buffer = Latin1Buffer.get();
            languages = buffer.languageMask(options);
        }
        long septets = SeptetCounter.defaultSeptets(text, buffer);
        int parts;
        if (septets >= 0) {
            parts = defaultParts(text, septets, n, options.reference16());
            if (languages != 0
                    && parts > 1
                    && septets != n
                    && nationalMinimumParts(text, septets, languages, options.reference16()) < parts) {
                parts = nationalParts(text, languages, options, buffer);
            }
        } else if (options.smartEncoding() || options.normalizeNfc()) {
            return Planner.countParts(text, options); // look-alikes, normalisation: the planner's paths
        } else if (languages != 0) {
            parts = nationalParts(text, languages, options, buffer);
        } else if (choice == EncodingChoice.AUTO) {
            parts = ucs2Parts(text, options.reference16());
        } else {
            return Planner.countParts(text, options); // forced GSM 7-bit that fails: replacement or error
        }
        return parts == PLANNER || parts > options.maxParts() ? Planner.countParts(text, options) : parts;
    }

    /**
     * Returns the UCS-2 parts of text the default tables cannot carry (no table is enabled), or {@link #PLANNER}
     * when it holds a lone surrogate (an error or a replacement).
     */
    private static int ucs2Parts(CharSequence text, boolean reference16) {
        return Planner.loneSurrogate(text, 0) >= 0 ? PLANNER : Planner.ucs2Parts(text, reference16);
    }

    /** Returns the parts of default-alphabet text of {@code septets} ({@code n} characters) with no national IE. */
    private static int defaultParts(CharSequence text, long septets, int n, boolean reference16) {
        if (septets <= Splitter.capacity(Encoding.GSM7, 0)) {
            return 1;
        }
        int capacity = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(0, true, reference16));
        return septets == n
                ? (int) ((septets + capacity - 1) / capacity)
                : (int) (Splitter.fill(text, Encoding.GSM7, 0, false, capacity, null) >>> 32);
    }

    /**
     * Returns a lower bound on the parts any pair with a national table needs for default-alphabet text of
     * {@code septets}: every escape a national locking table could hold is saved, and one information element is
     * paid per part.
     */
    private static int nationalMinimumParts(CharSequence text, long septets, int languages, boolean reference16) {
        int nationalLocking = TableIndex.LOCKING_TABLES & languages & ~1;
        int saved = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int mask = TableIndex.mask(text.charAt(i));
            if ((mask & TableIndex.DEFAULT_LOCKING) == 0 && (mask & nationalLocking) != 0) {
                saved++;
            }
        }
        long units = septets - saved;
        if (units <= NATIONAL_SINGLE) {
            return 1;
        }
        int capacity = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(1, true, reference16));
        return (int) ((units + capacity - 1) / capacity);
    }

    /**
     * Prices every enabled GSM 7-bit pair and returns the fewest parts, or {@link #PLANNER} when no pair can
     * represent the text, a surrogate is present, or a grapheme-keeping table could change the answer;
     * {@code buffer} is this thread's.
     */
    private static int nationalParts(CharSequence text, int languages, SmsOptions options, Latin1Buffer buffer) {
        int lockingEnabled = TableIndex.LOCKING_TABLES & (1 | languages);
        int[] missing = buffer.scratch;
        int coverAt = TableIndex.LANGUAGES;
        if (!NationalCounts.count(text, lockingEnabled, 1 | languages, buffer)) {
            return PLANNER;
        }
        int n = text.length();
        boolean reference16 = options.reference16();
        int best = Integer.MAX_VALUE;
        int bestGrapheme = Integer.MAX_VALUE;
        for (int locks = lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            int cover = missing[coverAt + l];
            if (cover == 0) {
                continue;
            }
            boolean nationalShift = (cover & 1) == 0;
            int ies = (l != 0 ? 1 : 0) + (nationalShift ? 1 : 0);
            long septets = (long) n + missing[l];
            int parts;
            if (septets <= Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, false, false))) {
                parts = 1;
            } else {
                int capacity = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, true, reference16));
                // clusters ignored here: keeping them can only add parts, and grapheme pairs are settled below
                parts = missing[l] == 0
                        ? (int) ((septets + capacity - 1) / capacity)
                        : (int) (Splitter.fill(text, Encoding.GSM7, l, false, capacity, null) >>> 32);
            }
            boolean grapheme = ((1 << l) & GRAPHEME_TABLES) != 0 || (nationalShift && (cover & GRAPHEME_TABLES) != 0);
            if (grapheme) {
                bestGrapheme = Math.min(bestGrapheme, parts);
            } else {
                best = Math.min(best, parts);
            }
        }
        if (bestGrapheme < best) {
            return bestGrapheme == 1 ? 1 : PLANNER;
        }
        return best == Integer.MAX_VALUE ? PLANNER : best;
    }
}
