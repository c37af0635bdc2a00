/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Objects;

/**
 * The one exception this module throws for invalid input: it names the request field and carries a message in the
 * API's style, such as "The length field must be between 3 and 10.".
 *
 * <p>A messaging server maps it to the API's HTTP 422 "Input validation error" with {@link #getMessage()} as
 * the description. Messages never contain the rejected value: recipients are personal data and codes are secrets.
 * Nothing is stored when this exception is thrown.
 */
public final class OtpValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field name, as in the API's JSON. */
    private final String field;

    /**
     * Creates the exception for a field.
     *
     * @param field the request field name as in the API's JSON, for example {@code "maxAttempts"}; not null
     * @param message the API-style message; not null
     * @throws NullPointerException if an argument is null
     */
    public OtpValidationException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    static OtpValidationException required(String field) {
        return new OtpValidationException(field, "The " + field + " field is required.");
    }

    static OtpValidationException range(String field, int min, int max) {
        return new OtpValidationException(
                field, "The " + field + " field must be between " + min + " and " + max + ".");
    }

    /**
     * Returns the name of the rejected field, as the API's JSON spells it.
     *
     * @return one of {@code recipient}, {@code length}, {@code maxAttempts}, {@code maxSecondsValidity},
     *     {@code appId}, {@code code}; never null
     */
    public String field() {
        return field;
    }
}
