/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The encoding decision for one text: which encoding and table pair, what it costs, and where parts start; or,
 * when the text cannot be sent with the options, the {@link Failure} that says why. Analysis, splitting and
 * encoding all read one plan, so they cannot disagree on the part count. The planner never throws for bad text:
 * the public entry points turn a failure into an {@link SmsException} with {@link #orThrow()}.
 */
final class Plan {
    /** Why a text cannot be sent, or null for a usable plan (then every other field is set). */
    final Failure failure;
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

    Plan(
            CharSequence text,
            Encoding encoding,
            int lockingNli,
            int shiftNli,
            int characters,
            int units,
            int parts,
            int capacity,
            int lastUnits,
            int udhOctets,
            boolean reference16,
            List<CharacterAt> nonGsm,
            List<Replacement> replacements) {
        this(
                text,
                encoding,
                lockingNli,
                shiftNli,
                characters,
                units,
                parts,
                capacity,
                lastUnits,
                udhOctets,
                reference16,
                nonGsm,
                replacements,
                parts);
    }

    private Plan(
            CharSequence text,
            Encoding encoding,
            int lockingNli,
            int shiftNli,
            int characters,
            int units,
            int parts,
            int capacity,
            int lastUnits,
            int udhOctets,
            boolean reference16,
            List<CharacterAt> nonGsm,
            List<Replacement> replacements,
            int partsWithoutSmartEncoding) {
        this.failure = null;
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

    private Plan(Failure failure) {
        this.failure = failure;
        this.text = null;
        this.encoding = null;
        this.lockingNli = 0;
        this.shiftNli = 0;
        this.characters = 0;
        this.units = 0;
        this.parts = 0;
        this.capacity = 0;
        this.lastUnits = 0;
        this.udhOctets = 0;
        this.reference16 = false;
        this.nonGsm = null;
        this.replacements = null;
        this.partsWithoutSmartEncoding = 0;
    }

    /** Returns a plan that only carries why the text cannot be sent. */
    static Plan failed(Failure failure) {
        return new Plan(failure);
    }

    /** Tells whether this is a usable plan rather than a failure. */
    boolean ok() {
        return failure == null;
    }

    /**
     * Returns this plan if it is usable; otherwise throws its failure. Only the public entry points call it.
     *
     * @throws SmsException the failure, with its code, field, index and message
     */
    Plan orThrow() {
        if (failure != null) {
            throw failure.exception();
        }
        return this;
    }

    /** Returns this plan with other replacements and the part count it had without smart encoding. */
    Plan withSmartEncoding(List<Replacement> allReplacements, int partsBefore) {
        return new Plan(
                text,
                encoding,
                lockingNli,
                shiftNli,
                characters,
                units,
                parts,
                capacity,
                lastUnits,
                udhOctets,
                reference16,
                nonGsm,
                allReplacements,
                partsBefore);
    }

    /** Builds the public analysis; {@code offenders} is {@link #nonGsm}, computed by the caller when null. */
    Analysis analysis(List<CharacterAt> offenders, int partsWithoutNonGsm) {
        return new Analysis(
                encoding,
                language(lockingNli),
                language(shiftNli),
                characters,
                units,
                parts,
                capacity,
                capacity - lastUnits,
                udhOctets,
                offenders,
                replacements,
                partsWithoutSmartEncoding,
                partsWithoutNonGsm);
    }

    /** The value of {@link NationalLanguage#ofIdentifier} for every table id, made once: the results are shared. */
    private static final List<Optional<NationalLanguage>> LANGUAGES = java.util.stream.IntStream.range(
                    0, TableIndex.LANGUAGES)
            .mapToObj(NationalLanguage::ofIdentifier)
            .toList();

    private static Optional<NationalLanguage> language(int nli) {
        return LANGUAGES.get(nli);
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
        Splitter.fill(
                text, encoding, lockingNli, Splitter.keepsClusters(encoding, lockingNli, shiftNli), capacity, starts);
        return starts;
    }

    /** Returns the text of part {@code p} (0-based), given {@link #partStarts()}. */
    String partText(int[] starts, int p) {
        return text.subSequence(starts[p], p + 1 < parts ? starts[p + 1] : text.length())
                .toString();
    }

    /** Returns the units of part {@code p} whose text is {@code part}; the fill already counted the last one. */
    int partUnits(int p, CharSequence part) {
        return p + 1 == parts
                ? lastUnits
                : UniformParts.applies(this) ? capacity : Splitter.cost(part, encoding, lockingNli);
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

    /**
     * Why a text cannot be sent: the error code and where, with the message built only when it is thrown (a failure
     * the planner handles itself, such as a what-if count that does not fit, costs no formatting).
     */
    static final class Failure {
        /** How many offending characters an {@link SmsError#UNENCODABLE} failure lists, in its message too. */
        static final int LISTED_CHARACTERS = 100;

        final SmsError error;
        final String field;
        final int index;
        /** For {@link SmsError#TOO_MANY_PARTS}: the parts needed, or the least the text could need (see below). */
        final int partsNeeded;
        /** True when {@link #partsNeeded} is a lower bound because the text was rejected before planning. */
        final boolean atLeast;
        /** For an exact {@link SmsError#TOO_MANY_PARTS}: the encoding that needs that many parts; else null. */
        final Encoding encoding;
        /** For {@link SmsError#UNENCODABLE}: the first {@link #LISTED_CHARACTERS} offenders; otherwise empty. */
        final List<CharacterAt> characters;
        /** For {@link SmsError#UNENCODABLE}: how many offenders there are in all. */
        final int characterCount;

        private final String format;
        private final Object[] arguments;

        private Failure(
                SmsError error,
                String field,
                int index,
                int partsNeeded,
                boolean atLeast,
                Encoding encoding,
                List<CharacterAt> characters,
                int characterCount,
                String format,
                Object... arguments) {
            this.encoding = encoding;
            this.error = error;
            this.field = field;
            this.index = index;
            this.partsNeeded = partsNeeded;
            this.atLeast = atLeast;
            this.characters = characters;
            this.characterCount = characterCount;
            this.format = format;
            this.arguments = arguments;
        }

        static Failure of(SmsError error, String field, int index, String format, Object... arguments) {
            return new Failure(error, field, index, 0, false, null, List.of(), 0, format, arguments);
        }

        /** The text needs {@code parts} parts ({@code atLeast}: at least that many), more than the limit. */
        static Failure tooManyParts(int parts, boolean atLeast, Encoding encoding, String format, Object... arguments) {
            return new Failure(
                    SmsError.TOO_MANY_PARTS, "maxParts", -1, parts, atLeast, encoding, List.of(), 0, format, arguments);
        }

        /** A forced encoding cannot represent {@code count} characters, the first of which are {@code listed}. */
        static Failure unencodable(EncodingChoice choice, List<CharacterAt> listed, int count) {
            return new Failure(
                    SmsError.UNENCODABLE, "text", listed.get(0).index(), 0, false, null, listed, count, null, choice);
        }

        SmsException exception() {
            String message;
            if (error == SmsError.UNENCODABLE) {
                StringBuilder b = new StringBuilder("text cannot be encoded as ")
                        .append(arguments[0])
                        .append(" with the enabled tables: ");
                for (int i = 0; i < characters.size(); i++) {
                    CharacterAt c = characters.get(i);
                    b.append(i == 0 ? "" : ", ")
                            .append(c.unicode())
                            .append(" at index ")
                            .append(c.index());
                }
                if (characterCount > characters.size()) {
                    b.append(" and ")
                            .append(characterCount - characters.size())
                            .append(" more (")
                            .append(characterCount)
                            .append(" in all)");
                }
                message = b.toString();
            } else {
                message = arguments.length == 0 ? format : String.format(Locale.ROOT, format, arguments);
            }
            return new SmsException(error, field, index, partsNeeded, characters, characterCount, message);
        }
    }
}
