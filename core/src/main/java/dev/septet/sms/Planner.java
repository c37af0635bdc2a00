/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides the encoding and table pair for a text and counts what it costs.
 */
final class Planner {
    /*
     * Cost model (3GPP TS 23.038 clause 6.2.1.1 and Annex A): with locking table L and single shift table S, a
     * character in L costs 1 septet, one only in S costs 2 (escape + code), anything else is unencodable. So for
     * a fixed L the septet count is codePoints + missing[L] (characters not in L), and S is feasible exactly when
     * it holds every character L lacks: S must be in the AND of those characters' single-shift bits. One pass
     * over the text therefore prices every enabled pair at once; only texts that span parts and contain escapes
     * need a second (greedy fill) pass, because an escape pair must not straddle parts.
     *
     * Choice: fewest parts, then fewest units, then fewest national information elements, then a national
     * locking table over a national single shift table, then the lower identifiers. GSM 7-bit never needs more
     * parts than UCS-2 (2 septets per character still beat 1 unit per character per part), so AUTO only falls
     * back to UCS-2 when no enabled pair can represent the text.
     */
    private Planner() {
    }

    static Plan plan(CharSequence input, SmsOptions options) {
        Objects.requireNonNull(input, "text");
        Objects.requireNonNull(options, "options");
        if (input.length() == 0) {
            throw new SmsException(SmsError.TEXT_MISSING, "text", -1, "text is empty");
        }
        CharSequence text = options.normalizeNfc() ? Normalizer.normalize(input, Normalizer.Form.NFC) : input;
        if (!options.smartEncoding() || options.encoding() == EncodingChoice.UCS2) {
            return planText(text, options);
        }
        int languages = 1 | options.languageMask();
        SmartEncoding.Result smart = SmartEncoding.apply(text,
                (TableIndex.LOCKING_TABLES & languages) | (languages << TableIndex.SHIFT_BITS));
        if (smart == null) {
            return planText(text, options);
        }
        Plan plain = null;
        int partsBefore;
        try {
            plain = planText(text, options);
            partsBefore = plain.parts;
        } catch (SmsException e) {
            if (e.error() == SmsError.TOO_MANY_PARTS) {
                partsBefore = e.partsNeeded();
            } else if (e.error() == SmsError.UNENCODABLE) {
                partsBefore = 0; // a forced GSM encoding had no answer without the substitutions
            } else {
                throw e;
            }
        }
        Plan improved = planText(smart.text, options);
        if (improved.encoding != Encoding.GSM7 && plain != null) {
            return plain; // the look-alikes did not make it GSM 7-bit: leave the caller's text alone
        }
        List<Replacement> all = new ArrayList<>(smart.replacements);
        for (Replacement r : improved.replacements) {
            all.add(new Replacement(smart.origin[r.index()], r.original(), r.replacement()));
        }
        all.sort(java.util.Comparator.comparingInt(Replacement::index));
        return improved.withSmartEncoding(List.copyOf(all), partsBefore);
    }

    /** Completes a plan into the public analysis: the non-GSM report and the parts without those characters. */
    static Analysis analysis(Plan plan, SmsOptions options) {
        List<CharacterAt> offenders = plan.nonGsm != null ? plan.nonGsm
                : offenders(plan.text, options.languageMask(), false);
        return plan.analysis(offenders, partsWithout(plan, offenders, options));
    }

    /** Returns the parts the planned text would need without {@code offenders}, under the same options: 0 if nothing is left. */
    private static int partsWithout(Plan plan, List<CharacterAt> offenders, SmsOptions options) {
        if (offenders.isEmpty()) {
            return plan.parts;
        }
        StringBuilder rest = new StringBuilder(plan.text.length());
        int from = 0;
        for (CharacterAt c : offenders) {
            rest.append(plan.text, from, c.index());
            from = c.index() + Character.charCount(c.codePoint());
        }
        rest.append(plan.text, from, plan.text.length());
        if (rest.length() == 0) {
            return 0;
        }
        try {
            return planText(rest, options).parts;
        } catch (SmsException e) {
            return e.error() == SmsError.TOO_MANY_PARTS ? e.partsNeeded() : plan.parts;
        }
    }

