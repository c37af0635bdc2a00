/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a pre-send check: immutable and thread-safe.
 *
 * @param recipient the recipient in E.164 form, for example {@code +33612345678}; not null
 * @param country the recipient's country, ISO 3166-1 alpha-2, for example {@code "FR"}; not null
 * @param purpose the declared purpose; not null
 * @param violations every rule the message breaks, in the order of {@link RuleId}, then by position in the text;
 *     not null, copied
 * @param nextAllowedAt when a quiet-hours rule blocks the instant of sending, the earliest instant sending is
 *     allowed; empty otherwise (and when the country opens no weekday at all). Not null.
 * @param parts the number of SMS parts the text needs with the request's options
 * @param stopLineRequired true when the country requires an opt-out line for this purpose
 * @param stopLinePresent true when the text ends with the country's opt-out line (checked whenever the country
 *     defines one)
 * @param withStopLine when the line is required and missing, the text with the line appended on a line of its own
 *     and its part count; empty otherwise. Not null.
 */
public record Verdict(
        String recipient,
        String country,
        Purpose purpose,
        List<Violation> violations,
        Optional<Instant> nextAllowedAt,
        int parts,
        boolean stopLineRequired,
        boolean stopLinePresent,
        Optional<AmendedMessage> withStopLine) {

    /**
     * Creates the record, validating and copying.
     *
     * @param recipient the recipient in E.164 form; not null
     * @param country the recipient's country; not null
     * @param purpose the declared purpose; not null
     * @param violations the rules broken; not null, no nulls
     * @param nextAllowedAt the earliest allowed instant, or empty; not null
     * @param parts the text's part count, 1 or more
     * @param stopLineRequired true when an opt-out line is required
     * @param stopLinePresent true when the text ends with it
     * @param withStopLine the amended text, or empty; not null
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public Verdict {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(purpose, "purpose");
        violations = List.copyOf(violations);
        Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
        Objects.requireNonNull(withStopLine, "withStopLine");
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be 1 or more, was " + parts);
        }
    }

    /**
     * Returns whether the message may be sent now: true when there is no violation.
     *
     * @return true when {@link #violations()} is empty
     */
    public boolean sendableNow() {
        return violations.isEmpty();
    }

    /**
     * Returns whether the message breaks a rule.
     *
     * @param rule the rule; not null
     * @return true when a violation of {@code rule} is listed
     * @throws NullPointerException if {@code rule} is null
     */
    public boolean breaks(RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        for (Violation v : violations) {
            if (v.rule() == rule) {
                return true;
            }
        }
        return false;
    }
}
