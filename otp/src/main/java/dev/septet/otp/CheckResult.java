/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a check: whether the code was valid, why, and the code's record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param valid true exactly when {@code reason} is {@link Reason#VALID}
 * @param reason the reason; its {@link Reason#text()} is the API's display text; not null
 * @param otp the code's record after this check, never holding the code; empty when no pending code existed for the
 *     recipient and appId (so the answer does not reveal whether one did); not null
 */
public record CheckResult(boolean valid, Reason reason, Optional<OtpRecord> otp) {

    /**
     * Checks the fields.
     *
     * @param valid true exactly when {@code reason} is {@link Reason#VALID}
     * @param reason the reason; its {@link Reason#text()} is the API's display text; not null
     * @param otp the code's record after this check, never holding the code; empty when no pending code existed for
     *     the recipient and appId (so the answer does not reveal whether one did); not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code valid} disagrees with {@code reason}
     */
    public CheckResult {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(otp, "otp");
        if (valid != (reason == Reason.VALID)) {
            throw new IllegalArgumentException("valid " + valid + " disagrees with reason " + reason);
        }
    }

    static CheckResult of(Reason reason, StoredOtp stored) {
        return new CheckResult(
                reason == Reason.VALID, reason, Optional.ofNullable(stored).map(StoredOtp::toRecord));
    }
}
