/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

/**
 * A request to generate a code: the API's {@code otp/generate} parameters plus a look-alike option.
 *
 * <p>The constructor validates every field against the documented ranges and throws
 * {@link OtpValidationException} naming the field; {@link OtpService} additionally applies its {@link OtpPolicy}.
 * Build one with {@link #of(String)} and the {@code withX} copies. Immutable and thread-safe.
 *
 * @param recipient the phone number or e-mail address the code is for; required; checked to look like a phone number
 *     (digits, spaces, {@code -.()}, a leading {@code +}) or an e-mail address here, and normalised by the service's
 *     {@link RecipientNormalizer}
 * @param alpha whether the code uses digits and upper-case letters A-Z rather than digits only; default false
 * @param length the code length in characters, 3 to 10 inclusive, or {@link #POLICY_LENGTH} (0, the default) for the
 *     service policy's default: 4 under {@link OtpPolicy#COMPATIBLE}, 6 digits or 4 alphanumerics under
 *     {@link OtpPolicy#STRICT}
 * @param maxAttempts how many checks the code allows, 1 to 10 inclusive; default 3
 * @param maxSecondsValidity how long the code is valid, in seconds, 30 to 600 inclusive; default 60
 * @param appId the application scope: a recipient has at most one code per appId at a time; default {@code ""}; a
 *     null appId means the default; at most 255 UTF-16 code units, with no control characters (U+0000 to U+001F,
 *     U+007F to U+009F) and no unpaired surrogates
 * @param rejectIfPendingCode whether to fail with {@link PendingCodeException} rather than replace a pending code;
 *     default false
 * @param excludeLookAlikes whether an alphanumeric code leaves out 0, O, 1 and I (32 symbols instead of 36); ignored
 *     for numeric codes; default false
 */
