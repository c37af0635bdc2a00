/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sending rules of one destination country: immutable and thread-safe; start from {@link #of(String)} (no rules)
 * or from a country of {@link RuleTable#defaults()}, and derive copies with the {@code withX} methods.
 *
 * <p>Every rule binds only messages whose {@link Purpose} is in {@link #purposes()}; by default that is marketing
 * alone, as the source documentation scopes its restrictions.
 *
 * @param country the ISO 3166-1 alpha-2 code, upper case, for example {@code "FR"}; not null
 * @param purposes the purposes the rules bind; not null, copied (an empty set makes the country's rules inert)
 * @param hours when marketing may be sent ({@link RuleId#QUIET_HOURS}), or empty for at any time; not null
 * @param stopLine the words before the short code in the mandatory opt-out line at the end of the text
 *     ({@link RuleId#STOP_LINE}), for example {@code "STOP au"} for France; empty when no line is required. Not null;
 *     when present, not blank.
 * @param prohibited the content categories the country prohibits ({@link RuleId#PROHIBITED_CONTENT}); not null, copied
 * @param ageVerification the categories allowed only to recipients whose age was verified
 *     ({@link RuleId#AGE_VERIFICATION}); not null, copied
 * @param optInRequired true when the recipient's express opt-in must be declared ({@link RuleId#CONSENT_REQUIRED})
 * @param publicShortenersForbidden true when links through the table's public URL shorteners are refused
 *     ({@link RuleId#PUBLIC_SHORTENER})
 * @param source where the rules come from and when they were read, for reports; not null, may be empty
 */
public record CountryRules(
        String country,
        Set<Purpose> purposes,
        Optional<SendingHours> hours,
        Optional<String> stopLine,
        Set<ContentCategory> prohibited,
        Set<ContentCategory> ageVerification,
        boolean optInRequired,
        boolean publicShortenersForbidden,
        String source) {

    /**
     * Creates the record, validating and copying.
     *
     * @param country the ISO 3166-1 alpha-2 code; two ASCII letters, upper-cased here; not null
     * @param purposes the purposes the rules bind; not null
     * @param hours when marketing may be sent, or empty; not null
     * @param stopLine the words before the short code in the opt-out line, or empty; not null, not blank
     * @param prohibited the prohibited content categories; not null
     * @param ageVerification the categories that need age verification; not null
     * @param optInRequired true when express opt-in is required
     * @param publicShortenersForbidden true when public URL shorteners are refused
     * @param source where the rules come from; not null
     * @throws NullPointerException if an argument or element is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the country code is not two ASCII letters or
     *     the stop line is blank
     */
    public CountryRules {
        country = countryCode(country, "country");
        purposes = copy(purposes, Purpose.class, "purposes");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(stopLine, "stopLine");
        if (stopLine.isPresent() && stopLine.get().isBlank()) {
            throw new RulesException(
                    RulesError.INVALID_RULE, "stopLine", "the stop line of " + country + " must not be blank");
        }
        prohibited = copy(prohibited, ContentCategory.class, "prohibited");
        ageVerification = copy(ageVerification, ContentCategory.class, "ageVerification");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Returns a country with no rules that bind marketing alone: a starting point for the {@code withX} methods.
     *
     * @param country the ISO 3166-1 alpha-2 code; two ASCII letters, upper-cased; not null
     * @return the rules
     * @throws NullPointerException if {@code country} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the code is not two ASCII letters
     */
    public static CountryRules of(String country) {
        return new CountryRules(
                country,
                Set.of(Purpose.MARKETING),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Set.of(),
                false,
                false,
                "");
    }

    /**
     * Returns a copy that binds other purposes.
     *
     * @param newPurposes the purposes the rules bind; not null, no nulls
     * @return the new rules
     * @throws NullPointerException if the set or an element is null
     */
    public CountryRules withPurposes(Set<Purpose> newPurposes) {
        return new CountryRules(
                country,
                newPurposes,
                hours,
                stopLine,
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy with other sending hours.
     *
     * @param newHours the hours; not null
     * @return the new rules
     * @throws NullPointerException if {@code newHours} is null
     */
    public CountryRules withHours(SendingHours newHours) {
        return new CountryRules(
                country,
                purposes,
                Optional.of(Objects.requireNonNull(newHours, "hours")),
                stopLine,
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy that allows marketing at any time.
     *
     * @return the new rules
     */
    public CountryRules withoutHours() {
        return new CountryRules(
                country,
                purposes,
                Optional.empty(),
                stopLine,
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy that requires the opt-out line {@code words + " " + shortCode} at the end of the text.
     *
     * @param words the words before the short code, for example {@code "STOP au"}; not null, not blank
     * @return the new rules
     * @throws NullPointerException if {@code words} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if {@code words} is blank
     */
    public CountryRules withStopLine(String words) {
        return new CountryRules(
                country,
                purposes,
                hours,
                Optional.of(Objects.requireNonNull(words, "stopLine")),
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy that requires no opt-out line.
     *
     * @return the new rules
     */
    public CountryRules withoutStopLine() {
        return new CountryRules(
                country,
                purposes,
                hours,
                Optional.empty(),
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy with other prohibited content categories.
     *
     * @param categories the prohibited categories; not null, no nulls
     * @return the new rules
     * @throws NullPointerException if the collection or an element is null
     */
    public CountryRules withProhibited(Collection<ContentCategory> categories) {
        return new CountryRules(
                country,
                purposes,
                hours,
                stopLine,
                copy(categories, ContentCategory.class, "prohibited"),
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy with other categories that need age verification.
     *
     * @param categories the categories; not null, no nulls
     * @return the new rules
     * @throws NullPointerException if the collection or an element is null
     */
    public CountryRules withAgeVerification(Collection<ContentCategory> categories) {
        return new CountryRules(
                country,
                purposes,
                hours,
                stopLine,
                prohibited,
                copy(categories, ContentCategory.class, "ageVerification"),
                optInRequired,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy that does or does not require the recipient's express opt-in.
     *
     * @param required true to require it
     * @return the new rules
     */
    public CountryRules withOptInRequired(boolean required) {
        return new CountryRules(
                country,
                purposes,
                hours,
                stopLine,
                prohibited,
                ageVerification,
                required,
                publicShortenersForbidden,
                source);
    }

    /**
     * Returns a copy that does or does not refuse links through public URL shorteners.
     *
     * @param forbidden true to refuse them
     * @return the new rules
     */
    public CountryRules withPublicShortenersForbidden(boolean forbidden) {
        return new CountryRules(
                country, purposes, hours, stopLine, prohibited, ageVerification, optInRequired, forbidden, source);
    }

    /**
     * Returns a copy with another source note.
     *
     * @param newSource where the rules come from and when they were read; not null
     * @return the new rules
     * @throws NullPointerException if {@code newSource} is null
     */
    public CountryRules withSource(String newSource) {
        return new CountryRules(
                country,
                purposes,
                hours,
                stopLine,
                prohibited,
                ageVerification,
                optInRequired,
                publicShortenersForbidden,
                newSource);
    }

    /** Validates and upper-cases a two-letter ASCII country code. */
    static String countryCode(String code, String field) {
        Objects.requireNonNull(code, field);
        if (code.length() != 2 || !asciiLetter(code.charAt(0)) || !asciiLetter(code.charAt(1))) {
            throw new RulesException(
                    RulesError.INVALID_RULE,
                    field,
                    field + " must be an ISO 3166-1 alpha-2 code (two ASCII letters), was \"" + code + "\"");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Copies an enum set into an unmodifiable, ordered set, naming the field when it or an element is null. */
    static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type, String field) {
        Objects.requireNonNull(values, field);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : values) {
            copy.add(Objects.requireNonNull(e, field + " element"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
