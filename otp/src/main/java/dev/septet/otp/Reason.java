/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

/**
 * The reason a check gave its answer, with the API's exact display text.
 *
 * <p>Precedence when checking (first that applies): no pending code for the recipient and appId gives
 * {@link #INVALID_CODE}; an expired code gives {@link #EXPIRED}; a code whose attempts are used up gives
 * {@link #MAX_ATTEMPTS}; otherwise the attempt is counted and the code compared, giving {@link #VALID} or
 * {@link #INVALID_CODE}.
 */
public enum Reason {
    /** The code matched; it is now used up. Display text "Valid". */
    VALID("Valid"),
    /** The code did not match, was already used, or no pending code exists. Display text "Invalid code". */
    INVALID_CODE("Invalid code"),
    /** The code's attempts were already used up, even if this code is right. Display text "Maximum attempts reached". */
    MAX_ATTEMPTS("Maximum attempts reached"),
    /** The code's validity ran out; no attempt was counted. Display text "Expired". */
    EXPIRED("Expired");

    private final String text;

    Reason(String text) {
        this.text = text;
    }

    /**
     * Returns the display text, exactly as the API reports it.
     *
     * @return the display text, for example {@code "Maximum attempts reached"}; never null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the display text, the same as {@link #text()}.
     *
     * @return the display text; never null
     */
    @Override
    public String toString() {
        return text;
    }
}