    private static Plan planText(CharSequence input, SmsOptions options) {
        EncodingChoice choice = options.encoding();
        int languages = options.languageMask();
        if (choice == EncodingChoice.AUTO || choice == EncodingChoice.GSM7) {
            // default tables: optimal when no language is enabled, and also when the text needs no escape, since
            // one septet per character and no information element cannot be beaten by any national pair
            Plan fast = defaultAlphabetOnly(input, options);
            if (fast != null && (languages == 0 || fast.units == fast.characters)) {
                checkParts(fast, options);
                return fast;
            }
        }
        if (choice == EncodingChoice.GSM7_NATIONAL && languages == 0) {
            throw new SmsException(SmsError.INVALID_OPTION, "languages", -1,
                    "encoding GSM7_NATIONAL needs at least one enabled national language");
        }
        List<Replacement> replacements = new ArrayList<>();
        CharSequence text = replaceLoneSurrogates(input, options, replacements);
        if (choice == EncodingChoice.UCS2) {
            return ucs2(text, options, replacements);
        }
        // with the default tables only, the fast path above already found a character they lack
        Plan gsm = languages == 0 ? null : gsm7(text, options, languages, replacements);
        if (gsm != null) {
            return gsm;
        }
        if (choice == EncodingChoice.AUTO) {
            return ucs2(text, options, replacements);
        }
        List<CharacterAt> offenders = offenders(text, languages, choice == EncodingChoice.GSM7_NATIONAL);
        if (options.replacement().isEmpty()) {
            throw unencodable(choice, offenders);
        }
        CharSequence replaced = replace(text, offenders, options.replacement().getAsInt(), replacements);
        gsm = gsm7(replaced, options, languages, replacements);
        if (gsm == null) {
            throw unencodable(choice, offenders(replaced, languages, choice == EncodingChoice.GSM7_NATIONAL));
        }
        return gsm;
    }

    /**
     * Counts parts without allocating for default-alphabet text under default options' table set; anything else
     * goes through {@link #plan}. Returns the same number {@code plan(text, options).parts} does.
     */
    static int countParts(CharSequence text, SmsOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        EncodingChoice choice = options.encoding();
        int n = text.length();
        if (n == 0 || options.languageMask() != 0 || choice == EncodingChoice.UCS2
                || choice == EncodingChoice.GSM7_NATIONAL) {
            return plan(text, options).parts;
        }
        int septets = defaultSeptets(text);
        int parts;
        if (septets >= 0) {
            parts = (int) (gsm7Parts(text, 0, 0, septets, septets != n, options.reference16()) >>> 32);
        } else if (choice == EncodingChoice.AUTO && !options.smartEncoding() && !options.normalizeNfc()
                && loneSurrogate(text, 0) < 0) {
            int single = Splitter.capacity(Encoding.UCS2, 0);
            parts = n <= single ? 1 : (int) (Splitter.fill(text, Encoding.UCS2, 0,
                    Splitter.capacity(Encoding.UCS2, Splitter.udhOctets(0, true, options.reference16())), null)
                    >>> 32);
        } else {
            return plan(text, options).parts;
        }
        if (parts > options.maxParts()) {
            return plan(text, options).parts; // throws TOO_MANY_PARTS with the full message
        }
        return parts;
    }

