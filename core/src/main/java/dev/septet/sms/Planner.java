/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
     * (or keep grapheme clusters whole) need a second, greedy fill pass, because such a unit must not straddle
     * parts.
     *
     * Choice, as handsets rank the candidates (Android's GsmAlphabet): fewest parts; then the most units free in
     * the last part, which prices the header, so a national information element must earn its 3 octets; then
     * the fewest national information elements; then the default tables before national ones (locking table
     * first, then single shift table), and languages in NationalLanguage declaration order. For a fixed L the
     * septets and fill are the same for every feasible S except through the element count and whether the pair
     * keeps clusters whole, so per L only three S need pricing: the default one, and the first feasible national
     * table of each kind. GSM 7-bit never needs more parts than UCS-2 (a part holds more than twice as many septets
     * as UCS-2 units, and a character costs at most 2 septets), so AUTO falls back to UCS-2 only when no enabled
     * pair can represent the text.
     *
     * Failures are values (Plan.failed): nothing here throws for bad text, and a failure's message is formatted
     * only if a public entry point throws it. Counts run in long arithmetic, so a text of a billion escaped
     * characters still gets its exact part count; a count beyond int saturates.
     *
     * Steps whose cost grows with the number of changed characters (smart encoding, replacing lone surrogates or
     * unencodable characters, listing offenders) start only once the text could fit maxParts at one unit per
     * character; a text that cannot is rejected at once with that lower bound.
     */
    private Planner() {}

    /** Plans a text: the plan, or a failure value saying why the text cannot be sent with these options. */
    static Plan plan(CharSequence input, SmsOptions options) {
        Objects.requireNonNull(input, "text");
        Objects.requireNonNull(options, "options");
        if (input.length() == 0) {
            return Plan.failed(Plan.Failure.of(SmsError.TEXT_MISSING, "text", -1, "text is empty"));
        }
        if (options.encoding() == EncodingChoice.GSM7_NATIONAL && languageMask(options) == 0) {
            return Plan.failed(Plan.Failure.of(
                    SmsError.INVALID_OPTION,
                    "languages",
                    -1,
                    "encoding GSM7_NATIONAL needs at least one enabled national language"));
        }
        CharSequence text = options.normalizeNfc() ? Normalizer.normalize(input, Normalizer.Form.NFC) : input;
        if (!options.smartEncoding() || options.encoding() == EncodingChoice.UCS2) {
            return planText(text, options);
        }
        int languages = 1 | languageMask(options);
        int cover = (TableIndex.LOCKING_TABLES & languages) | (languages << TableIndex.SHIFT_BITS);
        SmartEncoding.Result smart;
        Plan improved;
        if (SmartEncoding.changes(text, cover)) {
            int lone = options.replaceLoneSurrogates() ? -1 : loneSurrogate(text, 0);
            if (lone >= 0) {
                return loneSurrogateFailure(text, lone); // the same answer as without smart encoding
            }
            int kept = SmartEncoding.keptCodePoints(text, cover);
            if (kept == 0) {
                return Plan.failed(Plan.Failure.of(
                        SmsError.TEXT_MISSING,
                        "text",
                        -1,
                        "text is empty once smart encoding removes its invisible characters"));
            }
            Plan.Failure tooLong = tooLongToPlan(kept, options);
            if (tooLong != null) {
                return Plan.failed(tooLong);
            }
            smart = SmartEncoding.apply(text, cover);
            improved = planText(smart.text, options);
        } else {
            Plan plain = planText(text, options);
            if (languages == 1 || gsm7(plain) || tooLongToPlan(text.length(), options) != null) {
                return plain; // every character is in some table: only a pair that lacks one could replace it
            }
            smart = null;
            improved = plain;
        }
        if (!gsm7(improved)) {
            // a character some enabled table holds was kept, but no pair holds it with the rest (U+00E8 and the grave
            // accent with
            // Portuguese): choose the pair first, and replace what that pair lacks
            SmartPair pair = smartPair(text, options, languages, cover);
            if (pair == null) {
                // the look-alikes do not make it GSM 7-bit: leave the text alone
                return smart == null ? improved : planText(text, options);
            }
            smart = pair.smart;
            improved = gsm7Plan(
                    smart.text, options, pair.locking, pair.shift, smart.text.length(), pair.septets, List.of());
        }
        if (!improved.ok()) {
            return improved; // GSM 7-bit, but more parts than allowed
        }
        Plan plain = planText(text, options); // only for the what-if count, which can differ
        int partsBefore;
        if (plain.ok()) {
            partsBefore = plain.parts;
        } else if (plain.failure.error == SmsError.TOO_MANY_PARTS) {
            partsBefore = plain.failure.partsNeeded;
        } else {
            partsBefore = 0; // a forced GSM encoding had no answer without the substitutions
        }
        List<Replacement> all = new ArrayList<>(smart.replacements);
        for (Replacement r : improved.replacements) {
            all.add(new Replacement(smart.origin[r.index()], r.original(), r.replacement()));
        }
        all.sort(java.util.Comparator.comparingInt(Replacement::index));
        return improved.withSmartEncoding(List.copyOf(all), partsBefore);
    }

    /** Tells whether a plan, or its failure, is in GSM 7-bit. */
    private static boolean gsm7(Plan plan) {
        return (plan.ok() ? plan.encoding : plan.failure.encoding) == Encoding.GSM7;
    }

    /** A table pair and the text smart encoding makes for it. */
    private static final class SmartPair {
        final int locking;
        final int shift;
        final long septets;
        final SmartEncoding.Result smart;

        SmartPair(int locking, int shift, long septets, SmartEncoding.Result smart) {
            this.locking = locking;
            this.shift = shift;
            this.septets = septets;
            this.smart = smart;
        }
    }

    /**
     * Applies smart encoding once per enabled pair, replacing only what that pair lacks, and returns the best pair
     * (by the usual ranking) that then holds the whole text, or null if none does. For text no pair holds as it is,
     * where smart encoding against the union of the enabled tables ({@code cover}) kept a character that no pair
     * holds together with the rest; {@code languages} includes the default tables' bit.
     */
    private static SmartPair smartPair(CharSequence text, SmsOptions options, int languages, int cover) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((TableIndex.mask(c) & cover) == 0 && SmartEncoding.lookAlike(c) == null) {
                return null; // no table holds it and it has no look-alike (a surrogate included): no pair will do
            }
        }
        boolean national = options.encoding() == EncodingChoice.GSM7_NATIONAL;
        SmartPair best = null;
        long bestFilled = 0;
        for (int locks = TableIndex.LOCKING_TABLES & languages; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            for (int shifts = languages; shifts != 0; shifts &= shifts - 1) {
                int s = Integer.numberOfTrailingZeros(shifts);
                if (national && l == 0 && s == 0) {
                    continue;
                }
                int lockingBit = 1 << l;
                int shiftBit = 1 << (TableIndex.SHIFT_BITS + s);
                SmartEncoding.Result smart = SmartEncoding.apply(text, lockingBit | shiftBit);
                if (smart == null) {
                    continue; // nothing to replace for this pair, so it lacks a character as the plan found
                }
                long septets = 0;
                String replaced = smart.text;
                for (int i = 0, n = replaced.length(); i < n && septets >= 0; i++) {
                    int mask = TableIndex.mask(replaced.charAt(i)); // 0 for a surrogate: no table holds one
                    septets = (mask & lockingBit) != 0 ? septets + 1 : (mask & shiftBit) != 0 ? septets + 2 : -1;
                }
                if (septets <= 0) {
                    continue; // this pair cannot carry the text, or nothing is left of it
                }
                long filled = pairFill(replaced, l, s, septets, septets != replaced.length(), options.reference16());
                if (best == null || better(filled, l, s, bestFilled, best.locking, best.shift, options.reference16())) {
                    best = new SmartPair(l, s, septets, smart);
                    bestFilled = filled;
                }
            }
        }
        return best;
    }

    /** Completes a usable plan into the public analysis: the non-GSM report and the parts without those characters. */
    static Analysis analysis(Plan plan, SmsOptions options) {
        if (plan.nonGsm != null) {
            return plan.analysis(plan.nonGsm, partsWithout(plan, plan.nonGsm, options));
        }
        if (plan.encoding == Encoding.GSM7) {
            // the chosen pair holds every character: nothing forced UCS-2, and nothing to count again
            return plan.analysis(List.of(), plan.parts);
        }
        Offenders offenders = offenders(plan.text, languageMask(options), false, Integer.MAX_VALUE);
        int parts = offenders.fitsOnePart(options) ? 1 : partsWithout(plan, offenders.listed, options);
        return plan.analysis(offenders.listed, parts);
    }

    /** Characters {@link #analyzeDefaultTables} reads one by one before it asks the bulk counter about the rest. */
    private static final int DEFAULT_PROBE = 16;

    /**
     * Analyses a text without a plan when the options leave the default tables alone to choose from (AUTO, no
     * national language, no smart encoding, no NFC): the same record {@code analysis(plan(text, options), options)}
     * gives, or null when the plan must decide (other options, lone surrogates, more parts than allowed, UCS-2
     * text that is not a String or is longer than {@link Latin1Buffer#CHUNK}, and the rare UCS-2 text whose GSM
     * characters alone would need more than one part). For UCS-2 text one pass over a per-thread copy finds the
     * offenders, the code points and the septets of the rest, where the plan takes three passes and a list.
     */
    static Analysis analyzeDefaultTables(CharSequence text, SmsOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        int n = text.length();
        if (n == 0
                || options.encoding() != EncodingChoice.AUTO
                || !options.languages().isEmpty()
                || options.smartEncoding()
                || options.normalizeNfc()) {
            return null;
        }
        if (n > Latin1Buffer.CHUNK || !(text instanceof String)) {
            long septets = defaultSeptets(text);
            return septets >= 0 ? defaultAnalysis(text, options, septets) : null;
        }
        if (!offenderWithin(text, Math.min(n, DEFAULT_PROBE))) {
            // likely GSM text, which the bulk counter prices faster than the loop below
            long septets = defaultSeptets(text);
            if (septets >= 0) {
                return defaultAnalysis(text, options, septets);
            }
        }
        // a counted loop over a copy: no bounds or encoding checks per character
        char[] chars = Latin1Buffer.get().chars((String) text, n);
        int[] offenders = new int[Math.min(n, 8)]; // their indexes: the list makes the records when they are read
        int count = 0;
        int pairs = 0;
        long restSeptets = 0;
        for (int i = 0; i < n; i++) {
            long run = defaultRun(chars, i, n);
            restSeptets += (int) run;
            i = (int) (run >>> 32);
            if (i == n) {
                break;
            }
            int at = i;
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(chars[++i])) {
                    return null; // a lone surrogate: the plan fails or replaces it
                }
                pairs++;
            } else if (Character.isLowSurrogate(c)) {
                return null; // a low surrogate that no high one precedes
            }
            if (count == offenders.length) {
                offenders = java.util.Arrays.copyOf(offenders, 2 * count);
            }
            offenders[count++] = at;
        }
        if (count == 0) {
            // not reached: the probe or the bulk counter saw a character outside the default tables, and the loop
            // lists every such character; should that ever change, the default tables' answer is the right one
            return defaultAnalysis(text, options, restSeptets);
        }
        long filled = ucs2Fill(text, options.reference16());
        int parts = (int) (filled >>> 32);
        int udh = parts > 1 ? UserDataHeader.octets(0, true, options.reference16()) : 0;
        int capacity = Splitter.capacity(Encoding.UCS2, udh);
        int partsWithoutNonGsm;
        if (restSeptets == 0) {
            partsWithoutNonGsm = 0; // every character is an offender: nothing is left
        } else if (restSeptets <= Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(0, false, false))) {
            partsWithoutNonGsm = 1;
        } else {
            return null; // the rest needs a plan of its own
        }
        if (parts > options.maxParts()) {
            return null;
        }
        List<CharacterAt> nonGsm = new CharactersAt((String) text, offenders, count);
        return new Analysis(
                Encoding.UCS2,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                n - pairs,
                n,
                parts,
                capacity,
                capacity - (int) filled,
                udh,
                nonGsm,
                List.of(),
                parts,
                partsWithoutNonGsm);
    }

    /** Tells whether one of {@code text[0, n)} is outside the default tables (or a surrogate). */
    private static boolean offenderWithin(CharSequence text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((char) (c - ' ') > 'Z' - ' '
                    && (char) (c - 'a') > 'z' - 'a'
                    && (TableIndex.mask(c) & (TableIndex.DEFAULT_LOCKING | TableIndex.DEFAULT_SHIFT)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns, for {@code chars[from, n)}, the index of the first character outside the default tables (a surrogate
     * included; {@code n} if none) in the high 32 bits and the septets of the characters before it in the low 32.
     * A loop of its own, so that its counters stay in registers whatever its caller keeps alive.
     */
    private static long defaultRun(char[] chars, int from, int n) {
        int septets = 0;
        int i = from;
        for (; i < n; i++) {
            char c = chars[i];
            if ((char) (c - ' ') <= 'Z' - ' ' || (char) (c - 'a') <= 'z' - 'a') {
                septets++; // most text: one septet, no table lookup
                continue;
            }
            int mask = TableIndex.mask(c); // 0 for a surrogate
            if ((mask & (TableIndex.DEFAULT_LOCKING | TableIndex.DEFAULT_SHIFT)) == 0) {
                break;
            }
            septets += 2 - (mask & TableIndex.DEFAULT_LOCKING); // 1 in the locking table, else escaped
        }
        return (long) i << 32 | septets;
    }

    /** The analysis of text the default tables hold, {@code septets} long, or null if it needs too many parts. */
    private static Analysis defaultAnalysis(CharSequence text, SmsOptions options, long septets) {
        Plan plan = gsm7Plan(text, options, 0, 0, text.length(), septets, List.of());
        return plan.ok() ? plan.analysis(List.of(), plan.parts) : null;
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
        Plan without = planText(rest, options);
        if (without.ok()) {
            return without.parts;
        }
        return without.failure.error == SmsError.TOO_MANY_PARTS ? without.failure.partsNeeded : plan.parts;
    }

    /** Plans a text after NFC and smart encoding: the options are valid and the text is not empty. */
    private static Plan planText(CharSequence input, SmsOptions options) {
        EncodingChoice choice = options.encoding();
        int languages = languageMask(options);
        if (choice == EncodingChoice.AUTO || choice == EncodingChoice.GSM7) {
            // default tables: optimal when no language is enabled, and also when the text needs no escape, since
            // one septet per character and no information element cannot be beaten by any national pair
            long septets = defaultSeptets(input);
            if (septets >= 0 && (languages == 0 || septets == input.length())) {
                return gsm7Plan(input, options, 0, 0, input.length(), septets, List.of());
            }
        }
        List<Replacement> replacements = List.of(); // a mutable list once something is replaced
        CharSequence text = input;
        long scan = scanSurrogates(input, 0);
        int lone = (int) (scan >> 32);
        int characters = input.length() - (int) scan; // code points, until a replacement changes the text
        if (lone >= 0) {
            if (!options.replaceLoneSurrogates()) {
                return loneSurrogateFailure(input, lone);
            }
            Plan.Failure tooLong = tooLongToPlan(Character.codePointCount(input, 0, input.length()), options);
            if (tooLong != null) {
                return Plan.failed(tooLong);
            }
            replacements = new ArrayList<>();
            text = replaceLoneSurrogates(input, lone, replacements);
            characters = Character.codePointCount(text, 0, text.length());
        }
        if (choice == EncodingChoice.UCS2) {
            return ucs2(text, characters, options, replacements);
        }
        // with the default tables only, the fast path above already found a character they lack
        Plan gsm = languages == 0 ? null : gsm7(text, options, languages, replacements);
        if (gsm != null) {
            return gsm;
        }
        if (choice == EncodingChoice.AUTO) {
            return ucs2(text, characters, options, replacements);
        }
        Plan.Failure tooLong = tooLongToPlan(Character.codePointCount(text, 0, text.length()), options);
        if (tooLong != null) {
            return Plan.failed(tooLong);
        }
        boolean national = choice == EncodingChoice.GSM7_NATIONAL;
        if (options.replacement().isEmpty()) {
            return Plan.failed(
                    unencodable(choice, offenders(text, languages, national, Plan.Failure.LISTED_CHARACTERS)));
        }
        int replacement = options.replacement().getAsInt();
        List<Replacement> replacedSurrogates = replacements;
        replacements = new ArrayList<>();
        CharSequence replaced = replace(
                text,
                offenders(text, languages, national, Integer.MAX_VALUE, replacement).listed,
                replacement,
                replacedSurrogates,
                replacements);
        gsm = gsm7(replaced, options, languages, replacements);
        if (gsm == null) {
            return Plan.failed(
                    unencodable(choice, offenders(replaced, languages, national, Plan.Failure.LISTED_CHARACTERS)));
        }
        return gsm;
    }

    /**
     * Returns a failure if {@code codePoints} characters cannot fit {@code maxParts} even at one unit each (the
     * densest any encoding gets), else null: the guard in front of every step whose memory grows with the text.
     */
    private static Plan.Failure tooLongToPlan(int codePoints, SmsOptions options) {
        int single = Splitter.capacity(Encoding.GSM7, 0);
        if (codePoints <= single) {
            return null;
        }
        int perPart = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(0, true, options.reference16()));
        long least = ((long) codePoints + perPart - 1) / perPart;
        if (least <= options.maxParts()) {
            return null;
        }
        return Plan.Failure.tooManyParts(
                saturate(least),
                true,
                null,
                "text needs at least %d parts (%d characters, at most %d per part), more than maxParts %d",
                least,
                codePoints,
                perPart,
                options.maxParts());
    }

    private static int saturate(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /**
     * Counts parts without allocating for default-alphabet text under default options' table set; anything else
     * goes through {@link #plan}. Returns the same number {@code plan(text, options).parts} does.
     *
     * @throws SmsException as the public entry points do: this is {@link Sms#countParts}'s body
     */
    static int countParts(CharSequence text, SmsOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        EncodingChoice choice = options.encoding();
        int n = text.length();
        if (n == 0
                || languageMask(options) != 0
                || choice == EncodingChoice.UCS2
                || choice == EncodingChoice.GSM7_NATIONAL) {
            return plan(text, options).orThrow().parts;
        }
        long septets = defaultSeptets(text);
        int parts;
        if (septets >= 0) {
            parts = (int) (gsm7Parts(text, 0, false, 0, septets, septets != n, options.reference16()) >>> 32);
            if (parts > options.maxParts()) {
                throw tooManyParts(parts, Encoding.GSM7, septets, options).exception();
            }
        } else if (choice == EncodingChoice.AUTO
                && !options.smartEncoding()
                && !options.normalizeNfc()
                && loneSurrogate(text, 0) < 0) {
            parts = ucs2Parts(text, options.reference16());
            if (parts > options.maxParts()) {
                throw tooManyParts(parts, Encoding.UCS2, n, options).exception();
            }
        } else {
            return plan(text, options).orThrow().parts;
        }
        return parts;
    }

    private static Plan loneSurrogateFailure(CharSequence text, int lone) {
        return Plan.failed(Plan.Failure.of(
                SmsError.LONE_SURROGATE,
                "text",
                lone,
                "unpaired surrogate U+%04X at index %d",
                (int) text.charAt(lone),
                lone));
    }

    /** Returns the UCS-2 parts of {@code text}, which holds no lone surrogate, with no national element. */
    static int ucs2Parts(CharSequence text, boolean reference16) {
        return (int) (ucs2Fill(text, reference16) >>> 32);
    }

    /**
     * Returns the UCS-2 part count (high 32 bits) and the last part's units (low 32 bits) of {@code text}, which
     * holds no lone surrogate, with no national element.
     */
    private static long ucs2Fill(CharSequence text, boolean reference16) {
        int n = text.length();
        if (n <= Splitter.capacity(Encoding.UCS2, 0)) {
            return (1L << 32) | n;
        }
        int capacity = Splitter.capacity(Encoding.UCS2, UserDataHeader.octets(0, true, reference16));
        return Splitter.fill(text, Encoding.UCS2, 0, true, capacity, null);
    }

    /**
     * Returns the index of the first unpaired surrogate at or after {@code from} (high 32 bits; -1 if there is none)
     * and the number of valid surrogate pairs before it (low 32 bits), in one pass.
     */
    static long scanSurrogates(CharSequence text, int from) {
        int pairs = 0;
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return ((long) i << 32) | pairs;
                }
                pairs++;
                i++;
            }
        }
        return (-1L << 32) | pairs;
    }

    /** Returns the index of the first unpaired surrogate at or after {@code from}, or -1 if there is none. */
    static int loneSurrogate(CharSequence text, int from) {
        return (int) (scanSurrogates(text, from) >> 32);
    }

    /** Returns the septets of {@code text} in the default tables, or -1 if a character is not in them. */
    private static long defaultSeptets(CharSequence text) {
        return SeptetCounter.defaultSeptets(text);
    }

    /**
     * Returns the part count (high 32 bits) and the last part's septets (low 32 bits) of GSM 7-bit text with
     * {@code ies} national information elements; only text with escapes, or whose clusters stay whole, needs the
     * greedy fill.
     */
    static long gsm7Parts(
            CharSequence text,
            int locking,
            boolean clusters,
            int ies,
            long septets,
            boolean escapes,
            boolean reference16) {
        if (septets <= Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, false, false))) {
            return (1L << 32) | septets;
        }
        int capacity = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, true, reference16));
        if (escapes || clusters) {
            return Splitter.fill(text, Encoding.GSM7, locking, clusters, capacity, null);
        }
        long parts = (septets + capacity - 1) / capacity;
        return (parts << 32) | (septets - (parts - 1) * capacity);
    }

    /** Builds the plan for a chosen pair, or the failure when it needs more than maxParts parts. */
    static Plan gsm7Plan(
            CharSequence text,
            SmsOptions options,
            int locking,
            int shift,
            int characters,
            long septets,
            List<Replacement> replacements) {
        int ies = (locking != 0 ? 1 : 0) + (shift != 0 ? 1 : 0);
        boolean clusters = Splitter.keepsClusters(Encoding.GSM7, locking, shift);
        long filled = gsm7Parts(text, locking, clusters, ies, septets, septets != characters, options.reference16());
        int parts = (int) (filled >>> 32);
        if (parts > options.maxParts()) {
            return Plan.failed(tooManyParts(parts, Encoding.GSM7, septets, options));
        }
        int udh = UserDataHeader.octets(ies, parts > 1, options.reference16());
        return new Plan(
                text,
                Encoding.GSM7,
                locking,
                shift,
                characters,
                (int) septets,
                parts,
                Splitter.capacity(Encoding.GSM7, udh),
                (int) filled,
                udh,
                options.reference16(),
                List.of(),
                replacements);
    }

    /**
     * Prices every enabled table pair and returns the best plan (or its TOO_MANY_PARTS failure), or null if no
     * enabled pair (that the choice allows) can represent the text. The text holds no lone surrogates.
     */
    private static Plan gsm7(CharSequence text, SmsOptions options, int languages, List<Replacement> replacements) {
        long pair = choosePair(text, options, languages);
        if (pair < 0) {
            return null;
        }
        return gsm7Plan(
                text, options, pairLocking(pair), pairShift(pair), text.length(), pairSeptets(pair), replacements);
    }

    /**
     * Prices every enabled table pair ({@code languages} is the options' language mask) and returns the best one
     * as {@code septets << 10 | locking << 5 | shift} (read with {@link #pairSeptets}, {@link #pairLocking} and
     * {@link #pairShift}), or -1 if no enabled pair (that the choice allows) can represent the text. A text with a
     * pair holds no surrogate (no table holds one), so its characters are its UTF-16 length.
     */
    static long choosePair(CharSequence text, SmsOptions options, int languages) {
        int lockingEnabled = TableIndex.LOCKING_TABLES & (1 | languages);
        int shiftEnabled = 1 | languages;
        int coverAt = TableIndex.LANGUAGES;
        // per-thread counters, filled in bulk; a text with astral characters is counted per code point instead
        Latin1Buffer buffer = Latin1Buffer.get();
        int[] counts = buffer.scratch;
        int characters = text.length();
        if (!NationalCounts.count(text, lockingEnabled, shiftEnabled, buffer)) {
            counts = new int[2 * TableIndex.LANGUAGES];
            characters = countByMask(text, lockingEnabled, shiftEnabled, counts);
        }
        boolean national = options.encoding() == EncodingChoice.GSM7_NATIONAL;
        int bestL = -1;
        int bestS = -1;
        long bestFilled = 0;
        for (int locks = lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            int cover = counts[coverAt + l];
            // the candidates for this locking table: default single shift, then the first national table that
            // keeps the fill plain and the first that keeps clusters whole (the rest tie with these and lose)
            int plainShift = cover & ((1 << Splitter.FIRST_CLUSTER_TABLE) - 2);
            int clusterShift = cover & -(1 << Splitter.FIRST_CLUSTER_TABLE);
            long septets = (long) characters + counts[l];
            for (int k = 0; k < 3; k++) {
                int kind = k == 0 ? cover & 1 : k == 1 ? plainShift : clusterShift;
                int s = Integer.numberOfTrailingZeros(kind);
                if (kind == 0 || (national && l == 0 && s == 0)) {
                    continue;
                }
                long filled = pairFill(text, l, s, septets, counts[l] != 0, options.reference16());
                if (bestL < 0 || better(filled, l, s, bestFilled, bestL, bestS, options.reference16())) {
                    bestL = l;
                    bestS = s;
                    bestFilled = filled;
                }
            }
        }
        return bestL < 0 ? -1 : (((long) characters + counts[bestL]) << 10) | (bestL << 5) | bestS;
    }

    /** The septets of a {@link #choosePair} result. */
    static long pairSeptets(long pair) {
        return pair >>> 10;
    }

    /** The locking table's National Language Identifier of a {@link #choosePair} result. */
    static int pairLocking(long pair) {
        return (int) (pair >>> 5) & 31;
    }

    /** The single shift table's National Language Identifier of a {@link #choosePair} result. */
    static int pairShift(long pair) {
        return (int) pair & 31;
    }

    /**
     * Returns the options' national language mask without iterating the set each time (its iterator is an
     * allocation the JIT cannot always remove): remembered per thread and language set.
     */
    static int languageMask(SmsOptions options) {
        return options.languages().isEmpty() ? 0 : Latin1Buffer.get().languageMask(options);
    }

    /**
     * Fills {@code counts} as {@link NationalCounts#count} does for a text with surrogate pairs, and returns its
     * code points. Texts use few distinct table-membership masks (lower case, upper case, digits, ...), so the
     * characters are counted per mask first and the per-table bookkeeping runs once per mask.
     */
    private static int countByMask(CharSequence text, int lockingEnabled, int shiftEnabled, int[] counts) {
        java.util.Arrays.fill(counts, TableIndex.LANGUAGES, 2 * TableIndex.LANGUAGES, shiftEnabled);
        int[] masks = new int[64]; // open addressing by a multiplicative hash of the mask
        int[] perMask = new int[64];
        int distinct = 0;
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
            while (perMask[slot] != 0 && masks[slot] != mask) {
                slot = (slot + 1) & 63;
            }
            if (perMask[slot] == 0) {
                if (distinct == 48) { // keep the table sparse; rare texts with more masks account directly
                    NationalCounts.account(mask, 1, lockingEnabled, counts);
                    continue;
                }
                masks[slot] = mask;
                distinct++;
            }
            perMask[slot]++;
        }
        for (int k = 0; k < 64; k++) {
            if (perMask[k] != 0) {
                NationalCounts.account(masks[k], perMask[k], lockingEnabled, counts);
            }
        }
        return characters;
    }

    /** The national information elements of the pair (locking {@code l}, single shift {@code s}): 0 to 2. */
    private static int ies(int l, int s) {
        return (l != 0 ? 1 : 0) + (s != 0 ? 1 : 0);
    }

    /**
     * The {@link #gsm7Parts} fill of a text of {@code septets} on the pair (locking {@code l}, single shift
     * {@code s}), with that pair's information elements and cluster rule.
     */
    private static long pairFill(CharSequence text, int l, int s, long septets, boolean escapes, boolean reference16) {
        return gsm7Parts(
                text, l, Splitter.keepsClusters(Encoding.GSM7, l, s), ies(l, s), septets, escapes, reference16);
    }

    /** Returns the septets free in the last part of a fill result with {@code ies} national elements. */
    private static int free(long filled, int ies, boolean reference16) {
        int parts = (int) (filled >>> 32);
        return Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, parts > 1, reference16)) - (int) filled;
    }

    /**
     * The ranking of candidate pairs: fewest parts, most septets free in the last part, fewest national elements,
     * then default tables first (locking, then single shift) and languages in declaration order.
     */
    private static boolean better(
            long filled, int l, int s, long bestFilled, int bestL, int bestS, boolean reference16) {
        int parts = (int) (filled >>> 32);
        int bestParts = (int) (bestFilled >>> 32);
        if (parts != bestParts) {
            return parts < bestParts;
        }
        int ies = ies(l, s);
        int bestIes = ies(bestL, bestS);
        int free = free(filled, ies, reference16);
        int bestFree = free(bestFilled, bestIes, reference16);
        if (free != bestFree) {
            return free > bestFree;
        }
        if (ies != bestIes) {
            return ies < bestIes;
        }
        return l != bestL ? order(l) < order(bestL) : order(s) < order(bestS);
    }

    /** The tie-break position of a table: the default one first, then languages in declaration order. */
    private static int order(int nli) {
        return nli == 0 ? -1 : NationalLanguage.ofIdentifier(nli).orElseThrow().ordinal();
    }

    private static Plan ucs2(CharSequence text, int characters, SmsOptions options, List<Replacement> replacements) {
        int n = text.length();
        long filled = ucs2Fill(text, options.reference16());
        int parts = (int) (filled >>> 32);
        int udh = parts > 1 ? UserDataHeader.octets(0, true, options.reference16()) : 0;
        int capacity = Splitter.capacity(Encoding.UCS2, udh);
        int last = (int) filled;
        if (parts > options.maxParts()) {
            return Plan.failed(tooManyParts(parts, Encoding.UCS2, n, options));
        }
        return new Plan(
                text,
                Encoding.UCS2,
                0,
                0,
                characters,
                n,
                parts,
                capacity,
                last,
                udh,
                options.reference16(),
                null,
                replacements);
    }

    private static Plan.Failure tooManyParts(int parts, Encoding encoding, long units, SmsOptions options) {
        return Plan.Failure.tooManyParts(
                parts,
                false,
                encoding,
                "text needs %d parts in %s (%d %s), more than maxParts %d",
                parts,
                encoding,
                units,
                encoding == Encoding.GSM7 ? "septets" : "UTF-16 code units",
                options.maxParts());
    }

    /** Returns a copy of {@code text} with every unpaired surrogate, the first at {@code first}, as U+FFFD. */
    private static CharSequence replaceLoneSurrogates(CharSequence text, int first, List<Replacement> replacements) {
        StringBuilder copy = new StringBuilder(text);
        for (int i = first; i >= 0; i = loneSurrogate(text, i + 1)) {
            replacements.add(new Replacement(i, String.valueOf(text.charAt(i)), "\uFFFD"));
            copy.setCharAt(i, '\uFFFD');
        }
        return copy.toString();
    }

    /** The characters that keep GSM 7-bit out of reach: the first {@code listed} of them, and how many in all. */
    static final class Offenders {
        final List<CharacterAt> listed;
        final int count;
        /** The table pair that covers the most of the text: the others are the offenders. */
        final int locking;

        final int shift;
        /** The septets of the text without the offenders, in that pair. */
        final long restSeptets;

        Offenders(List<CharacterAt> listed, int count, int locking, int shift, long restSeptets) {
            this.listed = listed;
            this.count = count;
            this.locking = locking;
            this.shift = shift;
            this.restSeptets = restSeptets;
        }

        /**
         * Tells whether the text without the offenders fits one GSM 7-bit part in the covering pair, so that
         * planning it would answer 1 (no plan needs fewer parts) when the options allow that pair.
         */
        boolean fitsOnePart(SmsOptions options) {
            EncodingChoice choice = options.encoding();
            boolean allowed = choice == EncodingChoice.AUTO
                    || choice == EncodingChoice.GSM7
                    || (choice == EncodingChoice.GSM7_NATIONAL && (locking != 0 || shift != 0));
            int ies = (locking != 0 ? 1 : 0) + (shift != 0 ? 1 : 0);
            return allowed
                    && restSeptets > 0
                    && restSeptets <= Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, false, false));
        }
    }

    /**
     * Returns the characters that keep GSM 7-bit out of reach: those outside the enabled table pair that covers
     * the most of the text (for the default alphabet alone: those outside it and its extension table), listing at
     * most {@code limit} of them.
     */
    static Offenders offenders(CharSequence text, int languages, boolean nationalOnly, int limit) {
        return offenders(text, languages, nationalOnly, limit, -1);
    }

    /**
     * Returns the offenders as {@link #offenders(CharSequence, int, boolean, int)} does, drawing the covering pair
     * only from the pairs that hold {@code replacement} (a char), or from all when it is -1: the offenders are to
     * be replaced by it, and a pair without it could not encode the text that results.
     */
    static Offenders offenders(CharSequence text, int languages, boolean nationalOnly, int limit, int replacement) {
        int lockingEnabled = TableIndex.LOCKING_TABLES & (1 | languages);
        int shiftEnabled = 1 | languages;
        int bestCovered = -1;
        int bestL = 0;
        int bestS = 0;
        // with the default tables alone there is one pair, and nothing to compare
        boolean onlyDefault = lockingEnabled == 1 && shiftEnabled == 1 && !nationalOnly;
        for (int locks = onlyDefault ? 0 : lockingEnabled; locks != 0; locks &= locks - 1) {
            int l = Integer.numberOfTrailingZeros(locks);
            for (int shifts = shiftEnabled; shifts != 0; shifts &= shifts - 1) {
                int s = Integer.numberOfTrailingZeros(shifts);
                if (nationalOnly && l == 0 && s == 0) {
                    continue;
                }
                int pair = (1 << l) | (1 << (TableIndex.SHIFT_BITS + s));
                if (replacement >= 0 && (TableIndex.mask((char) replacement) & pair) == 0) {
                    continue;
                }
                int covered = 0;
                for (int i = 0, n = text.length(); i < n; i++) {
                    if ((TableIndex.mask(text.charAt(i)) & pair) != 0) {
                        covered++;
                    }
                }
                if (covered > bestCovered) {
                    bestCovered = covered;
                    bestL = l;
                    bestS = s;
                }
            }
        }
        int bestMask = onlyDefault || bestCovered >= 0 ? (1 << bestL) | (1 << (TableIndex.SHIFT_BITS + bestS)) : 0;
        List<CharacterAt> offenders = new ArrayList<>();
        int count = 0;
        long restSeptets = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int mask = TableIndex.mask(c); // 0 for a surrogate: no table holds astral characters
            if ((mask & bestMask) != 0) {
                restSeptets += 2 - ((mask >>> bestL) & 1); // 1 in the locking table, else 2 with the escape
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            if (count++ < limit) {
                offenders.add(new CharacterAt(cp > 0xFFFF ? i - 1 : i, cp));
            }
        }
        return new Offenders(offenders, count, bestL, bestS, restSeptets);
    }

    /**
     * Replaces the offenders, adding to the empty {@code replacements} what {@code lone} (the lone surrogates already
     * turned into U+FFFD, in text order) and the offenders report, merged so the result stays in text order; a
     * U+FFFD that is itself replaced is reported once, as the caller's lone surrogate becoming the replacement.
     */
    private static CharSequence replace(
            CharSequence text,
            List<CharacterAt> offenders,
            int replacement,
            List<Replacement> lone,
            List<Replacement> replacements) {
        StringBuilder out = new StringBuilder(text.length());
        String with = Character.toString(replacement);
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

    private static Plan.Failure unencodable(EncodingChoice choice, Offenders offenders) {
        return Plan.Failure.unencodable(choice, offenders.listed, offenders.count);
    }
}
