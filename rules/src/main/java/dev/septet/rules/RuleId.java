/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

/**
 * The kind of rule a {@link Violation} breaks; {@link #id()} is the stable name in JSON.
 */
public enum RuleId {
    /** Marketing outside the country's sending hours, on a closed weekday or on a public holiday. */
    QUIET_HOURS("quiet-hours"),
    /** Marketing that does not end with the country's opt-out line ({@code STOP au <short code>} in France). */
    STOP_LINE("stop-line"),
    /** A link through a public URL shortener where the country forbids them (the United States). */
    PUBLIC_SHORTENER("public-shortener"),
    /** Marketing without the recipient's express opt-in where the country requires it (Ireland). */
    CONSENT_REQUIRED("consent-required"),
    /** A declared content category the country prohibits. */
    PROHIBITED_CONTENT("prohibited-content"),
    /** A declared content category that needs the recipient's age verified, without that declaration. */
    AGE_VERIFICATION("age-verification");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /**
     * Returns the stable lower-case, hyphenated name used in JSON.
     *
     * @return the name, for example {@code "quiet-hours"}
     */
    public String id() {
        return id;
    }
}
