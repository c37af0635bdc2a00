/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import java.time.Instant;
import java.util.Objects;

/**
 * A country or prefix block that a {@link Guard} just blocked because too few of its codes were verified.
 * Reported once per block across every node sharing the store: by the node whose refusal began it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule {@link Rule#COUNTRY_AUTO_BLOCK} or {@link Rule#PREFIX_AUTO_BLOCK}; not null
 * @param key the region code or the prefix block, as in {@link Refusal#key()}; not null
 * @param generated the codes generated there in the conversion window, at least the rule's minimum
 * @param verified the codes generated there in the conversion window that were verified, at least 0
 * @param blockedUntil the end of the cool-down, the first instant codes may be sent there again; not null
 */
public record AutoBlock(Rule rule, String key, long generated, long verified, Instant blockedUntil) {

    /**
     * Checks the fields.
     *
     * @param rule {@link Rule#COUNTRY_AUTO_BLOCK} or {@link Rule#PREFIX_AUTO_BLOCK}; not null
     * @param key the region code or the prefix block; not null
     * @param generated the codes generated, at least 0
     * @param verified the codes verified, 0 to {@code generated} inclusive
     * @param blockedUntil the end of the cool-down; not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the rule is not an auto-block rule or a count is out of range
     */
    public AutoBlock {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(blockedUntil, "blockedUntil");
        if (rule != Rule.COUNTRY_AUTO_BLOCK && rule != Rule.PREFIX_AUTO_BLOCK) {
            throw new IllegalArgumentException("rule must be COUNTRY_AUTO_BLOCK or PREFIX_AUTO_BLOCK, was " + rule);
        }
        if (generated < 0 || verified < 0 || verified > generated) {
            throw new IllegalArgumentException(
                    "verified must be between 0 and generated (" + generated + ") inclusive, was " + verified);
        }
    }
}
