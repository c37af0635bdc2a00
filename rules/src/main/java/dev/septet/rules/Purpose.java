/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;

/**
 * Why a message is sent, as the caller declares it: the country rules bind marketing traffic and exempt
 * transactional messages (France and the United States say so in the 360nrs REST API documentation).
 */
public enum Purpose {
    /** Commercial or promotional traffic. */
    MARKETING("marketing"),
    /** A message the recipient's own transaction calls for: a code, a receipt, a delivery notice. */
    TRANSACTIONAL("transactional");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    /**
     * Returns the stable lower-case name used in JSON and on the command line.
     *
     * @return {@code "marketing"} or {@code "transactional"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the purpose with the given name, ignoring ASCII case.
     *
     * @param id {@code "marketing"} or {@code "transactional"}; not null
     * @return the purpose
     * @throws NullPointerException if {@code id} is null
     * @throws RulesException with {@link RulesError#UNKNOWN_PURPOSE} for any other name
     */
    public static Purpose fromId(String id) {
        Objects.requireNonNull(id, "purpose");
        String key = AsciiCase.lower(id);
        for (Purpose p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new RulesException(
                RulesError.UNKNOWN_PURPOSE,
                "purpose",
                "purpose must be \"marketing\" or \"transactional\", was \"" + id + "\"");
    }
}
