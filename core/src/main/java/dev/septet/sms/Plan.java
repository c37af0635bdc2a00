/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The encoding decision for one text: which encoding and table pair, what it costs, and where parts start.
 * Analysis, splitting and encoding all read one plan, so they cannot disagree on the part count.
 */
final class Plan {
    /** The text that will be encoded: the caller's, or a copy with the requested replacements. */
    final CharSequence text;
    final Encoding encoding;
    /** National Language Identifiers of the table pair; 0 is the default table; both 0 for UCS-2. */
    final int lockingNli;
    final int shiftNli;
    final int characters;
    final int units;
    final int parts;
    /** Capacity of each part, in units. */
    final int capacity;
    final int lastUnits;
    final int udhOctets;
    final boolean reference16;
    /** The characters that forced UCS-2, or null when not yet computed (only analysis needs them). */
    final List<CharacterAt> nonGsm;
    final List<Replacement> replacements;
    /** Parts the text needs without smart encoding; equal to {@link #parts} when it changed nothing. */
    final int partsWithoutSmartEncoding;

    Plan(CharSequence text, Encoding encoding, int lockingNli, int shiftNli, int characters, int units, int parts,
            int capacity, int lastUnits, int udhOctets, boolean reference16, List<CharacterAt> nonGsm,
            List<Replacement> replacements) {
        this(text, encoding, lockingNli, shiftNli, characters, units, parts, capacity, lastUnits, udhOctets,
                reference16, nonGsm, replacements, parts);
    }

    private Plan(CharSequence text, Encoding encoding, int lockingNli, int shiftNli, int characters, int units, int parts,
            int capacity, int lastUnits, int udhOctets, boolean reference16, List<CharacterAt> nonGsm,
            List<Replacement> replacements, int partsWithoutSmartEncoding) {
        this.text = text;
        this.encoding = encoding;
        this.lockingNli = lockingNli;
        this.shiftNli = shiftNli;
        this.characters = characters;
        this.units = units;
        this.parts = parts;
        this.capacity = capacity;
        this.lastUnits = lastUnits;
        this.udhOctets = udhOctets;
        this.reference16 = reference16;
        this.nonGsm = nonGsm;
        this.replacements = replacements;
        this.partsWithoutSmartEncoding = partsWithoutSmartEncoding;
    }

    /** Returns this plan with other replacements and the part count it had without smart encoding. */
    Plan withSmartEncoding(List<Replacement> allReplacements, int partsBefore) {
        return new Plan(text, encoding, lockingNli, shiftNli, characters, units, parts, capacity, lastUnits,
                udhOctets, reference16, nonGsm, allReplacements, partsBefore);
    }

    /** Builds the public analysis; {@code offenders} is {@link #nonGsm}, computed by the caller when null. */
    Analysis analysis(List<CharacterAt> offenders, int partsWithoutNonGsm) {
        return new Analysis(encoding, language(lockingNli), language(shiftNli), characters, units, parts, capacity,
                capacity - lastUnits, udhOctets, offenders, replacements, partsWithoutSmartEncoding,
                partsWithoutNonGsm);
    }

    private static Optional<NationalLanguage> language(int nli) {
        return NationalLanguage.ofIdentifier(nli);
    }

    /** The starts of a single-part message; shared, never written. */
    private static final int[] SINGLE_PART = {0};

    /** Returns the UTF-16 index where each part starts; element 0 is 0. The caller must not modify it. */
    int[] partStarts() {
        if (parts == 1) {
            return SINGLE_PART;
        }
        if (UniformParts.applies(this)) {
            return UniformParts.starts(this);
        }
        int[] starts = new int[parts];
        Splitter.fill(text, encoding, lockingNli, capacity, starts);
        return starts;
    }

    /** Returns the text of part {@code p} (0-based), given {@link #partStarts()}. */
    String partText(int[] starts, int p) {
        return text.subSequence(starts[p], p + 1 < parts ? starts[p + 1] : text.length()).toString();
    }

    /** Returns the units of part {@code p} whose text is {@code part}; the fill already counted the last one. */
    int partUnits(int p, CharSequence part) {
        return p + 1 == parts ? lastUnits : UniformParts.applies(this) ? capacity
                : Splitter.cost(part, encoding, lockingNli);
    }

    List<Segment> segments() {
        int[] starts = partStarts();
        List<Segment> segments = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            String part = partText(starts, p);
            segments.add(new Segment(part, partUnits(p, part)));
        }
        return segments;
    }
}
