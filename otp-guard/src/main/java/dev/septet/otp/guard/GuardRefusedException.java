/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The exception {@code OtpService.generate} throws when a {@link Guard} refuses the code; it names the rule and,
 * unless the rule is permanent, when to retry. Nothing was stored and nothing should be sent. A messaging server
 * answers HTTP 429 with {@code Retry-After} when {@link #retryAt()} is present, 403 otherwise.
 *
 * <p>Like {@code ThrottledException} it is an {@link IllegalStateException}. The message names the rule, the key of
 * velocity and country rules, and the retry instant; never a code.
 */
public final class GuardRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The refusal; records are serializable only if their components are, so it is transient. */
    private final transient Refusal refusal;

    GuardRefusedException(Refusal refusal) {
        super(message(Objects.requireNonNull(refusal, "refusal")));
        this.refusal = refusal;
    }

    private static String message(Refusal r) {
        String what = switch (r.rule()) {
            case INVALID_NUMBER -> "The recipient is not a valid phone number for its region";
            case INTERNATIONAL_NETWORK -> "Codes to international networks (+" + r.key() + ") are blocked";
            case NUMBER_TYPE -> "Codes to " + r.key() + " numbers are blocked";
            case COUNTRY_NOT_ALLOWED -> "Codes to region " + r.key() + " are not allowed";
            case COUNTRY_AUTO_BLOCK -> "Region " + r.key() + " is blocked: too few of its codes were verified";
            case PREFIX_AUTO_BLOCK -> "The recipient's number range is blocked: too few of its codes were verified";
            case GLOBAL_VELOCITY -> "Too many codes overall";
            case COUNTRY_VELOCITY -> "Too many codes to region " + r.key();
            case PREFIX_VELOCITY -> "Too many codes to the recipient's number range";
            case CLIENT_VELOCITY -> "Too many codes for this client";
        };
        return what + " (" + r.rule() + ")"
                + r.retryAt().map(t -> "; retry at " + t + ".").orElse(".");
    }

    /**
     * Returns the refusal: rule, key, counter and retry instant.
     *
     * @return the refusal; never null (while the exception is not deserialized)
     */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * Returns the rule that refused.
     *
     * @return the rule; never null
     */
    public Rule rule() {
        return refusal.rule();
    }

    /**
     * Returns when a code for the destination may be asked for again.
     *
     * @return the instant, or empty if the rule is permanent ({@link Rule#isPermanent()}); never null
     */
    public Optional<Instant> retryAt() {
        return refusal.retryAt();
    }
}
