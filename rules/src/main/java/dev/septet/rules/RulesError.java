/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

/**
 * The stable code of a {@link RulesException}: what kind of input was refused. Codes never change meaning; new ones
 * may be added.
 */
public enum RulesError {
    /** The recipient is not a phone number libphonenumber can parse, or belongs to no country. */
    INVALID_RECIPIENT,
    /** A purpose name other than {@code marketing} or {@code transactional}. */
    UNKNOWN_PURPOSE,
    /** A content category name this module does not define. */
    UNKNOWN_CATEGORY,
    /** A consent name this module does not define. */
    UNKNOWN_CONSENT,
    /** An instant of sending outside the years 0001 to 9999, which local calendars cannot follow. */
    INVALID_INSTANT,
    /** A rule table value out of range: a country code, a sending window, a short code or a shortener domain. */
    INVALID_RULE
}