    /** Returns the index of the first unpaired surrogate at or after {@code from}, or -1. */
    private static int loneSurrogate(CharSequence text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** The common case: default tables only. Returns null when the text needs more than the default alphabet. */
    private static Plan defaultAlphabetOnly(CharSequence text, SmsOptions options) {
        int septets = defaultSeptets(text);
        return septets < 0 ? null
                : gsm7Plan(text, options, 0, 0, text.length(), septets, septets != text.length(), List.of());
    }

    /** Returns the septets of {@code text} in the default tables, or -1 if a character is not in them. */
    private static int defaultSeptets(CharSequence text) {
        return SeptetCounter.defaultSeptets(text);
    }

    /**
     * Returns the part count (high 32 bits) and the last part's septets (low 32 bits) of GSM 7-bit text with
     * {@code ies} national information elements; only text with escapes needs the greedy fill.
     */
    private static long gsm7Parts(CharSequence text, int locking, int ies, int septets, boolean escapes,
            boolean reference16) {
        if (septets <= Splitter.capacity(Encoding.GSM7, Splitter.udhOctets(ies, false, false))) {
            return (1L << 32) | septets;
        }
        int capacity = Splitter.capacity(Encoding.GSM7, Splitter.udhOctets(ies, true, reference16));
        if (escapes) {
            return Splitter.fill(text, Encoding.GSM7, locking, capacity, null);
        }
        int parts = (septets + capacity - 1) / capacity;
        return ((long) parts << 32) | (septets - (parts - 1) * capacity);
    }

    private static Plan gsm7Plan(CharSequence text, SmsOptions options, int locking, int shift, int characters,
            int septets, boolean escapes, List<Replacement> replacements) {
        int ies = (locking != 0 ? 1 : 0) + (shift != 0 ? 1 : 0);
        long filled = gsm7Parts(text, locking, ies, septets, escapes, options.reference16());
        int parts = (int) (filled >>> 32);
        int udh = Splitter.udhOctets(ies, parts > 1, options.reference16());
        return new Plan(text, Encoding.GSM7, locking, shift, characters, septets, parts,
                Splitter.capacity(Encoding.GSM7, udh), (int) filled, udh, options.reference16(), List.of(),
                replacements);
    }

    /**
     * Prices every enabled table pair in one pass and returns the best plan, or null if no enabled pair (that
     * the choice allows) can represent the text. The text holds no lone surrogates.
     */
    private static Plan gsm7(CharSequence text, SmsOptions options, int languages, List<Replacement> replacements) {
        int lockingEnabled = TableIndex.LOCKING_TABLES & (1 | languages);
        int shiftEnabled = 1 | languages;
        // texts use few distinct table-membership masks (lower case, upper case, digits, ...): count characters
        // per mask first, so the per-table bookkeeping runs once per mask rather than once per character
        int[] masks = new int[64]; // open addressing by a multiplicative hash of the mask
        int[] counts = new int[64];
        int distinct = 0;
        int[] missing = new int[TableIndex.LANGUAGES];
        int[] shiftCover = new int[TableIndex.LANGUAGES];
        java.util.Arrays.fill(shiftCover, shiftEnabled);
        int characters = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int mask = 0;
            if (Character.isHighSurrogate(c)) {
                i++; // a valid pair (lone surrogates were handled); no table holds astral characters
            } else {
                mask = TableIndex.mask(c);
            }
            characters++;
            int slot = (mask * 0x9E3779B9) >>> 26;
            while (counts[slot] != 0 && masks[slot] != mask) {
                slot = (slot + 1) & 63;
            }
            if (counts[slot] == 0) {
                if (distinct == 48) { // keep the table sparse; rare texts with more masks account directly
                    account(mask, 1, lockingEnabled, missing, shiftCover);
                    continue;
                }
                masks[slot] = mask;
                distinct++;
            }
            counts[slot]++;
        }
        for (int k = 0; k < 64; k++) {
            if (counts[k] != 0) {
                account(masks[k], counts[k], lockingEnabled, missing, shiftCover);
            }
        }
        boolean national = options.encoding() == EncodingChoice.GSM7_NATIONAL;
        int bestL = -1;
        int bestS = -1;
        long bestFilled = 0;
        for (int locks = lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            int cover = shiftCover[l];
            if (cover == 0) {
                continue;
            }
            int nationalShift = cover & ~1;
            int preferred = (nationalShift & (1 << l)) != 0 && l != 0 ? l
                    : nationalShift == 0 ? -1 : Integer.numberOfTrailingZeros(nationalShift);
            for (int option = 0; option < 2; option++) {
                int s = option == 0 ? ((cover & 1) != 0 ? 0 : -1) : preferred;
                if (s < 0 || (national && l == 0 && s == 0)) {
                    continue;
                }
                int ies = (l != 0 ? 1 : 0) + (s != 0 ? 1 : 0);
                long filled = gsm7Parts(text, l, ies, characters + missing[l], missing[l] != 0,
                        options.reference16());
                if (bestL < 0 || better((int) (filled >>> 32), characters + missing[l], l, s,
                        (int) (bestFilled >>> 32), characters + missing[bestL], bestL, bestS)) {
                    bestL = l;
                    bestS = s;
                    bestFilled = filled;
                }
            }
        }
        if (bestL < 0) {
            return null;
        }
        Plan best = gsm7Plan(text, options, bestL, bestS, characters, characters + missing[bestL],
                missing[bestL] != 0, replacements);
        checkParts(best, options);
        return best;
    }

