/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

/**
 * Turns a recipient (a phone number or an e-mail address) into the key its code and throttle counters are stored
 * under, so that one person is one key however the number is written: {@code +34 666 555 444},
 * {@code 0034 666 555 444}, {@code 34666555444}, {@code (+34) 666-555-444} and {@code +0034666555444} must all give
 * the same key, or throttling could be bypassed by respelling the number.
 *
 * <p>{@link #e164()} is the default: phone numbers become their E.164 digits without the plus (the {@code 00}
 * international prefix recognised), e-mail addresses are lower-cased, and a national number (a single leading zero,
 * no country code) is rejected, unless {@link #e164(int)} names the country calling code to read it with. Replace it
 * with {@link OtpService.Builder#recipientNormalizer(RecipientNormalizer)}, for example with one backed by
 * libphonenumber that knows every country's national formats (the README shows one). Every request first checks that
 * the recipient looks like a phone number (digits, spaces, {@code -.()} and a leading {@code +}) or an e-mail
 * address; a normaliser sees only such text.
 *
 * <p>Implementations must be thread-safe and deterministic, and every service sharing a store must use the same one.
 */
@FunctionalInterface
public interface RecipientNormalizer {

    /**
     * Returns the key for a recipient.
     *
     * @param recipient the recipient as the caller gave it, already checked to look like a phone number or an e-mail
     *     address; not null
     * @return the key: 1 to 254 characters, without control characters or unpaired surrogates (the service
     *     refuses any other key with an {@link IllegalStateException}); never null
     * @throws OtpValidationException with field {@code recipient} if no key can be derived (the service also turns
     *     any other {@link IllegalArgumentException} into one)
     */
    String normalize(String recipient);

    /**
     * Returns the default normaliser: phone numbers in international form to their E.164 digits, e-mail addresses
     * lower-cased (with {@link java.util.Locale#ROOT}), national numbers rejected.
     *
     * @return the normaliser; never null
     */
    static RecipientNormalizer e164() {
        return E164Normalizer.INTERNATIONAL;
    }

    /**
     * Returns the default normaliser, except that a national number (one leading zero, the trunk prefix) is read as
     * a number of the given country: {@code 0412 345 678} with 61 becomes {@code 61412345678}. Numbers with
     * {@code +} or {@code 00} keep their own country code.
     *
     * @param defaultCountryCallingCode the ITU-T E.164 country calling code, 1 to 999 inclusive, such as 34 or 61
     * @return the normaliser; never null
     * @throws IllegalArgumentException if the code is out of range
     */
    static RecipientNormalizer e164(int defaultCountryCallingCode) {
        return E164Normalizer.withCountryCode(defaultCountryCallingCode);
    }
}
