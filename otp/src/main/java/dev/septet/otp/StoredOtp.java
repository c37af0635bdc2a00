/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One code as a store keeps it: the record's fields, an entry id, and the code's keyed hash instead of the code.
 *
 * <p>This is the unit of the {@link OtpStore} SPI; applications do not normally handle it. Its version, for
 * {@link OtpStore#compareAndSet}, is the pair (id, attempts). The hash accessor returns
 * a copy, and {@link #toString()} leaves the hash out. Immutable and thread-safe.
 *
 * @param recipient the normalised recipient; part of the key; not null
 * @param appId the application scope; part of the key; not null
 * @param id an identifier unique to this generation of a code, so a store can tell it from a later code for the same
 *     key (32 lower-case hex characters); not null
 * @param codeHash the HMAC-SHA256 of the code, 32 bytes; not null
 * @param attempts how many checks were counted, 0 to {@code maxAttempts} inclusive
 * @param maxAttempts how many checks the code allows, 1 to 10 inclusive
 * @param maxSecondsValidity the validity in seconds, 30 to 600 inclusive
 * @param createdAt when the code was generated; not null
 * @param updatedAt when the code was generated or last counted an attempt; not null
 * @param expiresAt when the code stops being valid; not null
 */
public record StoredOtp(
        String recipient,
        String appId,
        String id,
        byte[] codeHash,
        int attempts,
        int maxAttempts,
        int maxSecondsValidity,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt) {

    /**
     * Checks the fields and copies the hash.
     *
     * @param recipient the normalised recipient; part of the key; not null
     * @param appId the application scope; part of the key; not null
     * @param id an identifier unique to this generation of a code, so a store can tell it from a later code for the
     *     same key (32 lower-case hex characters); not null
     * @param codeHash the HMAC-SHA256 of the code, 32 bytes; not null
     * @param attempts how many checks were counted, 0 to {@code maxAttempts} inclusive
     * @param maxAttempts how many checks the code allows, 1 to 10 inclusive
     * @param maxSecondsValidity the validity in seconds, 30 to 600 inclusive
     * @param createdAt when the code was generated; not null
     * @param updatedAt when the code was generated or last counted an attempt; not null
     * @param expiresAt when the code stops being valid; not null
     * @throws NullPointerException if a reference field is null
     * @throws IllegalArgumentException if the id is not 32 lower-case hex characters, the hash is not 32 bytes, or a
     *     number is out of its range
     */
    public StoredOtp {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(id, "id");
        codeHash = Objects.requireNonNull(codeHash, "codeHash").clone();
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!isId(id)) {
            throw new IllegalArgumentException("id must be " + ID_CHARS + " lower-case hex characters");
        }
        if (codeHash.length != HASH_BYTES) {
            throw new IllegalArgumentException("codeHash must be " + HASH_BYTES + " bytes, was " + codeHash.length);
        }
        requireBetween("maxAttempts", maxAttempts, GenerateRequest.MIN_ATTEMPTS, GenerateRequest.MAX_ATTEMPTS);
        requireBetween(
                "maxSecondsValidity", maxSecondsValidity, GenerateRequest.MIN_SECONDS, GenerateRequest.MAX_SECONDS);
        OtpRecord.requireAttempts(attempts, maxAttempts);
    }

    /** The length of {@link #id()}, in hex characters. */
    static final int ID_CHARS = 32;
    /** The length of {@link #codeHash()}, in bytes. */
    static final int HASH_BYTES = 32;

    private static boolean isId(String id) {
        if (id.length() != ID_CHARS) {
            return false;
        }
        for (int i = 0; i < ID_CHARS; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * Returns a copy of the code's keyed hash.
     *
     * @return a new array of 32 bytes
     */
    @Override
    public byte[] codeHash() {
        return codeHash.clone();
    }

    /**
     * Compares the stored hash with a hash of a typed code in time independent of where they differ, so response
     * timing does not tell an attacker how many leading bytes of a guess's hash were right.
     */
    boolean codeHashMatches(byte[] typedHash) {
        return CodeHasher.matches(codeHash, typedHash);
    }

    /**
     * Tells whether the code is pending at an instant: not expired and with attempts left. (A used code is not in a
     * store at all.)
     *
     * @param now the instant; not null
     * @return true if {@code now} is before {@code expiresAt} and attempts are below maxAttempts
     */
    public boolean isPendingAt(Instant now) {
        return now.isBefore(expiresAt) && attempts < maxAttempts;
    }

    /**
     * Returns a copy with one more attempt counted at the given instant.
     *
     * @param now the instant of the attempt, which becomes {@code updatedAt}; not null
     * @return the copy; never null
     * @throws IllegalArgumentException if the attempts are already at maxAttempts
     */
    public StoredOtp withAttemptAt(Instant now) {
        return new StoredOtp(
                recipient,
                appId,
                id,
                codeHash,
                attempts + 1,
                maxAttempts,
                maxSecondsValidity,
                createdAt,
                now,
                expiresAt);
    }

    /**
     * Returns the record the API reports, without id and hash.
     *
     * @return the record; never null
     */
    public OtpRecord toRecord() {
        return new OtpRecord(
                recipient, attempts, maxAttempts, maxSecondsValidity, appId, createdAt, updatedAt, expiresAt);
    }

    /**
     * Compares all fields, the hash by content.
     *
     * @param o the other object
     * @return true if {@code o} is a StoredOtp with equal fields
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredOtp other
                && recipient.equals(other.recipient)
                && appId.equals(other.appId)
                && id.equals(other.id)
                && Arrays.equals(codeHash, other.codeHash)
                && attempts == other.attempts
                && maxAttempts == other.maxAttempts
                && maxSecondsValidity == other.maxSecondsValidity
                && createdAt.equals(other.createdAt)
                && updatedAt.equals(other.updatedAt)
                && expiresAt.equals(other.expiresAt);
    }

    /**
     * Hashes all fields, the code hash by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                recipient,
                appId,
                id,
                Arrays.hashCode(codeHash),
                attempts,
                maxAttempts,
                maxSecondsValidity,
                createdAt,
                updatedAt,
                expiresAt);
    }

    /**
     * Describes the entry without its code hash.
     *
     * @return a description; never contains the hash
     */
    @Override
    public String toString() {
        return "StoredOtp[recipient=" + recipient + ", appId=" + appId + ", id=" + id + ", attempts=" + attempts
                + ", maxAttempts=" + maxAttempts + ", maxSecondsValidity=" + maxSecondsValidity + ", createdAt="
                + createdAt + ", updatedAt=" + updatedAt + ", expiresAt=" + expiresAt + "]";
    }
}
