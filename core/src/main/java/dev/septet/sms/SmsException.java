/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;

/**
 * The one exception Septet core throws for bad input: it carries a stable {@link SmsError}, and where it applies
 * the index (a UTF-16 index into the text, or a byte offset into encoded data) or the option field that was wrong.
 *
 * <p>It extends {@link IllegalArgumentException} so callers that only know the JDK's exceptions still catch it.
 * Null arguments are reported with {@link NullPointerException} instead.
 */
public final class SmsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The error code. */
    private final SmsError error;
    /** The option or data field that was wrong, or "" when none applies. */
    private final String field;
    /** The UTF-16 index or byte offset, or -1 when none applies. */
    private final int index;
    /** For {@link SmsError#TOO_MANY_PARTS}: the number of parts the text needs; otherwise 0. */
    private final int partsNeeded;
    /** For {@link SmsError#UNENCODABLE}: the first characters that could not be encoded (at most 100). */
    private final transient List<CharacterAt> characters;
    /** For {@link SmsError#UNENCODABLE}: how many characters could not be encoded in all. */
    private final int characterCount;

    /**
     * Creates an exception.
     *
     * @param error the stable code, not null
     * @param field the field that was wrong, or "" when none applies; not null
     * @param index the UTF-16 index or byte offset where the problem is, or -1
     * @param message the message naming what was wrong and where, not null
     */
    public SmsException(SmsError error, String field, int index, String message) {
        this(error, field, index, 0, message);
    }

    SmsException(SmsError error, String field, int index, int partsNeeded, String message) {
        this(error, field, index, partsNeeded, List.of(), message);
    }

    SmsException(
            SmsError error, String field, int index, int partsNeeded, List<CharacterAt> characters, String message) {
        this(error, field, index, partsNeeded, characters, characters.size(), message);
    }

    SmsException(
            SmsError error,
            String field,
            int index,
            int partsNeeded,
            List<CharacterAt> characters,
            int characterCount,
            String message) {
        super(Objects.requireNonNull(message, "message"));
        this.characters = List.copyOf(characters);
        this.characterCount = characterCount;
        this.error = Objects.requireNonNull(error, "error");
        this.field = Objects.requireNonNull(field, "field");
        this.index = index;
        this.partsNeeded = partsNeeded;
    }

    /**
     * Returns the stable error code.
     *
     * @return the error, never null
     */
    public SmsError error() {
        return error;
    }

    /**
     * Returns the name of the option or data field that was wrong.
     *
     * @return the field name, or "" when the error is about the text itself
     */
    public String field() {
        return field;
    }

    /**
     * Returns where the problem is: a UTF-16 code unit index into the text for text errors, a byte offset into
     * the user data (including its header) for decoding errors.
     *
     * @return the index, 0 or more, or -1 when no position applies
     */
    public int index() {
        return index;
    }

    /**
     * Returns, for {@link SmsError#UNENCODABLE}, the characters the forced encoding could not represent, in text
     * order with their UTF-16 indexes: the first 100 of them (the message lists the same ones);
     * {@link #characterCount()} says how many there are in all.
     *
     * @return at most 100 characters, empty for other errors (and after deserialisation)
     */
    public List<CharacterAt> characters() {
        return characters == null ? List.of() : characters;
    }

    /**
     * Returns, for {@link SmsError#UNENCODABLE}, how many characters the forced encoding could not represent,
     * including those beyond the ones {@link #characters()} lists.
     *
     * @return the number of such characters, 1 or more; 0 for other errors
     */
    public int characterCount() {
        return characterCount;
    }

    /**
     * Returns, for {@link SmsError#TOO_MANY_PARTS}, how many parts the text would need. The count is exact when
     * the text was planned. A text whose characters alone, at one septet each, already need more parts than
     * {@link SmsOptions#maxParts()} is rejected before the costly steps (smart encoding, replacements, the
     * offender list), and then the count is that lower bound and the message says "at least".
     *
     * @return the part count the text needs (or at least needs), or 0 for other errors
     */
    public int partsNeeded() {
        return partsNeeded;
    }
}
