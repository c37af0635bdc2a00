/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link OtpStore#countAttempt} found and did, atomically, for one recipient and appId.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status which case applied, in the check's order of precedence; not null
 * @param otp the entry: empty for {@link Status#ABSENT}, otherwise the entry as stored after the operation (with the
 *     attempt counted for {@link Status#COUNTED}); not null
 */
public record AttemptResult(Status status, Optional<StoredOtp> otp) {

    /** The cases of counting an attempt, in order of precedence. */
    public enum Status {
        /** No entry for the key (none generated, used, or purged); nothing changed. */
        ABSENT,
        /** The entry expired ({@code now} at or after expiresAt); nothing changed. */
        EXPIRED,
        /** The entry's attempts were already at maxAttempts; nothing changed. */
        MAX_ATTEMPTS,
        /** The attempt was counted: attempts went up by one and updatedAt became {@code now}. */
        COUNTED
    }

    /**
     * Checks the fields.
     *
     * @param status which case applied, in the check's order of precedence; not null
     * @param otp the entry: empty for {@link Status#ABSENT}, otherwise the entry as stored after the operation (with
     *     the attempt counted for {@link Status#COUNTED}); not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the entry is present for ABSENT or missing otherwise
     */
    public AttemptResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(otp, "otp");
        if (otp.isPresent() == (status == Status.ABSENT)) {
            throw new IllegalArgumentException("status " + status + (otp.isPresent() ? " with" : " without")
                    + " an entry");
        }
    }

    /**
     * Returns the result for a key with no entry.
     *
     * @return the ABSENT result; never null
     */
    public static AttemptResult absent() {
        return new AttemptResult(Status.ABSENT, Optional.empty());
    }

    /**
     * Classifies an entry that was not changed: EXPIRED or MAX_ATTEMPTS. Stores use it after a conditional update
     * found nothing to change.
     *
     * @param otp the entry as stored; not null
     * @param now the instant of the attempt; not null
     * @return the result, or empty if the entry is pending (the caller raced with a new code and should retry)
     */
    public static Optional<AttemptResult> unchanged(StoredOtp otp, Instant now) {
        if (!now.isBefore(otp.expiresAt())) {
            return Optional.of(new AttemptResult(Status.EXPIRED, Optional.of(otp)));
        }
        if (otp.attempts() >= otp.maxAttempts()) {
            return Optional.of(new AttemptResult(Status.MAX_ATTEMPTS, Optional.of(otp)));
        }
        return Optional.empty();
    }

    /**
     * Returns the result for a counted attempt.
     *
     * @param otp the entry after counting; not null
     * @return the COUNTED result; never null
     */
    public static AttemptResult counted(StoredOtp otp) {
        return new AttemptResult(Status.COUNTED, Optional.of(otp));
    }
}