public record GenerateRequest(
        String recipient,
        boolean alpha,
        int length,
        int maxAttempts,
        int maxSecondsValidity,
        String appId,
        boolean rejectIfPendingCode,
        boolean excludeLookAlikes) {

    /** The default code length under {@link OtpPolicy#COMPATIBLE}, in characters. */
    public static final int DEFAULT_LENGTH = 4;
    /**
     * The length value that means "the service policy's default": {@link #DEFAULT_LENGTH} under
     * {@link OtpPolicy#COMPATIBLE}, the shortest code {@link OtpPolicy#STRICT} accepts under it (6 digits, or 4
     * alphanumerics). {@link #of(String)} uses it.
     */
    public static final int POLICY_LENGTH = 0;
    /** The default number of attempts. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The default validity, in seconds. */
    public static final int DEFAULT_MAX_SECONDS_VALIDITY = 60;
    /** The longest appId accepted, in UTF-16 code units; a safety bound the API documents no value for. */
    public static final int MAX_APP_ID_LENGTH = 255;

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 10;
    static final int MIN_ATTEMPTS = 1;
    static final int MAX_ATTEMPTS = 10;
    static final int MIN_SECONDS = 30;
    static final int MAX_SECONDS = 600;

    /**
     * Validates the request.
     *
     * @param recipient the phone number or e-mail address the code is for; required; checked to look like a phone number
     *     (digits, spaces, {@code -.()}, a leading {@code +}) or an e-mail address here, and normalised by the service's
     *     {@link RecipientNormalizer}
     * @param alpha whether the code uses digits and upper-case letters A-Z rather than digits only; default false
     * @param length the code length in characters, 3 to 10 inclusive, or {@link #POLICY_LENGTH} (0, the default) for the
     *     service policy's default: 4 under {@link OtpPolicy#COMPATIBLE}, 6 digits or 4 alphanumerics under
     *     {@link OtpPolicy#STRICT}
     * @param maxAttempts how many checks the code allows, 1 to 10 inclusive; default 3
     * @param maxSecondsValidity how long the code is valid, in seconds, 30 to 600 inclusive; default 60
     * @param appId the application scope: a recipient has at most one code per appId at a time; default {@code ""}; a
     *     null appId means the default; at most 255 characters
     * @param rejectIfPendingCode whether to fail with {@link PendingCodeException} rather than replace a pending code;
     *     default false
     * @param excludeLookAlikes whether an alphanumeric code leaves out 0, O, 1 and I (32 symbols instead of 36);
     *     ignored for numeric codes; default false
     * @throws OtpValidationException if a field is out of its documented range; the first failing field in
     *     declaration order is reported
     */
    public GenerateRequest {
        E164Normalizer.requireWellFormed(recipient);
        if (length != POLICY_LENGTH) {
            requireRange("length", length, MIN_LENGTH, MAX_LENGTH);
        }
        requireRange("maxAttempts", maxAttempts, MIN_ATTEMPTS, MAX_ATTEMPTS);
        requireRange("maxSecondsValidity", maxSecondsValidity, MIN_SECONDS, MAX_SECONDS);
        appId = appId(appId);
    }

    /**
     * Returns a request with the documented defaults: numeric, the policy's default length (4 characters under the
     * default policy), 3 attempts, 60 seconds, appId {@code ""}, replacing any pending code.
     *
     * @param recipient the phone number or e-mail address
     * @return the request; never null
     * @throws OtpValidationException if the recipient is missing or neither a phone nor an e-mail address
     */
    public static GenerateRequest of(String recipient) {
        return new GenerateRequest(
                recipient, false, POLICY_LENGTH, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_SECONDS_VALIDITY, "", false, false);
    }

    /**
     * Returns a copy with the given alpha setting.
     *
     * @param alpha true for digits and letters A-Z, false for digits only
     * @return the copy; never null
     */
    public GenerateRequest withAlpha(boolean alpha) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given code length.
     *
     * @param length the length in characters, 3 to 10 inclusive, or {@link #POLICY_LENGTH} for the policy's default
     * @return the copy; never null
     * @throws OtpValidationException if the length is out of range
     */
    public GenerateRequest withLength(int length) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given number of attempts.
     *
     * @param maxAttempts the number of checks allowed, 1 to 10 inclusive
     * @return the copy; never null
     * @throws OtpValidationException if the number is out of range
     */
    public GenerateRequest withMaxAttempts(int maxAttempts) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given validity.
     *
     * @param maxSecondsValidity the validity in seconds, 30 to 600 inclusive
     * @return the copy; never null
     * @throws OtpValidationException if the validity is out of range
     */
    public GenerateRequest withMaxSecondsValidity(int maxSecondsValidity) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given appId.
     *
     * @param appId the application scope; null means {@code ""}; at most 255 characters
     * @return the copy; never null
     * @throws OtpValidationException if the appId is too long
     */
    public GenerateRequest withAppId(String appId) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given rejectIfPendingCode setting.
     *
     * @param rejectIfPendingCode true to fail rather than replace a pending code
     * @return the copy; never null
     */
    public GenerateRequest withRejectIfPendingCode(boolean rejectIfPendingCode) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    /**
     * Returns a copy with the given look-alike setting.
     *
     * @param excludeLookAlikes true to leave 0, O, 1 and I out of alphanumeric codes
     * @return the copy; never null
     */
    public GenerateRequest withExcludeLookAlikes(boolean excludeLookAlikes) {
        return new GenerateRequest(
                recipient,
                alpha,
                length,
                maxAttempts,
                maxSecondsValidity,
                appId,
                rejectIfPendingCode,
                excludeLookAlikes);
    }

    static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw OtpValidationException.range(field, min, max);
        }
    }

    /**
     * Maps a null appId to the default and checks it: it becomes part of store keys, where a NUL fails in PostgreSQL
     * and an unpaired surrogate is replaced by some drivers (making two appIds one).
     */
    static String appId(String appId) {
        if (appId == null) {
            return "";
        }
        if (appId.length() > MAX_APP_ID_LENGTH) {
            throw new OtpValidationException(
                    "appId", "The appId field must not be longer than " + MAX_APP_ID_LENGTH + " characters.");
        }
        int bad = OtpService.unstorableIndex(appId);
        if (bad >= 0) {
            throw new OtpValidationException(
                    "appId",
                    Character.isISOControl(appId.charAt(bad))
                            ? "The appId field must not contain control characters; found one at index " + bad + "."
                            : "The appId field must not contain an unpaired surrogate; found one at index " + bad
                                    + ".");
        }
        return appId;
    }
}
