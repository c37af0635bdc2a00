/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.septet.otp.OtpStore;
import dev.septet.otp.SendGuard;
import dev.septet.otp.WindowedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SMS-pumping guard: the rules {@code OtpService} applies before it sends a code, set with
 * {@code OtpService.builder(store).sendGuard(guard)}. A refused code throws {@link GuardRefusedException} naming the
 * {@link Rule} and, unless the rule is permanent, when to retry; nothing is stored or sent.
 *
 * <p>Rules, checked in this order, for phone recipients (e-mail recipients get only the global and client limits):
 * <ol>
 *   <li>number validity ({@link Rule#INVALID_NUMBER}), international networks +881, +882, +883
 *       ({@link Rule#INTERNATIONAL_NETWORK}), the country allow-list ({@link Rule#COUNTRY_NOT_ALLOWED}) and blocked
 *       number types ({@link Rule#NUMBER_TYPE}), from libphonenumber's metadata; the first that matches refuses;
 *   <li>auto-blocks of the country and of the prefix block (the number less its last {@link #blockSuffixDigits()}
 *       digits) whose codes are not being verified ({@link ConversionLimit});
 *   <li>velocity limits ({@link RateLimit}): overall (a circuit breaker), per country, per prefix block and per
 *       client key the caller passes to {@code OtpService.generate(request, clientKey)}.
 * </ol>
 * When several time-limited rules refuse, the one whose {@code retryAt} is latest is reported.
 *
 * <p><b>One number, one block.</b> The country and the prefix block come from the number as libphonenumber reads it,
 * and every counter is keyed on that number's E.164 digits. A national (trunk) prefix written after the country code
 * is dropped, so {@code +44 0 7400 123456} counts in the block {@code 447400123} with {@code +44 7400 123456}, and
 * {@code +1 1 201 ...}, {@code +7 8 912 ...} and {@code +49 0 1512 ...} count with the numbers written without their
 * {@code 1}, {@code 8} and {@code 0}. A refusal names the block in that form. Such spellings are admitted rather
 * than refused, because people write their numbers that way; to make them one key for the service's own
 * per-recipient state too (the pending code and its throttle), give the service a normaliser that drops the prefix,
 * such as one backed by libphonenumber.
 *
 * <p><b>Defaults</b> ({@link #defaults()}), for a service sending a few hundred codes an hour: every country allowed
 * (configure an allow-list with {@link #withAllowedCountries(String...)}); premium rate, shared cost, UAN, voicemail
 * and pager numbers, international networks and invalid numbers refused; at most 1,000 codes a minute overall
 * (60,000 an hour), 1,000 an hour per country, 20 an hour per block of 1,000 adjacent numbers and 20 an hour per
 * client key; a country is blocked for an hour when at least 30 of its codes from the last one to two hours were
 * generated and fewer than 20% verified, a prefix block likewise after 10 codes.
 *
 * <p><b>Across nodes.</b> Every counter lives in the service's {@link OtpStore} as a windowed counter, so every
 * service sharing the store shares the limits; give all of them the same guard. Refusals found by reading counters
 * consume nothing; a request that passes the reads and then loses a race at one counter gives back what it took
 * from the others, so the codes admitted per window never exceed a limit, whatever the number of nodes.
 *
 * <p>Immutable and thread-safe; build it once with {@link #defaults()} or {@link #none()} and the {@code withX}
 * copies, and share it. It logs nothing: set a {@link GuardListener} to see refusals and auto-blocks.
 */
public final class Guard implements SendGuard {
    /*
     * Store keys, all under "septet-guard:": rate:<scope>:<key> for velocity windows, block:<scope>:<key> for
     * auto-block cool-downs (value 1, window end = end of the block), and generated|verified:<scope>:<key>:<bucket>
     * for conversion counts, bucket = floor(epoch millis / window), kept for two windows so that a decision can sum
     * the current and previous bucket. A verified code is counted in the bucket it was generated in, so both counts of
     * a bucket describe the same codes.
     */
    static final String PREFIX = "septet-guard:";
    /** The default {@link #blockSuffixDigits()}: blocks of 1,000 adjacent numbers. */
    public static final int DEFAULT_BLOCK_SUFFIX_DIGITS = 3;

    static final int MAX_CLIENT_KEY_LENGTH = 256;

    private static final String GLOBAL_RATE = PREFIX + "rate:global";
    /** The velocity rules by index: global, country, prefix block, client. */
    private static final Rule[] RATE_RULES = {
        Rule.GLOBAL_VELOCITY, Rule.COUNTRY_VELOCITY, Rule.PREFIX_VELOCITY, Rule.CLIENT_VELOCITY
    };

    private static final Set<PhoneNumberType> DEFAULT_BLOCKED_TYPES = Collections.unmodifiableSet(EnumSet.of(
            PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.SHARED_COST,
            PhoneNumberType.UAN,
            PhoneNumberType.VOICEMAIL,
            PhoneNumberType.PAGER));
    private static final Guard NONE = new Guard(
            Set.of(),
            Set.of(),
            false,
            false,
            RateLimit.off(),
            RateLimit.off(),
            RateLimit.off(),
            RateLimit.off(),
            DEFAULT_BLOCK_SUFFIX_DIGITS,
            ConversionLimit.off(),
            ConversionLimit.off(),
            GuardListener.none());
    private static final Guard DEFAULTS = new Guard(
            Set.of(),
            DEFAULT_BLOCKED_TYPES,
            true,
            true,
            RateLimit.of(1_000, Duration.ofMinutes(1)),
            RateLimit.of(1_000, Duration.ofHours(1)),
            RateLimit.of(20, Duration.ofHours(1)),
            RateLimit.of(20, Duration.ofHours(1)),
            DEFAULT_BLOCK_SUFFIX_DIGITS,
            ConversionLimit.of(30, 20, Duration.ofHours(1), Duration.ofHours(1)),
            ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofHours(1)),
            GuardListener.none());

    private final Set<String> allowedCountries;
    private final Set<PhoneNumberType> blockedTypes;
    private final boolean internationalNetworksBlocked;
    private final boolean invalidNumbersBlocked;
    private final RateLimit globalLimit;
    private final RateLimit countryLimit;
    private final RateLimit prefixLimit;
    private final RateLimit clientLimit;
    private final int blockSuffixDigits;
    private final ConversionLimit countryConversion;
    private final ConversionLimit prefixConversion;
    private final GuardListener listener;
    /** Whether any rule needs the destination's country or prefix, so libphonenumber must be asked. */
    private final boolean classifies;
    /** How long the store keeps a conversion bucket: two windows, so that a decision can sum two buckets. */
    private final Duration countryConversionKept;

    private final Duration prefixConversionKept;

    private Guard(
            Set<String> allowedCountries,
            Set<PhoneNumberType> blockedTypes,
            boolean internationalNetworksBlocked,
            boolean invalidNumbersBlocked,
            RateLimit globalLimit,
            RateLimit countryLimit,
            RateLimit prefixLimit,
            RateLimit clientLimit,
            int blockSuffixDigits,
            ConversionLimit countryConversion,
            ConversionLimit prefixConversion,
            GuardListener listener) {
        this.allowedCountries = allowedCountries;
        this.blockedTypes = blockedTypes;
        this.internationalNetworksBlocked = internationalNetworksBlocked;
        this.invalidNumbersBlocked = invalidNumbersBlocked;
        this.globalLimit = globalLimit;
        this.countryLimit = countryLimit;
        this.prefixLimit = prefixLimit;
        this.clientLimit = clientLimit;
        this.blockSuffixDigits = blockSuffixDigits;
        this.countryConversion = countryConversion;
        this.prefixConversion = prefixConversion;
        this.listener = listener;
        this.classifies = !allowedCountries.isEmpty()
                || !blockedTypes.isEmpty()
                || internationalNetworksBlocked
                || invalidNumbersBlocked
                || countryLimit.isOn()
                || prefixLimit.isOn()
                || countryConversion.isOn()
                || prefixConversion.isOn();
        this.countryConversionKept = countryConversion.window().multipliedBy(2);
        this.prefixConversionKept = prefixConversion.window().multipliedBy(2);
    }

    /**
     * Returns the guard with the documented defaults (see the class description): every country allowed, the usual
     * pumping number types refused, and limits that let a service send a few hundred codes an hour.
     *
     * @return the default guard; never null
     */
    public static Guard defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the guard that refuses nothing and counts nothing; a base for a guard with only the rules you add.
     *
     * @return the guard with every rule off; never null
     */
    public static Guard none() {
        return NONE;
    }

    /**
     * Returns a copy that sends codes only to phone numbers of these countries; with none (the default), every
     * country is allowed. Non-geographic numbers (region {@code "001"}) and numbers of unknown region are refused
     * whenever a list is set.
     *
     * @param regionCodes ISO 3166-1 alpha-2 codes in upper case that libphonenumber knows, such as {@code "ES"}; none
     *     for every country; duplicates are ignored; not null, no null element
     * @return the copy; never null
     * @throws NullPointerException if the array or an element is null
     * @throws IllegalArgumentException if an element is not a region code libphonenumber knows, naming its index
     */
    public Guard withAllowedCountries(String... regionCodes) {
        Objects.requireNonNull(regionCodes, "regionCodes");
        Set<String> supported = Destination.UTIL.getSupportedRegions();
        Set<String> set = new TreeSet<>();
        for (int i = 0; i < regionCodes.length; i++) {
            String code = Objects.requireNonNull(regionCodes[i], "regionCodes[" + i + "]");
            if (!supported.contains(code)) {
                throw new IllegalArgumentException("regionCodes[" + i + "] must be an ISO 3166-1 alpha-2 region code"
                        + " in upper case that libphonenumber knows, such as ES, was \"" + code + "\"");
            }
            set.add(code);
        }
        return new Guard(
                Collections.unmodifiableSet(set),
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy that refuses phone numbers of these types, as libphonenumber classifies them; the default is
     * premium rate, shared cost, UAN, voicemail and pager. Invalid numbers are governed by
     * {@link #withInvalidNumbersBlocked(boolean)}, not by {@link PhoneNumberType#UNKNOWN} here.
     *
     * @param types the types to refuse; empty for none; not null, no null element
     * @return the copy; never null
     * @throws NullPointerException if the set or an element is null
     */
    public Guard withBlockedTypes(Set<PhoneNumberType> types) {
        Objects.requireNonNull(types, "types");
        Set<PhoneNumberType> copy = EnumSet.noneOf(PhoneNumberType.class);
        for (PhoneNumberType t : types) {
            copy.add(Objects.requireNonNull(t, "types element"));
        }
        return new Guard(
                allowedCountries,
                Collections.unmodifiableSet(copy),
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy that refuses, or admits, numbers of the international networks +881, +882 and +883 (satellite
     * phones and global services whose termination rates are among the highest); refused by default.
     *
     * @param blocked true to refuse them
     * @return the copy; never null
     */
    public Guard withInternationalNetworksBlocked(boolean blocked) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                blocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy that refuses, or admits, phone numbers that are not valid for their region (including digits
     * that are no international number at all, such as a national number without country code); refused by default.
     *
     * @param blocked true to refuse them
     * @return the copy; never null
     */
    public Guard withInvalidNumbersBlocked(boolean blocked) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                blocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with an overall limit on codes, across every recipient (the circuit breaker); by default 1,000
     * a minute.
     *
     * @param limit the limit, or {@link RateLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the limit is null
     */
    public Guard withGlobalLimit(RateLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                Objects.requireNonNull(limit, "limit"),
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with a limit on codes per destination country (region); by default 1,000 an hour.
     *
     * @param limit the limit, or {@link RateLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the limit is null
     */
    public Guard withCountryLimit(RateLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                Objects.requireNonNull(limit, "limit"),
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with a limit on codes per prefix block (the number's E.164 digits less its last
     * {@link #blockSuffixDigits()} digits, whatever national prefix the recipient was written with), so bots walking
     * adjacent numbers hit one counter; by default 20 an hour.
     *
     * @param limit the limit, or {@link RateLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the limit is null
     */
    public Guard withPrefixLimit(RateLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                Objects.requireNonNull(limit, "limit"),
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with a limit on codes per client key (the IP address, device or session the caller passes to
     * {@code OtpService.generate(request, clientKey)}); by default 20 an hour. Requests without a key are not
     * counted here.
     *
     * @param limit the limit, or {@link RateLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the limit is null
     */
    public Guard withClientLimit(RateLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                Objects.requireNonNull(limit, "limit"),
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy whose prefix blocks drop this many trailing digits of a number: 3 (the default) makes blocks of
     * 1,000 adjacent numbers, 2 of 100.
     *
     * @param digits how many trailing digits to drop, 1 to 6 inclusive
     * @return the copy; never null
     * @throws IllegalArgumentException if digits is out of range
     */
    public Guard withBlockSuffixDigits(int digits) {
        if (digits < 1 || digits > 6) {
            throw new IllegalArgumentException("blockSuffixDigits must be between 1 and 6 inclusive, was " + digits);
        }
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                digits,
                countryConversion,
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with an auto-block per country for codes that are not verified; by default at least 30 codes,
     * under 20% verified, hourly buckets, a one-hour cool-down.
     *
     * @param limit the rule, or {@link ConversionLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the rule is null
     */
    public Guard withCountryConversion(ConversionLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                Objects.requireNonNull(limit, "limit"),
                prefixConversion,
                listener);
    }

    /**
     * Returns a copy with an auto-block per prefix block for codes that are not verified; by default at least 10
     * codes, under 20% verified, hourly buckets, a one-hour cool-down.
     *
     * @param limit the rule, or {@link ConversionLimit#off()}; not null
     * @return the copy; never null
     * @throws NullPointerException if the rule is null
     */
    public Guard withPrefixConversion(ConversionLimit limit) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                Objects.requireNonNull(limit, "limit"),
                listener);
    }

    /**
     * Returns a copy that reports every refusal and auto-block to a listener; by default {@link GuardListener#none()}.
     *
     * @param listener the listener; not null
     * @return the copy; never null
     * @throws NullPointerException if the listener is null
     */
    public Guard withListener(GuardListener listener) {
        return new Guard(
                allowedCountries,
                blockedTypes,
                internationalNetworksBlocked,
                invalidNumbersBlocked,
                globalLimit,
                countryLimit,
                prefixLimit,
                clientLimit,
                blockSuffixDigits,
                countryConversion,
                prefixConversion,
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Returns the allowed countries.
     *
     * @return the ISO 3166-1 alpha-2 codes, sorted; empty when every country is allowed; unmodifiable; never null
     */
    public Set<String> allowedCountries() {
        return allowedCountries;
    }

    /**
     * Returns the refused number types.
     *
     * @return the types; unmodifiable; never null
     */
    public Set<PhoneNumberType> blockedTypes() {
        return blockedTypes;
    }

    /**
     * Tells whether numbers of the international networks +881, +882, +883 are refused.
     *
     * @return true if refused
     */
    public boolean internationalNetworksBlocked() {
        return internationalNetworksBlocked;
    }

    /**
     * Tells whether numbers not valid for their region are refused.
     *
     * @return true if refused
     */
    public boolean invalidNumbersBlocked() {
        return invalidNumbersBlocked;
    }

    /**
     * Returns the overall limit.
     *
     * @return the limit; never null
     */
    public RateLimit globalLimit() {
        return globalLimit;
    }

    /**
     * Returns the per-country limit.
     *
     * @return the limit; never null
     */
    public RateLimit countryLimit() {
        return countryLimit;
    }

    /**
     * Returns the per-prefix-block limit.
     *
     * @return the limit; never null
     */
    public RateLimit prefixLimit() {
        return prefixLimit;
    }

    /**
     * Returns the per-client-key limit.
     *
     * @return the limit; never null
     */
    public RateLimit clientLimit() {
        return clientLimit;
    }

    /**
     * Returns how many trailing digits a number's prefix block drops.
     *
     * @return 1 to 6 inclusive
     */
    public int blockSuffixDigits() {
        return blockSuffixDigits;
    }

    /**
     * Returns the per-country auto-block rule.
     *
     * @return the rule; never null
     */
    public ConversionLimit countryConversion() {
        return countryConversion;
    }

    /**
     * Returns the per-prefix-block auto-block rule.
     *
     * @return the rule; never null
     */
    public ConversionLimit prefixConversion() {
        return prefixConversion;
    }

    /**
     * Returns the listener.
     *
     * @return the listener; never null
     */
    public GuardListener listener() {
        return listener;
    }

    /**
     * Applies the rules to one code about to be generated; called by {@code OtpService}, not by applications.
     *
     * @param store the service's store; not null
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null (not used: limits span every appId)
     * @param clientKey the requester's key, {@code ""} for none: at most 256 UTF-16 code units, no control
     *     characters and no unpaired surrogates; not null
     * @param now the service's current instant; not null
     * @throws GuardRefusedException if a rule refuses the code
     * @throws IllegalArgumentException if the client key is too long or holds a character it may not, naming it
     *     and its index
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void beforeGenerate(OtpStore store, String recipient, String appId, String clientKey, Instant now) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(now, "now");
        requireClientKey(clientKey);
        String region = null;
        String prefix = null;
        ScopeKeys block = null;
        CountryKeys country = null;
        if (classifies && isDigits(recipient)) {
            Destination d = Destination.of(recipient);
            Refusal permanent = permanentRefusal(d);
            if (permanent != null) {
                throw refuse(permanent);
            }
            region = d.region();
            block = ScopeKeys.prefix(d.digits(), prefixLength(d.digits()));
            prefix = block.key;
            country = CountryKeys.of(region);
        }
        // every key is built once; a conversion count read here is incremented below through the same string
        Refusal refusal = null;
        String countryGenerated = null;
        String prefixGenerated = null;
        if (region != null && countryConversion.isOn()) {
            BucketKeys generated = country.generated(bucket(countryConversion, now));
            countryGenerated = generated.now();
            refusal = autoBlock(
                    store,
                    Rule.COUNTRY_AUTO_BLOCK,
                    countryConversion,
                    country.block,
                    "country:",
                    region,
                    generated,
                    now);
        }
        if (region != null && prefixConversion.isOn()) {
            BucketKeys generated = block.generated(bucket(prefixConversion, now));
            prefixGenerated = generated.now();
            refusal = later(
                    refusal,
                    autoBlock(
                            store,
                            Rule.PREFIX_AUTO_BLOCK,
                            prefixConversion,
                            block.block,
                            "prefix:",
                            prefix,
                            generated,
                            now));
        }
        String[] rates = {
            globalLimit.isOn() ? GLOBAL_RATE : null,
            region == null || !countryLimit.isOn() ? null : country.rate,
            region == null || !prefixLimit.isOn() ? null : block.rate,
            clientKey.isEmpty() || !clientLimit.isOn() ? null : ScopeKeys.client(clientKey).rate
        };
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] != null) {
                refusal = later(refusal, readRate(store, i, rates[i], rateName(i, region, prefix, clientKey), now));
            }
        }
        if (refusal != null) {
            throw refuse(refusal);
        }
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] == null) {
                continue;
            }
            RateLimit limit = rateLimit(i);
            WindowedCount c = store.increment(rates[i], 1, limit.window(), now);
            if (c.value() > limit.maxCodes()) {
                // lost a race at this counter: give back what this request took, so only admitted codes count
                for (int j = 0; j <= i; j++) {
                    if (rates[j] != null) {
                        store.increment(rates[j], -1, rateLimit(j).window(), now);
                    }
                }
                throw refuse(new Refusal(
                        RATE_RULES[i],
                        rateName(i, region, prefix, clientKey),
                        c.value() - 1,
                        limit.maxCodes(),
                        Optional.of(c.windowEnd())));
            }
        }
        if (countryGenerated != null) {
            store.increment(countryGenerated, 1, countryConversionKept, now);
        }
        if (prefixGenerated != null) {
            store.increment(prefixGenerated, 1, prefixConversionKept, now);
        }
    }

    /**
     * Counts a verified code for its country's and prefix block's conversion; called by {@code OtpService}, not by
     * applications.
     *
     * @param store the service's store; not null
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null (not used)
     * @param generatedAt when the verified code was generated; not null
     * @param now the service's current instant; not null
     * @throws NullPointerException if an argument is null; a failing store call is not reported (the code is used
     *     up already) and leaves that code counted as not verified
     */
    @Override
    public void verified(OtpStore store, String recipient, String appId, Instant generatedAt, Instant now) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(now, "now");
        if ((!countryConversion.isOn() && !prefixConversion.isOn()) || !isDigits(recipient)) {
            return;
        }
        Destination d = Destination.of(recipient);
        if (countryConversion.isOn()) {
            countVerified(store, countryConversion, CountryKeys.of(d.region()).scope, generatedAt, now);
        }
        countVerified(store, prefixConversion, "prefix:" + prefixOf(d.digits()), generatedAt, now);
    }

    /** Returns the first permanent rule the destination breaks, or null. */
    private Refusal permanentRefusal(Destination d) {
        if (invalidNumbersBlocked && !d.isValid()) {
            return new Refusal(Rule.INVALID_NUMBER, "", 0, 0, Optional.empty());
        }
        if (internationalNetworksBlocked && d.isInternationalNetwork()) {
            return new Refusal(Rule.INTERNATIONAL_NETWORK, Integer.toString(d.countryCode()), 0, 0, Optional.empty());
        }
        if (!allowedCountries.isEmpty() && !allowedCountries.contains(d.region())) {
            return new Refusal(Rule.COUNTRY_NOT_ALLOWED, d.region(), 0, 0, Optional.empty());
        }
        // an invalid number's type is UNKNOWN, which withInvalidNumbersBlocked governs, not the blocked types
        if (d.isValid() && blockedTypes.contains(d.type())) {
            return new Refusal(Rule.NUMBER_TYPE, d.type().name(), 0, 0, Optional.empty());
        }
        return null;
    }

    /**
     * Refuses if the scope is blocked, or blocks it now if its conversion calls for it (reporting the block if this
     * call began it); returns null otherwise. The conversion limit is on.
     *
     * @param blockKey the store key of the scope's block
     * @param kind {@code "country:"} or {@code "prefix:"}
     * @param key the region or prefix
     * @param generatedKeys the current bucket and the store keys of its and the previous bucket's generated counts
     */
    private Refusal autoBlock(
            OtpStore store,
            Rule rule,
            ConversionLimit limit,
            String blockKey,
            String kind,
            String key,
            BucketKeys generatedKeys,
            Instant now) {
        Optional<WindowedCount> block = store.read(blockKey, now);
        if (block.isPresent() && block.get().value() > 0) {
            return new Refusal(rule, key, 0, 0, Optional.of(block.get().windowEnd()));
        }
        long generated = value(store, generatedKeys.now(), now) + value(store, generatedKeys.before(), now);
        if (generated < limit.minGenerated()) {
            return null;
        }
        long bucket = generatedKeys.bucket();
        String verifiedHead = PREFIX + "verified:" + kind + key + ":";
        long verified = Math.min(
                generated, value(store, verifiedHead + bucket, now) + value(store, verifiedHead + (bucket - 1), now));
        if (!limit.blocks(generated, verified)) {
            return null;
        }
        WindowedCount placed = store.increment(blockKey, 1, limit.coolDown(), now);
        if (placed.value() == 1) {
            listener.autoBlocked(new AutoBlock(rule, key, generated, verified, placed.windowEnd()));
        }
        return new Refusal(rule, key, generated, verified, Optional.of(placed.windowEnd()));
    }

    /** Returns a counter's value, 0 if it has none in its current window. */
    private static long value(OtpStore store, String key, Instant now) {
        Optional<WindowedCount> c = store.read(key, now);
        return c.isPresent() ? c.get().value() : 0;
    }

    private static void countVerified(
            OtpStore store, ConversionLimit limit, String scope, Instant generatedAt, Instant now) {
        if (!limit.isOn()) {
            return;
        }
        long bucket = bucket(limit, generatedAt);
        // a code from before the previous bucket no longer counts in any decision
        if (bucket >= bucket(limit, now) - 1) {
            try {
                store.increment(
                        PREFIX + "verified:" + scope + ":" + bucket,
                        1,
                        limit.window().multipliedBy(2),
                        now);
            } catch (RuntimeException e) {
                // the code is used up already, so a store failure must not fail the check (SendGuard.verified must
                // not throw); the code then counts as not verified, which can only make an auto-block come sooner
            }
        }
    }

    private static long bucket(ConversionLimit limit, Instant t) {
        return Math.floorDiv(t.toEpochMilli(), limit.window().toMillis());
    }

    /** The velocity limit of index i: global, country, prefix block, client. */
    private RateLimit rateLimit(int i) {
        return switch (i) {
            case 0 -> globalLimit;
            case 1 -> countryLimit;
            case 2 -> prefixLimit;
            default -> clientLimit;
        };
    }

    /** The key a refusal by the velocity limit of index i names. */
    private static String rateName(int i, String region, String prefix, String clientKey) {
        return switch (i) {
            case 0 -> "global";
            case 1 -> region;
            case 2 -> prefix;
            default -> clientKey;
        };
    }

    /** Refuses if a velocity counter is already at its limit; returns null otherwise. */
    private Refusal readRate(OtpStore store, int i, String counter, String key, Instant now) {
        Optional<WindowedCount> c = store.read(counter, now);
        RateLimit limit = rateLimit(i);
        if (c.isPresent() && c.get().value() >= limit.maxCodes()) {
            return new Refusal(
                    RATE_RULES[i],
                    key,
                    c.get().value(),
                    limit.maxCodes(),
                    Optional.of(c.get().windowEnd()));
        }
        return null;
    }

    /**
     * A conversion bucket and the store keys of its generated count and of the previous bucket's.
     *
     * @param bucket the bucket number: epoch milliseconds divided by the window
     * @param now the key of this bucket's count
     * @param before the key of the previous bucket's count
     */
    record BucketKeys(long bucket, String now, String before) {}

    /**
     * A country's store keys, built once per region: regions come from libphonenumber's metadata (plus {@code "ZZ"}
     * and {@code "001"}), so the cache holds a few hundred entries at most.
     */
    private static final class CountryKeys {
        private static final ConcurrentHashMap<String, CountryKeys> BY_REGION = new ConcurrentHashMap<>();

        /** {@code country:<region>}. */
        final String scope;
        /** The auto-block key. */
        final String block;
        /** The velocity key. */
        final String rate;
        /** The generated count's key less its bucket number. */
        final String generated;

        private CountryKeys(String region) {
            scope = "country:" + region;
            block = PREFIX + "block:" + scope;
            rate = PREFIX + "rate:" + scope;
            generated = PREFIX + "generated:" + scope + ":";
        }

        /** The generated counts' keys of the bucket last asked for; replaced whole, never changed. */
        private volatile BucketKeys lastGenerated = new BucketKeys(Long.MIN_VALUE, "", "");

        /** Returns the generated counts' keys of a bucket, reusing the strings while the bucket lasts. */
        BucketKeys generated(long bucket) {
            BucketKeys k = lastGenerated;
            if (k.bucket() != bucket) {
                k = new BucketKeys(bucket, generated + bucket, generated + (bucket - 1));
                lastGenerated = k;
            }
            return k;
        }

        static CountryKeys of(String region) {
            CountryKeys k = BY_REGION.get(region);
            return k != null ? k : BY_REGION.computeIfAbsent(region, CountryKeys::new);
        }
    }

    /** Of two refusals (either may be null), returns the one that lasts longer; the first on a tie. */
    private static Refusal later(Refusal a, Refusal b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.retryAt().get().isAfter(a.retryAt().get()) ? b : a;
    }

    private GuardRefusedException refuse(Refusal refusal) {
        listener.refused(refusal);
        return new GuardRefusedException(refusal);
    }

    private String prefixOf(String digits) {
        return digits.substring(0, prefixLength(digits));
    }

    private int prefixLength(String digits) {
        return Math.max(0, digits.length() - blockSuffixDigits);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static void requireClientKey(String clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        if (clientKey.length() > MAX_CLIENT_KEY_LENGTH) {
            throw new IllegalArgumentException("clientKey must be at most " + MAX_CLIENT_KEY_LENGTH
                    + " UTF-16 code units, was " + clientKey.length());
        }
        for (int i = 0; i < clientKey.length(); i++) {
            char c = clientKey.charAt(i);
            boolean bad = Character.isISOControl(c)
                    || (Character.isHighSurrogate(c)
                            && (i + 1 == clientKey.length() || !Character.isLowSurrogate(clientKey.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(clientKey.charAt(i - 1))));
            if (bad) {
                throw new IllegalArgumentException("clientKey must not contain control characters or unpaired"
                        + " surrogates, has U+" + String.format("%04X", (int) c) + " at index " + i);
            }
        }
    }

    /**
     * Describes the configuration.
     *
     * @return the settings in a readable form; never null
     */
    @Override
    public String toString() {
        return "Guard[allowedCountries=" + allowedCountries + ", blockedTypes=" + blockedTypes
                + ", internationalNetworksBlocked=" + internationalNetworksBlocked + ", invalidNumbersBlocked="
                + invalidNumbersBlocked + ", globalLimit=" + globalLimit + ", countryLimit=" + countryLimit
                + ", prefixLimit=" + prefixLimit + ", clientLimit=" + clientLimit + ", blockSuffixDigits="
                + blockSuffixDigits + ", countryConversion=" + countryConversion + ", prefixConversion="
                + prefixConversion + "]";
    }
}
