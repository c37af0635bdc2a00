/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Objects;

/**
 * The result of generating a code: the plaintext code, which appears nowhere else, and its record.
 *
 * <p>Send {@link #code()} to the recipient and drop this object; the store keeps only a keyed hash.
 * {@link #toString()} masks the code. Immutable and thread-safe.
 *
 * @param code the plaintext code: digits, or digits and upper-case letters A-Z, leading zeros kept; not null
 * @param otp the record: recipient, attempts 0, maxAttempts, maxSecondsValidity, appId, createdAt, updatedAt,
 *     expiresAt; not null
 */
public record GeneratedCode(String code, OtpRecord otp) {

    /**
     * Checks the fields.
     *
     * @param code the plaintext code: digits, or digits and upper-case letters A-Z, leading zeros kept; not null
     * @param otp the record: recipient, attempts 0, maxAttempts, maxSecondsValidity, appId, createdAt, updatedAt,
     *     expiresAt; not null
     * @throws NullPointerException if a field is null
     */
    public GeneratedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(otp, "otp");
    }

    /**
     * Returns the record with the code masked.
     *
     * @return a description that never contains the code
     */
    @Override
    public String toString() {
        return "GeneratedCode[code=<" + code.length() + " chars>, otp=" + otp + "]";
    }
}
