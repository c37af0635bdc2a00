/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;

/**
 * A check that {@link OtpService} consults before it stores or sends a code, and that it tells when a code was
 * verified; set with {@link OtpService.Builder#sendGuard(SendGuard)}. The SMS-pumping guard of
 * {@code septet-otp-guard} implements it; none is set by default.
 *
 * <p>The service passes its store and its clock reading, so a guard keeps its counters in the store's windowed
 * counters and its limits hold across every service sharing that store. Implementations must be thread-safe.
 */
public interface SendGuard {

    /**
     * Decides whether a code may be generated and sent; called by every generate after the request was validated
     * and after any {@link Throttle} admitted it, before a code is drawn or stored. To refuse, throw an unchecked
     * exception: it propagates to the caller of {@code generate}, and nothing is stored. A generate that this method
     * admits and that then fails with {@link PendingCodeException} still counts as admitted.
     *
     * @param store the service's store, for counters; not null
     * @param recipient the normalised recipient: digits only (country code first, no {@code +}) for a phone, the
     *     lower-cased address for an e-mail; not null
     * @param appId the appId; not null
     * @param clientKey the caller's key for the requester (IP address, device, session), or {@code ""} if none was
     *     given; not null, otherwise unchecked
     * @param now the service's current instant, in whole milliseconds; not null
     */
    void beforeGenerate(OtpStore store, String recipient, String appId, String clientKey, Instant now);

    /**
     * Learns that a code was checked with the right value and used up: called once per code a check answers
     * {@link Reason#VALID}, after the code was removed. Must not throw.
     *
     * @param store the service's store, for counters; not null
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @param generatedAt when the verified code was generated; not null
     * @param now the service's current instant, in whole milliseconds; not null
     */
    void verified(OtpStore store, String recipient, String appId, Instant generatedAt, Instant now);
}
