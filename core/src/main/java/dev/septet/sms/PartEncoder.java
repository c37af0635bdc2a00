/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;

/**
 * Turns a text into the octets of each part: User Data Header, user data, UDL, DCS and UDHI.
 */
final class PartEncoder {
    /*
     * Most texts sent are in the default tables, and for those the planner's answer is known without a plan: when
     * no national table is enabled, or the text has no escape (any national pair costs at least as many septets and
     * carries a 3-octet element), the default pair wins, with the greedy fill's parts. encodeDefault recognises
     * exactly the cases where Planner.plan returns that plan for the text itself (no NFC step, no replacement:
     * smart encoding substitutes only characters outside the enabled tables, and every character here is in them)
     * and encodes them straight from the count, finding part ends as it goes, so the only objects are the output
     * arrays, the parts, their texts (when there are several) and the list. Everything else, failures included,
     * goes through the plan, so both paths give the same parts (a property test compares them).
     */
    private static final int SINGLE_PART_SEPTETS = Splitter.capacity(Encoding.GSM7, 0);

    /**
     * Per-thread room for the packed octets of up to {@link #SINGLE_PART_SEPTETS} characters at two septets each,
     * and the slack of the packer's 8-byte stores; never shared between threads.
     */
    private static final ThreadLocal<byte[]> SCRATCH =
            ThreadLocal.withInitial(() -> new byte[(int) SeptetPacker.octets(2 * SINGLE_PART_SEPTETS) + 8]);

    /** Per-thread room for the user data of the most parts a message may have, until its reference is drawn. */
    private static final ThreadLocal<byte[][]> PENDING =
            ThreadLocal.withInitial(() -> new byte[SmsOptions.MAX_PARTS_LIMIT][]);

    private PartEncoder() {}