    /** Adds {@code count} characters with membership {@code mask} to the per-locking-table bookkeeping. */
    private static void account(int mask, int count, int lockingEnabled, int[] missing, int[] shiftCover) {
        for (int lacking = lockingEnabled & ~mask; lacking != 0; lacking &= lacking - 1) {
            int l = Integer.numberOfTrailingZeros(lacking);
            missing[l] += count;
            shiftCover[l] &= mask >>> TableIndex.SHIFT_BITS;
        }
    }

    /** The order of candidate pairs: fewest parts, units, national elements; national locking; lower ids. */
    private static boolean better(int parts, int units, int l, int s, int bestParts, int bestUnits, int bestL,
            int bestS) {
        if (parts != bestParts) {
            return parts < bestParts;
        }
        if (units != bestUnits) {
            return units < bestUnits;
        }
        int ies = (l != 0 ? 1 : 0) + (s != 0 ? 1 : 0);
        int bestIes = (bestL != 0 ? 1 : 0) + (bestS != 0 ? 1 : 0);
        if (ies != bestIes) {
            return ies < bestIes;
        }
        if ((l != 0) != (bestL != 0)) {
            return l != 0;
        }
        return l != bestL ? l < bestL : s < bestS;
    }

    private static Plan ucs2(CharSequence text, SmsOptions options, List<Replacement> replacements) {
        int n = text.length();
        int characters = Character.codePointCount(text, 0, n);
        int udh = 0;
        int capacity = Splitter.capacity(Encoding.UCS2, udh);
        int parts = 1;
        int last = n;
        if (n > capacity) {
            udh = Splitter.udhOctets(0, true, options.reference16());
            capacity = Splitter.capacity(Encoding.UCS2, udh);
            long filled = Splitter.fill(text, Encoding.UCS2, 0, capacity, null);
            parts = (int) (filled >>> 32);
            last = (int) filled;
        }
        Plan plan = new Plan(text, Encoding.UCS2, 0, 0, characters, n, parts, capacity, last, udh,
                options.reference16(), null, replacements);
        checkParts(plan, options);
        return plan;
    }

    private static void checkParts(Plan plan, SmsOptions options) {
        if (plan.parts > options.maxParts()) {
            throw new SmsException(SmsError.TOO_MANY_PARTS, "maxParts", -1, plan.parts,
                    String.format(Locale.ROOT, "text needs %d parts in %s (%d %s), more than maxParts %d",
                            plan.parts, plan.encoding, plan.units,
                            plan.encoding == Encoding.GSM7 ? "septets" : "UTF-16 code units", options.maxParts()));
        }
    }

