/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule a message breaks.
 *
 * @param rule which rule; not null
 * @param country the ISO 3166-1 alpha-2 code of the country whose rule it is; not null
 * @param message what is wrong and how to fix it, in English, for people (not a stable format); not null
 * @param span the offending part of the text where there is one (a shortener link), else empty; not null
 */
public record Violation(RuleId rule, String country, String message, Optional<TextSpan> span) {

    /**
     * Creates the record, validating it.
     *
     * @param rule which rule; not null
     * @param country the country code; not null
     * @param message the human message; not null
     * @param span the offending part of the text, or empty; not null
     * @throws NullPointerException if an argument is null
     */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