    /**
     * Encodes a text the planner would send in the default tables unchanged, without building a plan; returns
     * null, having drawn no reference, when the plan must decide (other tables or encodings, NFC, replacements,
     * failures).
     *
     * @param references the source of the reference, or null to use {@code reference}
     */
    static List<EncodedPart> encodeDefault(
            CharSequence text, SmsOptions options, int reference, ReferenceSource references) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        int n = text.length();
        EncodingChoice choice = options.encoding();
        if (n == 0 || options.normalizeNfc() || (choice != EncodingChoice.AUTO && choice != EncodingChoice.GSM7)) {
            return null;
        }
        boolean packed = options.septetFormat() == SeptetFormat.PACKED;
        long septets = -1;
        if (packed && n >= SeptetCounter.BULK_MIN && n <= SINGLE_PART_SEPTETS && text instanceof String) {
            // short enough for one part: pack and count in one pass, then copy out what one part holds
            byte[] scratch = SCRATCH.get();
            if (PackedWriter.writeOwn((String) text, scratch) == n) {
                return List.of(singlePart((String) text, n, scratch, options.crPadding()));
            }
            // the copy writeOwn made is this call's own: the general writer reuses it
            long written = PackedWriter.write(text, 0, n, 0, false, scratch, 0, false, false, null);
            if (written < 0) {
                return encodeNational(text, options, reference, references); // beyond the default tables
            }
            septets = (int) written / 7;
            if (septets <= SINGLE_PART_SEPTETS) {
                return septets != n && !options.languages().isEmpty()
                        ? encodeNational(text, options, reference, references)
                        : List.of(singlePart((String) text, (int) septets, scratch, options.crPadding()));
            }
        } else {
            if (packed && n > SINGLE_PART_SEPTETS && text instanceof String) {
                List<EncodedPart> parts = encodeUniform((String) text, options, reference, references);
                if (parts != null) {
                    return parts;
                }
            }
            septets = SeptetCounter.defaultSeptets(text);
        }
        boolean uniform = septets == n; // no escape: every character is one septet
        if (septets < 0 || (!uniform && !options.languages().isEmpty())) {
            return encodeNational(text, options, reference, references);
        }
        boolean reference16 = options.reference16();
        int total = 1;
        int capacity = SINGLE_PART_SEPTETS;
        if (septets > SINGLE_PART_SEPTETS) {
            capacity = Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(0, true, reference16));
            total = uniform
                    ? (int) ((septets + capacity - 1) / capacity)
                    : (int) (Splitter.fill(text, Encoding.GSM7, 0, false, capacity, null) >>> 32);
        }
        if (total > options.maxParts()) {
            return null; // the plan's failure says how many parts it needs
        }
        int ref = 0;
        if (total > 1) {
            ref = (references != null ? references.nextReference() : reference) & (reference16 ? 0xFFFF : 0xFF);
        }
        // with escapes, part ends come from the planner's greedy fill; without, from arithmetic
        int[] starts = total > 1 && !uniform ? new int[total] : null;
        if (starts != null) {
            Splitter.fill(text, Encoding.GSM7, 0, false, capacity, starts);
        }
        boolean crPadding = options.crPadding();
        EncodedPart first = null;
        EncodedPart[] parts = total > 1 ? new EncodedPart[total] : null;
        int chunk = 0;
        for (int p = 0, from = 0; p < total; p++) {
            int to;
            if (p + 1 == total) {
                to = n;
            } else {
                to = uniform ? from + capacity : starts[p + 1];
            }
            int units =
                    total == 1 ? (int) septets : uniform ? to - from : Splitter.cost(text, from, to, Encoding.GSM7, 0);
            int udhOctets = UserDataHeader.octets(0, total > 1, reference16);
            int start = SeptetPacker.headerSeptets(udhOctets);
            byte[] userData;
            if (packed) {
                boolean secondCr = secondCr(text, to, start + units, crPadding);
                userData = withHeader(
                        SeptetPacker.packedOctets(start + units, secondCr), total, p, ref, reference16, 0, 0);
                long written = PackedWriter.write(
                        text, from, to, chunk, false, userData, start * 7, crPadding, secondCr, null);
                chunk = (int) (written >>> 32);
            } else {
                userData = withHeader(udhOctets + units, total, p, ref, reference16, 0, 0);
                SeptetPacker.writeUnpacked(text, from, to, 0, 0, userData, udhOctets);
            }
            // a String's part keeps its range and makes its text when asked; other sequences are copied now
            EncodedPart part = text instanceof String
                    ? gsm7(p, total, ref, (String) text, from, to, units, udhOctets, userData)
                    : gsm7(p, total, ref, text.subSequence(from, to).toString(), units, udhOctets, userData);
            if (parts == null) {
                first = part;
            } else {
                parts[p] = part;
            }
            from = to;
        }
        return parts == null ? List.of(first) : list(parts);
    }

    /**
     * Encodes a text of several parts packed, on the guess that every character is one default-table septet; returns
     * null, having drawn no reference, as soon as a part shows the guess wrong. Such text needs no count first: the
     * parts follow from its length, and packing each part checks its characters. The parts' user data is written
     * first, each through the scratch buffer (a wrong guess may write more septets than the part has characters)
     * into an array held per thread until the last part is checked; then the reference is drawn and the headers
     * go in.
     */
    private static List<EncodedPart> encodeUniform(
            String text, SmsOptions options, int reference, ReferenceSource references) {
        int n = text.length();
        boolean reference16 = options.reference16();
        int udhOctets = UserDataHeader.octets(0, true, reference16);
        int capacity = Splitter.capacity(Encoding.GSM7, udhOctets);
        int total = (n + capacity - 1) / capacity;
        if (total > options.maxParts()) {
            return null;
        }
        boolean crPadding = options.crPadding();
        int start = SeptetPacker.headerSeptets(udhOctets);
        byte[] scratch = SCRATCH.get();
        byte[][] userData = PENDING.get();
        Latin1Buffer buffer = Latin1Buffer.get();
        int chunk = 0;
        for (int p = 0; p < total; p++) {
            int from = p * capacity;
            int to = Math.min(n, from + capacity);
            int endSeptet = start + to - from;
            boolean secondCr = secondCr(text, to, endSeptet, crPadding);
            long written =
                    PackedWriter.write(text, from, to, chunk, p == 0, scratch, start * 7, crPadding, secondCr, buffer);
            if (written < 0 || (int) written != endSeptet * 7) {
                java.util.Arrays.fill(userData, 0, p, null);
                return null; // a character outside the default tables, or an escape: the count decides
            }
            chunk = (int) (written >>> 32);
            byte[] octets = new byte[SeptetPacker.packedOctets(endSeptet, secondCr)];
            System.arraycopy(scratch, udhOctets, octets, udhOctets, octets.length - udhOctets);
            userData[p] = octets;
        }
        int ref = (references != null ? references.nextReference() : reference) & (reference16 ? 0xFFFF : 0xFF);
        EncodedPart[] parts = new EncodedPart[total];
        for (int p = 0; p < total; p++) {
            int from = p * capacity;
            int to = Math.min(n, from + capacity);
            byte[] octets = userData[p];
            userData[p] = null;
            UserDataHeader.write(total, p + 1, ref, reference16, 0, 0, octets);
            parts[p] = gsm7(p, total, ref, text, from, to, to - from, udhOctets, octets);
        }
        return list(parts);
    }

    /**
     * Returns the one part of packed {@code text}, {@code septets} long, whose octets are at the start of
     * {@code scratch} (the last one written without padding).
     */
    private static EncodedPart singlePart(String text, int septets, byte[] scratch, boolean crPadding) {
        int octets = (int) SeptetPacker.octets(septets);
        boolean secondCr = secondCr(text, text.length(), septets, crPadding);
        byte[] userData = new byte[octets + (secondCr ? 1 : 0)];
        System.arraycopy(scratch, 0, userData, 0, octets);
        if (crPadding && (septets & 7) == 7) {
            userData[octets - 1] |= (byte) (SeptetPacker.CR << 1); // 7 spare bits would read as '@' without a length
        }
        if (secondCr) {
            userData[octets] = (byte) SeptetPacker.CR;
        }
        return gsm7(0, 1, 0, text, septets, 0, userData);
    }

    /**
     * Encodes a text the default tables alone cannot send best, when the planner's answer is a national table pair
     * for the text itself; returns null, having drawn no reference, when the plan must decide (no language
     * enabled, smart encoding, UCS-2, failures). The caller has ruled out what the planner checks before pricing
     * the pairs: an empty text, NFC, a choice other than AUTO or GSM7, and texts the default tables send best. A
     * single part is encoded straight from the price, so the only objects are the output; longer texts get the
     * plan the planner would make, without pricing the pairs again.
     *
     * @param references the source of the reference, or null to use {@code reference}
     */
    private static List<EncodedPart> encodeNational(
            CharSequence text, SmsOptions options, int reference, ReferenceSource references) {
        int languages = Planner.languageMask(options);
        if (languages == 0 || options.smartEncoding()) {
            return null;
        }
        long pair = Planner.choosePair(text, options, languages);
        if (pair < 0) {
            return null;
        }
        int locking = Planner.pairLocking(pair);
        int shift = Planner.pairShift(pair);
        long septets = Planner.pairSeptets(pair);
        int ies = (locking != 0 ? 1 : 0) + (shift != 0 ? 1 : 0);
        if (septets <= Splitter.capacity(Encoding.GSM7, UserDataHeader.octets(ies, false, false))) {
            return List.of(
                    gsm7Part(text.toString(), 0, 1, 0, options.reference16(), locking, shift, (int) septets, options));
        }
        Plan plan = Planner.gsm7Plan(text, options, locking, shift, text.length(), septets, List.of());
        if (!plan.ok()) {
            return null; // the plan's failure says how many parts it needs
        }
        int ref = plan.parts > 1 ? (references != null ? references.nextReference() : reference) : 0;
        return encode(plan, options, ref);
    }

    /** Encodes a planned text. */
    static List<EncodedPart> encode(Plan plan, SmsOptions options, int reference) {
        int total = plan.parts;
        int[] starts = plan.partStarts();
        boolean reference16 = plan.reference16;
        int ref = total > 1 ? reference & (reference16 ? 0xFFFF : 0xFF) : 0;
        EncodedPart[] parts = new EncodedPart[total];
        for (int p = 0; p < total; p++) {
            String text = plan.partText(starts, p);
            int units = plan.partUnits(p, text);
            if (plan.encoding == Encoding.GSM7) {
                parts[p] = gsm7Part(text, p, total, ref, reference16, plan.lockingNli, plan.shiftNli, units, options);
                continue;
            }
            int udhOctets = UserDataHeader.octets(0, total > 1, reference16);
            byte[] userData = withHeader(udhOctets + 2 * text.length(), total, p, ref, reference16, 0, 0);
            for (int i = 0, o = udhOctets; i < text.length(); i++, o += 2) {
                char c = text.charAt(i);
                userData[o] = (byte) (c >>> 8);
                userData[o + 1] = (byte) c;
            }
            parts[p] = part(
                    p, total, ref, text, 0, text.length(), units, udhOctets, userData, userData.length, Encoding.UCS2);
        }
        return list(parts);
    }

    /**
     * Returns GSM 7-bit part {@code p} (0-based) of {@code total}, whose text is {@code text}, {@code units} septets
     * in the table pair.
     */
    private static EncodedPart gsm7Part(
            String text,
            int p,
            int total,
            int ref,
            boolean reference16,
            int locking,
            int shift,
            int units,
            SmsOptions options) {
        int udhOctets = UserDataHeader.octets((shift != 0 ? 1 : 0) + (locking != 0 ? 1 : 0), total > 1, reference16);
        int start = SeptetPacker.headerSeptets(udhOctets);
        byte[] userData;
        if (options.septetFormat() == SeptetFormat.PACKED) {
            boolean secondCr = secondCr(text, text.length(), start + units, options.crPadding());
            userData = withHeader(
                    SeptetPacker.packedOctets(start + units, secondCr), total, p, ref, reference16, shift, locking);
            SeptetPacker.pack(text, locking, shift, userData, start * 7, options.crPadding(), secondCr);
        } else {
            userData = withHeader(udhOctets + units, total, p, ref, reference16, shift, locking);
            SeptetPacker.writeUnpacked(text, 0, text.length(), locking, shift, userData, udhOctets);
        }
        return gsm7(p, total, ref, text, units, udhOctets, userData);
    }

    /**
     * Tells whether packed text ending at {@code to} and at septet {@code septets} (header and fill included) gets
     * the padding rule's second CR: only where it fits, since otherwise the UDL alone marks the end.
     */
    private static boolean secondCr(CharSequence text, int to, int septets, boolean crPadding) {
        return SeptetPacker.needsSecondCr(text, to, septets, crPadding)
                && SeptetPacker.packedOctets(septets, true) <= UserDataHeader.USER_DATA_OCTETS;
    }

    /**
     * Returns a new user data array of {@code octets} that starts with the header of part {@code p} (0-based) of
     * {@code total}.
     */
    private static byte[] withHeader(
            int octets, int total, int p, int ref, boolean reference16, int shift, int locking) {
        byte[] userData = new byte[octets];
        UserDataHeader.write(total, p + 1, ref, reference16, shift, locking, userData);
        return userData;
    }

    /** Returns GSM 7-bit part {@code p} (0-based) of {@code total} whose text is all of {@code text}. */
    private static EncodedPart gsm7(int p, int total, int ref, String text, int units, int udhOctets, byte[] userData) {
        return gsm7(p, total, ref, text, 0, text.length(), units, udhOctets, userData);
    }

    /**
     * Returns GSM 7-bit part {@code p} (0-based) of {@code total}, whose text is {@code source[begin, end)}: the UDL
     * counts the header and fill septets.
     */
    private static EncodedPart gsm7(
            int p, int total, int ref, String source, int begin, int end, int units, int udhOctets, byte[] userData) {
        int udl = SeptetPacker.headerSeptets(udhOctets) + units;
        return part(p, total, ref, source, begin, end, units, udhOctets, userData, udl, Encoding.GSM7);
    }

    /**
     * Returns part {@code p} (0-based) of {@code total}, handing over the user data, which starts with the header's
     * {@code udhOctets} octets.
     */
    private static EncodedPart part(
            int p,
            int total,
            int ref,
            String source,
            int begin,
            int end,
            int units,
            int udhOctets,
            byte[] userData,
            int udl,
            Encoding encoding) {
        return EncodedPart.of(
                p + 1, total, ref, source, begin, end, units, udhOctets, userData, udl, encoding.dataCodingScheme());
    }

    /** Returns the parts as an unmodifiable list without copying the array. */
    private static List<EncodedPart> list(EncodedPart[] parts) {
        switch (parts.length) {
            case 1:
                return List.of(parts[0]);
            case 2:
                return List.of(parts[0], parts[1]);
            default:
                return new FrozenList<>(parts);
        }
    }
}
