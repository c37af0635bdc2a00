/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a store refused to record a code or a failed check under a {@link Throttle}, and until when.
 *
 * <p>The unit of the {@link OtpStore} throttling operations; the service turns it into a {@link ThrottledException}.
 * Immutable and thread-safe.
 *
 * @param limit the limit that refused; when several did, the one that ends last; not null
 * @param retryAt the instant from which a code may be generated again (and, for
 *     {@link Throttle.Limit#FAILED_CHECKS}, checked again): the end of the latest interval or window that refused;
 *     not null
 */
public record ThrottleRefusal(Throttle.Limit limit, Instant retryAt) {

    /**
     * Checks the fields.
     *
     * @param limit the limit that refused; when several did, the one that ends last; not null
     * @param retryAt the instant from which a code may be generated again; not null
     * @throws NullPointerException if a field is null
     */
    public ThrottleRefusal {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(retryAt, "retryAt");
    }
}
