/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

/**
 * The rule of a {@link Guard} that refused a code. Each refusal names exactly one; see {@link Refusal#key()} for what
 * its key holds.
 */
public enum Rule {
    /** The destination is not a valid number for its region (or not a parsable international number at all). */
    INVALID_NUMBER,
    /** The destination is on an international network, country calling code +881, +882 or +883. */
    INTERNATIONAL_NETWORK,
    /** The destination's number type (premium rate, shared cost, UAN, voicemail, pager by default) is blocked. */
    NUMBER_TYPE,
    /** The destination's country is not on the allow-list. */
    COUNTRY_NOT_ALLOWED,
    /** The destination's country is auto-blocked: too few of its recent codes were verified. */
    COUNTRY_AUTO_BLOCK,
    /** The destination's prefix block is auto-blocked: too few of its recent codes were verified. */
    PREFIX_AUTO_BLOCK,
    /** The overall limit on codes (the circuit breaker) is reached. */
    GLOBAL_VELOCITY,
    /** The limit on codes to the destination's country is reached. */
    COUNTRY_VELOCITY,
    /** The limit on codes to the destination's prefix block is reached. */
    PREFIX_VELOCITY,
    /** The limit on codes for the caller-supplied client key is reached. */
    CLIENT_VELOCITY;

    /**
     * Tells whether the rule depends only on the destination, so retrying never helps.
     *
     * @return true for {@link #INVALID_NUMBER}, {@link #INTERNATIONAL_NETWORK}, {@link #NUMBER_TYPE} and
     *     {@link #COUNTRY_NOT_ALLOWED}
     */
    public boolean isPermanent() {
        return ordinal() <= COUNTRY_NOT_ALLOWED.ordinal();
    }
}
