/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;

/**
 * A consent or check the caller declares it holds for the recipient. Septet cannot see consents; it trusts the
 * declaration and reports which rule needs one that was not declared.
 */
public enum Consent {
    /** The recipient's express opt-in to marketing (Ireland requires it). */
    EXPRESS_OPT_IN("express-opt-in"),
    /** The recipient's age was verified (the United Kingdom requires it for adult and gambling content). */
    AGE_VERIFIED("age-verified");

    private final String id;

    Consent(String id) {
        this.id = id;
    }

    /**
     * Returns the stable lower-case, hyphenated name used in JSON and on the command line.
     *
     * @return the name, for example {@code "express-opt-in"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the consent with the given name, ignoring ASCII case.
     *
     * @param id a name as returned by {@link #id()}; not null
     * @return the consent
     * @throws NullPointerException if {@code id} is null
     * @throws RulesException with {@link RulesError#UNKNOWN_CONSENT} for any other name
     */
    public static Consent fromId(String id) {
        Objects.requireNonNull(id, "consent");
        String key = AsciiCase.lower(id);
        for (Consent c : values()) {
            if (c.id.equals(key)) {
                return c;
            }
        }
        throw new RulesException(
                RulesError.UNKNOWN_CONSENT,
                "consents",
                "unknown consent \"" + id + "\"; known: express-opt-in, age-verified");
    }
}
