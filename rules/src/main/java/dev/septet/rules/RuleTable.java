/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sending rules of every country a check knows, and the public URL shortener domains: an immutable,
 * thread-safe value. Laws change, so the rules are data: start from {@link #defaults()} and derive copies with
 * {@link #with(CountryRules)}, {@link #without(String)} and {@link #withPublicShortenerDomains(Collection)}. A country
 * missing from the table has no rules.
 *
 * @param countries the rules by ISO 3166-1 alpha-2 code; each key equals its value's {@link CountryRules#country()}.
 *     Not null, no nulls; copied into an unmodifiable sorted map.
 * @param publicShortenerDomains the domains of public URL shorteners, lower case (a link on one of them or on a
 *     subdomain of one is flagged where {@link CountryRules#publicShortenersForbidden()}); not null, no nulls; each
 *     a host name of ASCII letters, digits, hyphens and at least one dot; lower-cased and copied into an
 *     unmodifiable sorted set
 */
public record RuleTable(Map<String, CountryRules> countries, Set<String> publicShortenerDomains) {

    /** Where the default rules come from, and when they were read. */
    static final String SOURCE = "360nrs REST API documentation, \"Country sending restrictions\" (read 2026-12-01)";

    /** The first and last years whose Colombian holidays the default table holds. */
    static final int FIRST_HOLIDAY_YEAR = 2024;

    static final int LAST_HOLIDAY_YEAR = 2035;

    private static final RuleTable DEFAULTS = buildDefaults();

    /**
     * Creates the table, validating and copying.
     *
     * @param countries the rules by country code; not null, no nulls, each key equal to its value's country
     * @param publicShortenerDomains the public URL shortener domains; not null, no nulls, valid host names
     * @throws NullPointerException if an argument, key, value or element is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if a key differs from its value's country or a
     *     domain is not a host name
     */
    public RuleTable {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(publicShortenerDomains, "publicShortenerDomains");
        SortedMap<String, CountryRules> byCountry = new TreeMap<>();
        for (Map.Entry<String, CountryRules> e : countries.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "countries key");
            CountryRules value = Objects.requireNonNull(e.getValue(), "countries value");
            if (!key.equals(value.country())) {
                throw new RulesException(
                        RulesError.INVALID_RULE,
                        "countries",
                        "countries key \"" + key + "\" holds the rules of " + value.country());
            }
            byCountry.put(key, value);
        }
        countries = Collections.unmodifiableSortedMap(byCountry);
        SortedSet<String> domains = new TreeSet<>();
        for (String d : publicShortenerDomains) {
            domains.add(domain(d));
        }
        publicShortenerDomains = Collections.unmodifiableSortedSet(domains);
    }

    /**
     * Returns the rules the 360nrs REST API documentation publishes (its "Country sending restrictions", read on
     * 2026-12-01), with the default list of public URL shorteners. Each country's rules bind marketing only:
     * <ul>
     *   <li>FR: Monday to Saturday 08:00-22:00 Europe/Paris; the line {@code STOP au <short code>} at the end;
     *       political, religious, gambling and unsolicited promotional content prohibited.</li>
     *   <li>CO: Monday to Friday 07:00-19:00 and Saturday 08:00-15:00 America/Bogota, never on Sundays or on
     *       Colombia's national holidays (Ley 51 de 1983 and Easter, 2024 to 2035 inclusive); content as for
     *       France.</li>
     *   <li>US: no public URL shorteners; sexual, abusive, firearms, alcohol, tobacco, drugs, gambling, investment,
     *       third-party OTP, high-risk finance, loans, debt collection, tax, crypto, real-estate solicitation and
     *       multi-level marketing content prohibited.</li>
     *   <li>ES: political, religious, gambling and unsolicited promotional content prohibited.</li>
     *   <li>GB: political, religious and unsolicited promotional content prohibited; adult and gambling content
     *       only with the recipient's age verified.</li>
     *   <li>IE: the recipient's express opt-in required; content as for Spain.</li>
     * </ul>
     *
     * @return the shared default table
     */
    public static RuleTable defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a table with no countries and no shortener domains.
     *
     * @return the empty table
     */
    public static RuleTable empty() {
        return new RuleTable(Map.of(), Set.of());
    }

    /**
     * Returns the rules of a country.
     *
     * @param country the ISO 3166-1 alpha-2 code, either case; not null
     * @return the rules, or empty when the table has none for the country
     * @throws NullPointerException if {@code country} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the code is not two ASCII letters
     */
    public Optional<CountryRules> country(String country) {
        return Optional.ofNullable(countries.get(CountryRules.countryCode(country, "country")));
    }

    /**
     * Returns a copy in which a country has the given rules, replacing any it had.
     *
     * @param rules the country's rules; not null
     * @return the new table
     * @throws NullPointerException if {@code rules} is null
     */
    public RuleTable with(CountryRules rules) {
        Objects.requireNonNull(rules, "rules");
        TreeMap<String, CountryRules> copy = new TreeMap<>(countries);
        copy.put(rules.country(), rules);
        return new RuleTable(copy, publicShortenerDomains);
    }

    /**
     * Returns a copy without a country's rules.
     *
     * @param country the ISO 3166-1 alpha-2 code, either case; not null
     * @return the new table
     * @throws NullPointerException if {@code country} is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if the code is not two ASCII letters
     */
    public RuleTable without(String country) {
        TreeMap<String, CountryRules> copy = new TreeMap<>(countries);
        copy.remove(CountryRules.countryCode(country, "country"));
        return new RuleTable(copy, publicShortenerDomains);
    }

    /**
     * Returns a copy with another list of public URL shortener domains (to add one, pass the current list plus it).
     *
     * @param domains the domains; not null, no nulls, each a host name
     * @return the new table
     * @throws NullPointerException if the collection or an element is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if a domain is not a host name
     */
    public RuleTable withPublicShortenerDomains(Collection<String> domains) {
        return new RuleTable(countries, Set.copyOf(Objects.requireNonNull(domains, "publicShortenerDomains")));
    }

    /** Validates a shortener domain and returns it in lower case without a trailing dot. */
    private static String domain(String d) {
        Objects.requireNonNull(d, "publicShortenerDomains element");
        String s = d.toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean dot = false;
        boolean ok = !s.isEmpty() && s.charAt(0) != '.' && s.charAt(0) != '-';
        for (int i = 0; ok && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                ok = s.charAt(i - 1) != '.';
                dot = true;
            } else {
                ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            }
        }
        if (!ok || !dot) {
            throw new RulesException(
                    RulesError.INVALID_RULE,
                    "publicShortenerDomains",
                    "a public shortener domain must be a host name such as \"bit.ly\", was \"" + d + "\"");
        }
        return s;
    }

    private static RuleTable buildDefaults() {
        Set<ContentCategory> usual = EnumSet.of(
                ContentCategory.POLITICAL,
                ContentCategory.RELIGIOUS,
                ContentCategory.GAMBLING,
                ContentCategory.UNSOLICITED_PROMOTION);
        CountryRules fr = CountryRules.of("FR")
                .withSource(SOURCE)
                .withHours(SendingHours.of(ZoneId.of("Europe/Paris"))
                        .withDays(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(22, 0)))
                .withStopLine("STOP au")
                .withProhibited(usual);
        SendingHours bogota = SendingHours.of(ZoneId.of("America/Bogota"))
                .withDays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(7, 0), LocalTime.of(19, 0))
                .withDay(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(15, 0));
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int year = FIRST_HOLIDAY_YEAR; year <= LAST_HOLIDAY_YEAR; year++) {
            holidays.addAll(ColombianHolidays.of(year));
        }
        CountryRules co = CountryRules.of("CO")
                .withSource(SOURCE)
                .withHours(bogota.withHolidays(holidays))
                .withProhibited(usual);
        CountryRules us = CountryRules.of("US")
                .withSource(SOURCE)
                .withPublicShortenersForbidden(true)
                .withProhibited(EnumSet.of(
                        ContentCategory.ADULT,
                        ContentCategory.HARASSMENT,
                        ContentCategory.FIREARMS,
                        ContentCategory.ALCOHOL,
                        ContentCategory.TOBACCO,
                        ContentCategory.DRUGS,
                        ContentCategory.GAMBLING,
                        ContentCategory.INVESTMENT,
                        ContentCategory.THIRD_PARTY_OTP,
                        ContentCategory.HIGH_RISK_FINANCE,
                        ContentCategory.LOANS,
                        ContentCategory.DEBT_COLLECTION,
                        ContentCategory.TAX,
                        ContentCategory.CRYPTO,
                        ContentCategory.REAL_ESTATE_SOLICITATION,
                        ContentCategory.MULTI_LEVEL_MARKETING));
        CountryRules es = CountryRules.of("ES").withSource(SOURCE).withProhibited(usual);
        // The source lists gambling among the UK's age-verified categories, not its prohibited ones.
        CountryRules gb = CountryRules.of("GB")
                .withSource(SOURCE)
                .withProhibited(EnumSet.of(
                        ContentCategory.POLITICAL, ContentCategory.RELIGIOUS, ContentCategory.UNSOLICITED_PROMOTION))
                .withAgeVerification(EnumSet.of(ContentCategory.ADULT, ContentCategory.GAMBLING));
        CountryRules ie =
                CountryRules.of("IE").withSource(SOURCE).withOptInRequired(true).withProhibited(usual);
        RuleTable table = new RuleTable(Map.of(), Set.copyOf(PublicShorteners.DOMAINS));
        for (CountryRules c : new CountryRules[] {fr, co, us, es, gb, ie}) {
            table = table.with(c);
        }
        return table;
    }
}
