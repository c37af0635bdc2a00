/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import dev.septet.sms.SmsOptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a pre-send check looks at: the recipient, the text, the purpose, the content categories and consents the
 * caller declares (Septet cannot infer them from the text), the instant of sending and the SMS options that price the
 * text in parts. Immutable; start from {@link #of(String, String, Purpose, Instant)} and derive copies with the
 * {@code withX} methods.
 *
 * @param recipient the phone number, in international form ({@code +33 6 12 34 56 78}, any common punctuation) or,
 *     with {@link #defaultRegion()}, in that region's national form ({@code 06 12 34 56 78}); not null
 * @param text the message text, not empty (core's rule for pricing); not null
 * @param purpose marketing or transactional; not null
 * @param categories the content categories the message carries; not null, copied
 * @param consents the consents the caller holds for the recipient; not null, copied
 * @param at the instant the message would be sent, from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z
 *     inclusive; not null
 * @param options the SMS options that price the text in parts; not null
 * @param shortCode the short code of the opt-out line ({@code STOP au 36180}); when empty, the line's presence is
 *     checked with any short code and an appended line carries the placeholder {@code XXXXX}, five characters like
 *     a French short code, so the part count is right. Not null; when present, 1 to 16 ASCII letters and digits.
 * @param defaultRegion the ISO 3166-1 alpha-2 region for recipients in national form; not null, may be empty
 */
public record CheckRequest(
        String recipient,
        String text,
        Purpose purpose,
        Set<ContentCategory> categories,
        Set<Consent> consents,
        Instant at,
        SmsOptions options,
        Optional<String> shortCode,
        Optional<String> defaultRegion) {

    /** The earliest instant of sending accepted. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant of sending accepted. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The longest short code accepted, in characters. */
    public static final int MAX_SHORT_CODE_LENGTH = 16;

    /**
     * Creates the record, validating and copying.
     *
     * @param recipient the phone number; not null
     * @param text the message text; not null
     * @param purpose marketing or transactional; not null
     * @param categories the declared content categories; not null, no nulls
     * @param consents the declared consents; not null, no nulls
     * @param at the instant of sending; not null
     * @param options the SMS options; not null
     * @param shortCode the opt-out short code, or empty; not null
     * @param defaultRegion the region for national numbers, or empty; not null
     * @throws NullPointerException if an argument or element is null; the message names it
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the short code or region is malformed, with
     *     {@link RulesError#INVALID_INSTANT} if {@code at} is out of range
     */
    public CheckRequest {
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        categories = CountryRules.copy(categories, ContentCategory.class, "categories");
        consents = CountryRules.copy(consents, Consent.class, "consents");
        Objects.requireNonNull(at, "at (the instant of sending) must not be null");
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new RulesException(
                    RulesError.INVALID_INSTANT,
                    "at",
                    "at (the instant of sending) must be between " + EARLIEST + " and " + LATEST + ", was " + at);
        }
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(shortCode, "shortCode must not be null");
        shortCode.ifPresent(CheckRequest::checkShortCode);
        Objects.requireNonNull(defaultRegion, "defaultRegion must not be null");
        defaultRegion = defaultRegion.map(r -> CountryRules.countryCode(r, "defaultRegion"));
    }

    /**
     * Returns a request with no declared categories or consents, default SMS options, no short code and no default
     * region.
     *
     * @param recipient the phone number in international form; not null
     * @param text the message text; not null
     * @param purpose marketing or transactional; not null
     * @param at the instant the message would be sent, in the years 0001 to 9999; not null
     * @return the request
     * @throws NullPointerException if an argument is null; the message names it
     * @throws RulesException with {@link RulesError#INVALID_INSTANT} if {@code at} is out of range
     */
    public static CheckRequest of(String recipient, String text, Purpose purpose, Instant at) {
        return new CheckRequest(
                recipient,
                text,
                purpose,
                Set.of(),
                Set.of(),
                at,
                SmsOptions.defaults(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy declaring these content categories (replacing any declared before).
     *
     * @param declared the categories the message carries; not null, no nulls
     * @return the new request
     * @throws NullPointerException if the array or an element is null
     */
    public CheckRequest withCategories(ContentCategory... declared) {
        return withCategories(Arrays.asList(Objects.requireNonNull(declared, "categories")));
    }

    /**
     * Returns a copy declaring these content categories (replacing any declared before).
     *
     * @param declared the categories the message carries; not null, no nulls
     * @return the new request
     * @throws NullPointerException if the collection or an element is null
     */
    public CheckRequest withCategories(Collection<ContentCategory> declared) {
        return new CheckRequest(
                recipient,
                text,
                purpose,
                CountryRules.copy(declared, ContentCategory.class, "categories"),
                consents,
                at,
                options,
                shortCode,
                defaultRegion);
    }

    /**
     * Returns a copy declaring these consents (replacing any declared before).
     *
     * @param declared the consents held for the recipient; not null, no nulls
     * @return the new request
     * @throws NullPointerException if the array or an element is null
     */
    public CheckRequest withConsents(Consent... declared) {
        return new CheckRequest(
                recipient,
                text,
                purpose,
                categories,
                CountryRules.copy(
                        Arrays.asList(Objects.requireNonNull(declared, "consents")), Consent.class, "consents"),
                at,
                options,
                shortCode,
                defaultRegion);
    }

    /**
     * Returns a copy with other SMS options.
     *
     * @param newOptions the options that price the text; not null
     * @return the new request
     * @throws NullPointerException if {@code newOptions} is null
     */
    public CheckRequest withOptions(SmsOptions newOptions) {
        return new CheckRequest(
                recipient, text, purpose, categories, consents, at, newOptions, shortCode, defaultRegion);
    }

    /**
     * Returns a copy with the short code of the opt-out line.
     *
     * @param code 1 to 16 ASCII letters and digits, for example {@code "36180"}; not null
     * @return the new request
     * @throws NullPointerException if {@code code} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the code is malformed
     */
    public CheckRequest withShortCode(String code) {
        return new CheckRequest(
                recipient,
                text,
                purpose,
                categories,
                consents,
                at,
                options,
                Optional.of(Objects.requireNonNull(code, "shortCode must not be null")),
                defaultRegion);
    }

    /**
     * Returns a copy that reads a recipient in national form as a number of this region.
     *
     * @param region the ISO 3166-1 alpha-2 code, either case; not null
     * @return the new request
     * @throws NullPointerException if {@code region} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the code is not two ASCII letters
     */
    public CheckRequest withDefaultRegion(String region) {
        return new CheckRequest(
                recipient,
                text,
                purpose,
                categories,
                consents,
                at,
                options,
                shortCode,
                Optional.of(Objects.requireNonNull(region, "defaultRegion must not be null")));
    }

    private static void checkShortCode(String code) {
        boolean ok = !code.isEmpty() && code.length() <= MAX_SHORT_CODE_LENGTH;
        for (int i = 0; ok && i < code.length(); i++) {
            char c = code.charAt(i);
            ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        if (!ok) {
            throw new RulesException(
                    RulesError.INVALID_RULE,
                    "shortCode",
                    "shortCode must be 1 to 16 ASCII letters and digits, was \"" + code + "\"");
        }
    }
}
