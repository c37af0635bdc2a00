/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The storage SPI for codes: a map from (recipient, appId) to at most one {@link StoredOtp}, with atomic operations.
 *
 * <p>Each operation must be atomic with respect to every other operation on the same key, across threads and, for
 * shared stores, across processes: {@link OtpService} holds no locks and relies on this alone for attempt limits,
 * single use, rejectIfPendingCode and {@link Throttle} limits. A store never sees a plaintext code. Times are passed in by the service from
 * its {@link java.time.Clock}; stores do not read clocks. Implementations must be thread-safe.
 *
 * <p>Besides the codes, a store keeps per-key throttle counters, touched only by the three throttling operations,
 * which the service calls only when it has a {@link Throttle} that is on. Replacing or using a code leaves the counters
 * alone, so a failed-check budget spans regenerations.
 *
 * <p>Implementations: {@link InMemoryOtpStore#create()} and {@link JdbcOtpStore#create(javax.sql.DataSource)}. A new
 * implementation should pass the same contract test suite as those two.
 */
public interface OtpStore {

    /**
     * How long an expired entry stays checkable: for this long after expiresAt a check answers
     * {@link Reason#EXPIRED}, afterwards {@link Reason#INVALID_CODE}, whether or not the entry was purged yet.
     */
    Duration EXPIRED_RETENTION = Duration.ofMinutes(10);

    /**
     * Stores an entry, replacing any entry for its key (insert-or-replace). The old code stops working at once.
     *
     * @param otp the entry; not null
     */
    void replace(StoredOtp otp);

    /**
     * Stores an entry unless a pending entry exists for its key (insert-if-no-pending): one whose expiresAt is after
     * {@code now} and whose attempts are below maxAttempts. A non-pending entry is replaced.
     *
     * @param otp the entry; not null
     * @param now the current instant; not null
     * @return empty if the entry was stored, otherwise the pending entry that prevented it
     */
    Optional<StoredOtp> insertIfNoPending(StoredOtp otp, Instant now);

    /**
     * Counts a check against the entry for a key if it allows one (count-an-attempt-if-allowed): if the entry
     * exists, has not expired at {@code now}, and its attempts are below maxAttempts, attempts goes up by one and
     * updatedAt becomes {@code now}.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param now the current instant; not null
     * @return what was found, and the entry after the operation; never null
     */
    AttemptResult countAttempt(String recipient, String appId, Instant now);

    /**
     * Removes the entry for a key if it is still the entry with the given id (mark-used-once). Of any number of
     * concurrent calls for one entry, exactly one returns true.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param id the entry id from {@link StoredOtp#id()}; not null
     * @return true if this call used the entry up, false if it was already used or replaced
     */
    boolean markUsed(String recipient, String appId, String id);

    /**
     * Records a code for a key if the throttle allows one at {@code now} (record-generation-if-allowed). It is
     * refused while the key's failed-check budget is spent, before minInterval has passed since its last code, or
     * when its current window already holds maxCodes codes; a refusal changes nothing. Otherwise the last-code instant
     * becomes {@code now} and the code is counted in the current window, or starts a new window if that one ended.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param now the current instant; not null
     * @param throttle the limits; not null
     * @return empty if the code was recorded, otherwise why not and until when (the limit ending last)
     */
    Optional<ThrottleRefusal> recordGeneration(String recipient, String appId, Instant now, Throttle throttle);

    /**
     * Reserves one failed check for a key if its budget allows one at {@code now} (reserve-failed-check-if-allowed):
     * refused, changing nothing, when the current failed-checks window already holds maxFailedChecks; otherwise
     * counted in it, or starting a new window if that one ended. The service reserves before it compares a code, so
     * concurrent guesses can never exceed the budget, and releases the reservation when the code matched.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param now the current instant; not null
     * @param throttle the limits; not null
     * @return empty if the failed check was reserved, otherwise the {@link Throttle.Limit#FAILED_CHECKS} refusal
     */
    Optional<ThrottleRefusal> reserveFailedCheck(String recipient, String appId, Instant now, Throttle throttle);

    /**
     * Releases a failed check reserved at {@code reservedAt} because the code matched (release-failed-check): the
     * key's failures go down by one, unless none are left or its failed-checks window started after
     * {@code reservedAt} (the reservation was already forgotten).
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param reservedAt the {@code now} the reservation was made with; not null
     */
    void releaseFailedCheck(String recipient, String appId, Instant reservedAt);

    /**
     * Removes every entry whose expiresAt is at or before a cutoff (purge-expired), and every key's throttle counters
     * that stopped mattering at or before it (all their intervals and windows ended).
     *
     * @param cutoff the cutoff instant; not null
     * @return how many entries and throttle counters were removed, at least 0
     */
    int purgeExpired(Instant cutoff);
}
