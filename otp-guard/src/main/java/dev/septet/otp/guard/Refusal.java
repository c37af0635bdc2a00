/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One code a {@link Guard} refused: which rule, on what key, the counter against its limit, and when to retry.
 *
 * <p>The key by rule: the region code (ISO 3166-1 alpha-2, {@code "001"} for non-geographic numbers, {@code "ZZ"}
 * when unknown) for {@link Rule#COUNTRY_NOT_ALLOWED}, {@link Rule#COUNTRY_VELOCITY} and
 * {@link Rule#COUNTRY_AUTO_BLOCK}; the number's digits less its last ones (see {@link Guard#blockSuffixDigits()})
 * for the prefix rules; the number type's name ({@code "PREMIUM_RATE"}) for {@link Rule#NUMBER_TYPE}; the country
 * calling code ({@code "882"}) for {@link Rule#INTERNATIONAL_NETWORK}; the client key for
 * {@link Rule#CLIENT_VELOCITY}; {@code "global"} for {@link Rule#GLOBAL_VELOCITY}; the empty text for
 * {@link Rule#INVALID_NUMBER}. It never holds a code; it may hold most of a phone number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule that refused; not null
 * @param key what the rule counted or matched, as described above; not null
 * @param count for a velocity rule, the codes already counted in its window (at least {@code limit}); for the
 *     refusal that began an auto-block, the codes generated in the conversion window (as in {@link AutoBlock}); 0
 *     for later refusals during the block and for permanent rules
 * @param limit for a velocity rule, its maximum per window; for the refusal that began an auto-block, the codes of
 *     the conversion window that were verified; otherwise 0
 * @param retryAt when a code for the destination may be asked for again; empty for permanent rules
 *     ({@link Rule#isPermanent()}); not null
 */
public record Refusal(Rule rule, String key, long count, long limit, Optional<Instant> retryAt) {

    /**
     * Checks the fields.
     *
     * @param rule the rule that refused; not null
     * @param key what the rule counted or matched; not null
     * @param count the counter, at least 0
     * @param limit the limit or verified count, at least 0
     * @param retryAt when to retry, empty exactly for permanent rules; not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a number is negative, or retryAt is empty for a rule that is not permanent
     *     or present for one that is
     */
    public Refusal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(retryAt, "retryAt");
        if (count < 0 || limit < 0) {
            throw new IllegalArgumentException("count and limit must not be negative, were " + count + " and " + limit);
        }
        if (retryAt.isPresent() == rule.isPermanent()) {
            throw new IllegalArgumentException(
                    "retryAt must be " + (rule.isPermanent() ? "empty" : "present") + " for " + rule);
        }
    }
}
