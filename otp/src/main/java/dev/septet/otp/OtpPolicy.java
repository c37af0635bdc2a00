/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

/**
 * A preset of rules the service applies to generate requests on top of the documented ranges.
 *
 * <p>{@link #COMPATIBLE} is the default: exactly the API's documented ranges, so a 4-digit code (about 13 bits)
 * is allowed. {@link #STRICT} also rejects requests whose code has fewer than 1,000,000 possible values, the
 * space of the 6-digit codes NIST SP 800-63B section 5.1.3 asks for (about 20 bits): at least 6 digits, or at least 4
 * alphanumeric characters. Its other rule, validity of at most 10 minutes, is already the documented ceiling of 600
 * seconds.
 */
public enum OtpPolicy {
    /** The API's documented ranges only; the default. */
    COMPATIBLE,
    /** The documented ranges plus at least 1,000,000 possible codes (NIST SP 800-63B's 6 digits). */
    STRICT;

    /** The number of possible codes {@link #STRICT} requires at least. */
    static final long STRICT_MIN_CODE_SPACE = 1_000_000L;
}
