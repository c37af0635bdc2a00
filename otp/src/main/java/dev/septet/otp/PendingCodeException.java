/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * The exception a generate request with {@code rejectIfPendingCode} gets when a pending code (not expired, not
 * used, attempts left) already exists for the same recipient and appId; it says when that code expires.
 *
 * <p>Nothing is stored when it is thrown. The message names neither the recipient nor any code.
 */
public final class PendingCodeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** When the pending code expires. */
    private final Instant expiresAt;

    PendingCodeException(Instant expiresAt) {
        super("A pending code exists for this recipient and appId; it expires at "
                + Objects.requireNonNull(expiresAt, "expiresAt") + ".");
        this.expiresAt = expiresAt;
    }

    /**
     * Returns when the pending code expires; a new code can be generated from then on.
     *
     * @return the pending code's expiry instant; never null
     */
    public Instant expiresAt() {
        return expiresAt;
    }
}
