/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one code as the API reports it, without the code itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient the normalised recipient: digits only for a phone, lower-case for an e-mail address; not null
 * @param attempts how many checks were counted, 0 to {@code maxAttempts} inclusive
 * @param maxAttempts how many checks the code allows, 1 to 10 inclusive
 * @param maxSecondsValidity how long the code is valid, in seconds, 30 to 600 inclusive
 * @param appId the application scope; not null, possibly empty
 * @param createdAt when the code was generated; not null
 * @param updatedAt when the code was generated or last counted an attempt; not null
 * @param expiresAt when the code stops being valid ({@code createdAt + maxSecondsValidity}); a check at or after
 *     this instant is {@link Reason#EXPIRED}; not null
 */
public record OtpRecord(
        String recipient,
        int attempts,
        int maxAttempts,
        int maxSecondsValidity,
        String appId,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt) {

    /**
     * Checks the fields.
     *
     * @param recipient the normalised recipient: digits only for a phone, lower-case for an e-mail address; not null
     * @param attempts how many checks were counted, 0 to {@code maxAttempts} inclusive
     * @param maxAttempts how many checks the code allows, 1 to 10 inclusive
     * @param maxSecondsValidity how long the code is valid, in seconds, 30 to 600 inclusive
     * @param appId the application scope; not null, possibly empty
     * @param createdAt when the code was generated; not null
     * @param updatedAt when the code was generated or last counted an attempt; not null
     * @param expiresAt when the code stops being valid ({@code createdAt + maxSecondsValidity}); a check at or after
     *     this instant is {@link Reason#EXPIRED}; not null
     * @throws NullPointerException if a reference field is null
     * @throws IllegalArgumentException if attempts is negative or above maxAttempts
     */
    public OtpRecord {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        requireAttempts(attempts, maxAttempts);
    }

    static void requireAttempts(int attempts, int maxAttempts) {
        if (attempts < 0 || attempts > maxAttempts) {
            throw new IllegalArgumentException(
                    "attempts must be between 0 and maxAttempts " + maxAttempts + ", was " + attempts);
        }
    }
}
