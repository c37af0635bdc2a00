/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * One-time passcodes: generate a code for a phone number or e-mail address, send it, and check what the user types
 * back.
 *
 * <p><b>Where the semantics come from.</b> Requests, ranges, defaults, validation messages, records and check reasons
 * are those of the 360nrs REST API's {@code otp/generate} and {@code otp/check} endpoints, so a messaging server can
 * offer those endpoints on top of this module. What differs: a check result never holds the code (the API echoes it);
 * a {@link dev.septet.otp.Throttle} limits codes and wrong guesses per recipient by default (the API documents no
 * limit; {@link dev.septet.otp.Throttle#none()} turns it off); recipients are normalised, so respellings of one
 * number share one code; and {@link dev.septet.otp.OtpPolicy#STRICT} can require longer codes. Elsewhere this
 * module speaks of "the API" for that source.
 *
 * <p>Start with {@link dev.septet.otp.OtpService}. Codes are stored only as HMAC-SHA256 hashes; the plaintext code
 * appears once, in {@link dev.septet.otp.GeneratedCode#code()}. Storage goes through the
 * {@link dev.septet.otp.OtpStore} SPI, whose operations are atomic, so attempt limits and single use hold when many
 * threads or several service instances share one store: {@link dev.septet.otp.InMemoryOtpStore#create()} for one process,
 * {@link dev.septet.otp.PostgresOtpStore#create(javax.sql.DataSource)} for PostgreSQL.
 *
 * <p>Time is always a {@link java.time.Instant} from an injected {@link java.time.Clock}; durations named
 * {@code ...Seconds...} are in whole seconds. Every public type is immutable or thread-safe as its javadoc says.
 */
package dev.septet.otp;
