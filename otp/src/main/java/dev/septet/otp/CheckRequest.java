/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

/**
 * A request to check a code: the API's {@code otp/check} parameters.
 *
 * <p>The constructor validates the fields and throws {@link OtpValidationException} naming the field.
 * {@link #toString()} masks the code, which may be the right one. Immutable and thread-safe.
 *
 * @param recipient the phone number or e-mail address the code was generated for; required; normalised as in
 *     {@link GenerateRequest}
 * @param code the code the user typed; required, not blank; white space around it is removed
 * @param caseSensitive whether letters must match in case; default false, so lower-case input matches an
 *     alphanumeric code (only ASCII a-z fold, to A-Z: no other character stands for a letter)
 * @param appId the application scope the code was generated in; default {@code ""}; null means the default
 */
public record CheckRequest(String recipient, String code, boolean caseSensitive, String appId) {

    /**
     * Validates the request.
     *
     * @param recipient the phone number or e-mail address the code was generated for; required; normalised as in
     *     {@link GenerateRequest}
     * @param code the code the user typed; required, not blank; white space around it is removed
     * @param caseSensitive whether letters must match in case; default false, so lower-case input matches an
     *     alphanumeric code (only ASCII a-z fold, to A-Z: no other character stands for a letter)
     * @param appId the application scope the code was generated in; default {@code ""}; null means the default
     * @throws OtpValidationException if the recipient is missing or invalid, the code is missing or blank, or the
     *     appId is longer than {@value GenerateRequest#MAX_APP_ID_LENGTH} characters or holds a control character
     *     or an unpaired surrogate
     */
    public CheckRequest {
        E164Normalizer.requireWellFormed(recipient);
        if (code == null || code.isBlank()) {
            throw OtpValidationException.required("code");
        }
        // no code holds white space, so what surrounds a pasted or auto-filled code is not part of it
        code = code.strip();
        appId = GenerateRequest.appId(appId);
    }

    /**
     * Returns a case-insensitive request in the default appId {@code ""}.
     *
     * @param recipient the phone number or e-mail address
     * @param code the code the user typed
     * @return the request; never null
     * @throws OtpValidationException if a field is missing or invalid
     */
    public static CheckRequest of(String recipient, String code) {
        return new CheckRequest(recipient, code, false, "");
    }

    /**
     * Returns a copy with the given case sensitivity.
     *
     * @param caseSensitive true to require letters to match in case
     * @return the copy; never null
     */
    public CheckRequest withCaseSensitive(boolean caseSensitive) {
        return new CheckRequest(recipient, code, caseSensitive, appId);
    }

    /**
     * Returns a copy with the given appId.
     *
     * @param appId the application scope; null means {@code ""}
     * @return the copy; never null
     * @throws OtpValidationException if the appId is too long
     */
    public CheckRequest withAppId(String appId) {
        return new CheckRequest(recipient, code, caseSensitive, appId);
    }

    /**
     * Returns the fields with the code masked.
     *
     * @return a description that never contains the code
     */
    @Override
    public String toString() {
        return "CheckRequest[recipient=" + recipient + ", code=<" + code.length() + " chars>, caseSensitive="
                + caseSensitive + ", appId=" + appId + "]";
    }
}
