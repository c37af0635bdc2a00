/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * The exception a generate or check gets when a {@link Throttle} limit for the recipient and appId is reached; it
 * says which limit and when the next code may be generated.
 *
 * <p>Thrown only when the service was built with a throttle. A refused generate stores no code and records nothing;
 * a check refused by {@link Throttle.Limit#FAILED_CHECKS} has compared nothing (its attempt on the pending code was
 * counted first, which only makes guessing harder). The message names neither the recipient nor any code.
 */
public final class ThrottledException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The limit that refused. */
    private final Throttle.Limit limit;
    /** When a code may be generated again. */
    private final Instant retryAt;

    ThrottledException(Throttle.Limit limit, Instant retryAt) {
        super(message(Objects.requireNonNull(limit, "limit"), Objects.requireNonNull(retryAt, "retryAt")));
        this.limit = limit;
        this.retryAt = retryAt;
    }

    private static String message(Throttle.Limit limit, Instant retryAt) {
        String what = switch (limit) {
            case MIN_INTERVAL -> "The previous code for this recipient and appId is too recent";
            case MAX_CODES -> "Too many codes for this recipient and appId";
            case FAILED_CHECKS -> "Too many failed checks for this recipient and appId";
        };
        return what + "; the next code may be generated at " + retryAt + ".";
    }

    /**
     * Returns the limit that refused; when several did, the one that ends last.
     *
     * @return the limit; never null
     */
    public Throttle.Limit limit() {
        return limit;
    }

    /**
     * Returns the instant from which a code may be generated again; for {@link Throttle.Limit#FAILED_CHECKS} also
     * the instant from which checks are answered again.
     *
     * @return the instant; never null
     */
    public Instant retryAt() {
        return retryAt;
    }
}
