/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * A national language of 3GPP TS 23.038 Annex A, identified in a User Data Header by its National Language
 * Identifier (the value of information elements 0x25, locking shift, and 0x24, single shift; 3GPP TS 23.040
 * clauses 9.2.3.24.15 and 9.2.3.24.16).
 *
 * <p>Every language has a single shift table; all but Spanish also have a locking shift table. National tables
 * are used only when the caller enables them, because not every handset and SMSC supports them.
 */
public enum NationalLanguage {
    /** Turkish, identifier 1, ISO 639-1 {@code tr}. */
    TURKISH(1, "tr"),
    /** Spanish, identifier 2, ISO 639-1 {@code es}; single shift table only. */
    SPANISH(2, "es"),
    /** Portuguese, identifier 3, ISO 639-1 {@code pt}: the table some providers call "GSM-PT". */
    PORTUGUESE(3, "pt"),
    /** Bengali, identifier 4, ISO 639-1 {@code bn}. */
    BENGALI(4, "bn"),
    /** Gujarati, identifier 5, ISO 639-1 {@code gu}. */
    GUJARATI(5, "gu"),
    /** Hindi, identifier 6, ISO 639-1 {@code hi}. */
    HINDI(6, "hi"),
    /** Kannada, identifier 7, ISO 639-1 {@code kn}. */
    KANNADA(7, "kn"),
    /** Malayalam, identifier 8, ISO 639-1 {@code ml}. */
    MALAYALAM(8, "ml"),
    /** Oriya, identifier 9, ISO 639-1 {@code or}. */
    ORIYA(9, "or"),
    /** Punjabi, identifier 10, ISO 639-1 {@code pa}. */
    PUNJABI(10, "pa"),
    /** Tamil, identifier 11, ISO 639-1 {@code ta}. */
    TAMIL(11, "ta"),
    /** Telugu, identifier 12, ISO 639-1 {@code te}. */
    TELUGU(12, "te"),
    /** Urdu, identifier 13, ISO 639-1 {@code ur}. */
    URDU(13, "ur");

    private static final NationalLanguage[] BY_IDENTIFIER = new NationalLanguage[14];

    static {
        for (NationalLanguage language : values()) {
            BY_IDENTIFIER[language.identifier] = language;
        }
    }

    private final int identifier;
    private final String code;

    NationalLanguage(int identifier, String code) {
        this.identifier = identifier;
        this.code = code;
    }

    /**
     * Returns the National Language Identifier carried in information elements 0x24 and 0x25.
     *
     * @return the identifier, 1 to 13
     */
    public int identifier() {
        return identifier;
    }

    /**
     * Returns the ISO 639-1 code, lower case, as the CLI's {@code --national} option and JSON output use it.
     *
     * @return the two-letter code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether this language has a National Language Locking Shift Table (all but Spanish do).
     *
     * @return true if a locking shift table exists
     */
    public boolean hasLockingShiftTable() {
        return Gsm7Tables.LOCKING[identifier] != null;
    }

    /**
     * Returns the language with the given ISO 639-1 code, ignoring ASCII case and surrounding spaces.
     *
     * @param code a two-letter code such as {@code "pt"}
     * @return the language
     * @throws NullPointerException if {@code code} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} naming field {@code national} if no language has it
     */
    public static NationalLanguage ofCode(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip();
        for (NationalLanguage language : values()) {
            if (wanted.length() == 2
                    && asciiLower(wanted.charAt(0)) == language.code.charAt(0)
                    && asciiLower(wanted.charAt(1)) == language.code.charAt(1)) {
                return language;
            }
        }
        throw new SmsException(
                SmsError.INVALID_OPTION,
                "national",
                -1,
                "unknown national language code '" + code + "'; expected one of tr, es, pt, bn, gu, hi, kn, ml,"
                        + " or, pa, ta, te, ur");
    }

    /** Lower-cases A to Z only: Unicode lower-casing would read U+212A (KELVIN SIGN) as {@code k}. */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Returns the language with the given National Language Identifier, if the spec defines one.
     *
     * @param identifier the identifier as read from a User Data Header, any value
     * @return the language, or empty for 0 (the default alphabet) and for reserved values
     */
    public static Optional<NationalLanguage> ofIdentifier(int identifier) {
        if (identifier < 1 || identifier >= BY_IDENTIFIER.length) {
            return Optional.empty();
        }
        return Optional.of(BY_IDENTIFIER[identifier]);
    }
}