    private static CharSequence replaceLoneSurrogates(CharSequence text, SmsOptions options,
            List<Replacement> replacements) {
        StringBuilder copy = null;
        for (int i = loneSurrogate(text, 0); i >= 0; i = loneSurrogate(text, i + 1)) {
            char c = text.charAt(i);
            if (!options.replaceLoneSurrogates()) {
                throw new SmsException(SmsError.LONE_SURROGATE, "text", i, String.format(Locale.ROOT,
                        "unpaired surrogate U+%04X at index %d", (int) c, i));
            }
            if (copy == null) {
                copy = new StringBuilder(text);
            }
            copy.setCharAt(i, '\uFFFD');
            replacements.add(new Replacement(i, String.valueOf(c), "\uFFFD"));
        }
        return copy == null ? text : copy.toString();
    }

    /**
     * Returns the characters that keep GSM 7-bit out of reach: those outside the enabled table pair that covers
     * the most of the text (for the default alphabet alone: those outside it and its extension table).
     */
    static List<CharacterAt> offenders(CharSequence text, int languages, boolean nationalOnly) {
        int lockingEnabled = TableIndex.LOCKING_TABLES & (1 | languages);
        int shiftEnabled = 1 | languages;
        int bestCovered = -1;
        int bestMask = 0;
        for (int locks = lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            for (int shifts = shiftEnabled; shifts != 0; shifts &= shifts - 1) {
                int s = Integer.numberOfTrailingZeros(shifts);
                if (nationalOnly && l == 0 && s == 0) {
                    continue;
                }
                int pair = (1 << l) | (1 << (TableIndex.SHIFT_BITS + s));
                int covered = 0;
                for (int i = 0, n = text.length(); i < n; i++) {
                    if ((TableIndex.mask(text.charAt(i)) & pair) != 0) {
                        covered++;
                    }
                }
                if (covered > bestCovered) {
                    bestCovered = covered;
                    bestMask = pair;
                }
            }
        }
        List<CharacterAt> offenders = new ArrayList<>();
        for (int i = 0, n = text.length(); i < n; i++) {
            int cp = Character.codePointAt(text, i);
            if (cp > 0xFFFF || (TableIndex.mask((char) cp) & bestMask) == 0) {
                offenders.add(new CharacterAt(i, cp));
            }
            i += Character.charCount(cp) - 1;
        }
        return offenders;
    }

    /**
     * Replaces the offenders. {@code replacements} holds only the lone surrogates already turned into U+FFFD, in
     * text order; the two lists are merged so the result stays in text order, and a U+FFFD that is itself replaced
     * is reported once, as the caller's lone surrogate becoming the replacement.
     */
    private static CharSequence replace(CharSequence text, List<CharacterAt> offenders, int replacement,
            List<Replacement> replacements) {
        StringBuilder out = new StringBuilder(text.length());
        String with = Character.toString(replacement);
        List<Replacement> lone = new ArrayList<>(replacements);
        replacements.clear();
        int k = 0;
        int from = 0;
        for (CharacterAt offender : offenders) {
            out.append(text, from, offender.index()).append(with);
            from = offender.index() + Character.charCount(offender.codePoint());
            while (k < lone.size() && lone.get(k).index() < offender.index()) {
                replacements.add(lone.get(k++));
            }
            String original = offender.text();
            if (k < lone.size() && lone.get(k).index() == offender.index()) {
                original = lone.get(k++).original();
            }
            replacements.add(new Replacement(offender.index(), original, with));
        }
        replacements.addAll(lone.subList(k, lone.size()));
        return out.append(text, from, text.length()).toString();
    }

    private static SmsException unencodable(EncodingChoice choice, List<CharacterAt> offenders) {
        StringBuilder message = new StringBuilder("text cannot be encoded as ").append(choice)
                .append(" with the enabled tables: ");
        for (int i = 0; i < offenders.size(); i++) {
            CharacterAt offender = offenders.get(i);
            message.append(i == 0 ? "" : ", ").append(offender.unicode()).append(" at index ")
                    .append(offender.index());
        }
        int index = offenders.isEmpty() ? -1 : offenders.get(0).index();
        return new SmsException(SmsError.UNENCODABLE, "text", index, 0, offenders, message.toString());
    }
}
