/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.septet.otp.CheckRequest;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpService;
import dev.septet.otp.OtpStore;
import dev.septet.otp.OtpValidationException;
import dev.septet.otp.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the guard at its boundary: the last code it admits, the first it refuses, and when it lets go. */
class GuardTest {
    /** A window start away from bucket edges: 10:00:00 UTC, on the hour. */
    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private static final String ES = Numbers.example("ES", PhoneNumberType.MOBILE);
    private static final String GB = Numbers.example("GB", PhoneNumberType.MOBILE);

    private final TestClock clock = new TestClock(T0);
    private final OtpStore store = InMemoryOtpStore.create();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<AutoBlock> blocks = new ArrayList<>();
    private final GuardListener listener = new GuardListener() {
        @Override
        public void refused(Refusal refusal) {
            refusals.add(refusal);
        }

        @Override
        public void autoBlocked(AutoBlock block) {
            blocks.add(block);
        }
    };

    private OtpService service(Guard guard) {
        return OtpService.builder(store)
                .clock(clock)
                .sendGuard(guard.withListener(listener))
                .build();
    }

    /** Generates a code; returns the refusal, or empty if the code was admitted. */
    private static Optional<Refusal> generate(OtpService otp, String recipient, String clientKey) {
        try {
            otp.generate(GenerateRequest.of(recipient), clientKey);
            return Optional.empty();
        } catch (GuardRefusedException e) {
            return Optional.of(e.refusal());
        }
    }

    private static Optional<Refusal> generate(OtpService otp, String recipient) {
        return generate(otp, recipient, "");
    }

    @Test
    void noneRefusesNothingAndCountsNothing() {
        OtpService otp = service(Guard.none());
        for (int i = 0; i < 50; i++) {
            assertThat(generate(otp, "882" + (1234567890L + i), "1.2.3.4")).isEmpty();
        }
        assertThat(generate(otp, Numbers.exampleOfType(PhoneNumberType.PREMIUM_RATE)))
                .isEmpty();
        assertThat(store.read(Guard.PREFIX + "rate:global", clock.instant())).isEmpty();
        assertThat(refusals).isEmpty();
    }

    @Test
    void invalidNumbersAreRefusedByDefaultAndAdmittedWhenAllowed() {
        String invalid = "3400000000"; // +34 0..., no Spanish range starts with 0
        assertThat(Numbers.type(invalid)).isEqualTo(PhoneNumberType.UNKNOWN);
        Optional<Refusal> r = generate(service(Guard.defaults()), invalid);
        assertThat(r).get().extracting(Refusal::rule).isEqualTo(Rule.INVALID_NUMBER);
        assertThat(r.get().retryAt()).isEmpty();
        // a national number without country code never reaches the guard: the service's normaliser refuses it
        assertThatThrownBy(() -> generate(service(Guard.defaults()), "0412345678"))
                .isInstanceOf(OtpValidationException.class);
        assertThat(refusals).hasSize(1);
        assertThat(generate(service(Guard.defaults().withInvalidNumbersBlocked(false)), invalid))
                .isEmpty();
        assertThat(generate(service(Guard.defaults()), ES)).isEmpty();
    }

    @Test
    void unknownAmongTheBlockedTypesDoesNotRefuseInvalidNumbers() {
        String invalid = "3400000000";
        Guard everyType = Guard.none().withBlockedTypes(EnumSet.allOf(PhoneNumberType.class));
        assertThat(generate(service(everyType), invalid)).isEmpty();
        assertThat(generate(service(everyType.withInvalidNumbersBlocked(true)), invalid))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.INVALID_NUMBER);
        assertThat(generate(service(everyType), ES))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.NUMBER_TYPE);
    }

    @ParameterizedTest
    @ValueSource(ints = {881, 882, 883})
    void internationalNetworksAreRefused(int countryCode) {
        String number = Numbers.digits(Numbers.UTIL.getExampleNumberForNonGeoEntity(countryCode));
        Optional<Refusal> r = generate(service(Guard.defaults()), number);
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key)
                .containsExactly(Rule.INTERNATIONAL_NETWORK, Integer.toString(countryCode));
        assertThat(generate(service(Guard.defaults().withInternationalNetworksBlocked(false)), number))
                .isEmpty();
    }

    @Test
    void theNeighboursOfTheInternationalNetworksAreNotOnes() {
        // +880 Bangladesh and +886 Taiwan sit beside +881..+883
        assertThat(generate(service(Guard.defaults()), Numbers.example("BD", PhoneNumberType.MOBILE)))
                .isEmpty();
        assertThat(generate(service(Guard.defaults()), Numbers.example("TW", PhoneNumberType.MOBILE)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = PhoneNumberType.class,
            names = {"PREMIUM_RATE", "SHARED_COST", "UAN", "VOICEMAIL", "PAGER"})
    void defaultBlockedTypesAreRefused(PhoneNumberType type) {
        String number = Numbers.exampleOfType(type);
        Optional<Refusal> r = generate(service(Guard.defaults()), number);
        assertThat(r).get().extracting(Refusal::rule, Refusal::key).containsExactly(Rule.NUMBER_TYPE, type.name());
        assertThat(r.get().retryAt()).isEmpty();
        assertThat(generate(service(Guard.defaults().withBlockedTypes(Set.of())), number))
                .isEmpty();
    }

    @Test
    void blockedTypesAreConfigurable() {
        Guard fixedOnly = Guard.none().withBlockedTypes(EnumSet.of(PhoneNumberType.FIXED_LINE));
        String fixed = Numbers.example("DE", PhoneNumberType.FIXED_LINE);
        assertThat(generate(service(fixedOnly), fixed))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.NUMBER_TYPE);
        assertThat(generate(service(fixedOnly), Numbers.example("DE", PhoneNumberType.MOBILE)))
                .isEmpty();
        assertThat(Guard.defaults().blockedTypes())
                .containsExactlyInAnyOrder(
                        PhoneNumberType.PREMIUM_RATE,
                        PhoneNumberType.SHARED_COST,
                        PhoneNumberType.UAN,
                        PhoneNumberType.VOICEMAIL,
                        PhoneNumberType.PAGER);
    }

    @Test
    void anAllowListAdmitsItsCountriesOnly() {
        OtpService otp = service(Guard.defaults().withAllowedCountries("ES", "PT"));
        assertThat(generate(otp, ES)).isEmpty();
        assertThat(generate(otp, Numbers.example("PT", PhoneNumberType.MOBILE))).isEmpty();
        Optional<Refusal> r = generate(otp, GB);
        assertThat(r).get().extracting(Refusal::rule, Refusal::key).containsExactly(Rule.COUNTRY_NOT_ALLOWED, "GB");
        assertThat(r.get().retryAt()).isEmpty();
        // +1 is shared: the region, not the calling code, decides
        OtpService us = service(Guard.defaults().withAllowedCountries("US"));
        assertThat(generate(us, Numbers.example("US", PhoneNumberType.MOBILE))).isEmpty();
        assertThat(generate(us, Numbers.example("CA", PhoneNumberType.MOBILE)))
                .get()
                .extracting(Refusal::key)
                .isEqualTo("CA");
        assertThat(Guard.defaults().allowedCountries()).isEmpty();
        assertThat(Guard.defaults().withAllowedCountries("PT", "ES", "ES").allowedCountries())
                .containsExactly("ES", "PT");
    }

    @Test
    void anAllowListNamesABadCodeAndItsIndex() {
        assertThatThrownBy(() -> Guard.defaults().withAllowedCountries("ES", "es"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionCodes[1]")
                .hasMessageContaining("\"es\"");
        assertThatThrownBy(() -> Guard.defaults().withAllowedCountries("ES", "XK1"))
                .hasMessageContaining("regionCodes[1]");
        assertThatThrownBy(() -> Guard.defaults().withAllowedCountries("ES", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("regionCodes[1]");
    }

    @Test
    void prefixLimitRefusesTheCodeAfterTheLimitInOneBlockUntilTheWindowEnds() {
        OtpService otp = service(Guard.none().withPrefixLimit(RateLimit.of(3, Duration.ofMinutes(10))));
        for (int i = 0; i < 3; i++) {
            assertThat(generate(otp, Numbers.inBlock(ES, i))).isEmpty();
        }
        Optional<Refusal> r = generate(otp, Numbers.inBlock(ES, 999));
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count, Refusal::limit)
                .containsExactly(Rule.PREFIX_VELOCITY, ES.substring(0, ES.length() - 3), 3L, 3L);
        assertThat(r.get().retryAt()).contains(T0.plus(Duration.ofMinutes(10)));
        // the next block is another counter
        assertThat(generate(otp, Numbers.inBlock(String.valueOf(Long.parseLong(ES) + 1000), 0)))
                .isEmpty();
        clock.set(T0.plus(Duration.ofMinutes(10)).minusMillis(1));
        assertThat(generate(otp, Numbers.inBlock(ES, 5)))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.PREFIX_VELOCITY);
        clock.set(T0.plus(Duration.ofMinutes(10)));
        assertThat(generate(otp, Numbers.inBlock(ES, 5))).isEmpty();
    }

    @Test
    void blockSuffixDigitsSetsTheBlockSize() {
        OtpService otp =
                service(Guard.none().withBlockSuffixDigits(2).withPrefixLimit(RateLimit.of(1, Duration.ofMinutes(10))));
        assertThat(generate(otp, Numbers.inBlock(ES, 100))).isEmpty();
        assertThat(generate(otp, Numbers.inBlock(ES, 200))).isEmpty(); // another block of 100
        assertThat(generate(otp, Numbers.inBlock(ES, 199)))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.PREFIX_VELOCITY);
        assertThatThrownBy(() -> Guard.none().withBlockSuffixDigits(0)).hasMessageContaining("between 1 and 6");
        assertThatThrownBy(() -> Guard.none().withBlockSuffixDigits(7)).hasMessageContaining("was 7");
        assertThat(Guard.none().withBlockSuffixDigits(6).blockSuffixDigits()).isEqualTo(6);
    }

    /**
     * A national (trunk) prefix written after the country code names the same number, so both spellings fill one
     * block: {@code +44 7400 123xxx} and {@code +44 0 7400 123xxx} and the like, alternating.
     *
     * @param spellings the two spellings of a block, less the last three digits, separated by {@code |}
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "+44 7400 123|+44 (0) 7400 123",
                "+44 7400 123|+44 0 7400 123",
                "+1 201 555 0|+1 1 201 555 0",
                "+7 912 345 6|+7 8 912 345 6",
                "+49 1512 3456|+49 0 1512 3456"
            })
    void aNationalPrefixAfterTheCountryCodeCountsInTheSameBlock(String spellings) {
        String[] spelling = spellings.split("\\|");
        OtpService otp = service(Guard.defaults()
                .withPrefixConversion(ConversionLimit.off())
                .withCountryConversion(ConversionLimit.off())
                .withClientLimit(RateLimit.off()));
        for (int i = 0; i < 20; i++) {
            assertThat(generate(otp, spelling[i % 2] + String.format("%03d", i)))
                    .isEmpty();
        }
        String block = spelling[0].replaceAll("[^0-9]", "");
        for (String s : spelling) {
            assertThat(generate(otp, s + "020"))
                    .get()
                    .extracting(Refusal::rule, Refusal::key)
                    .containsExactly(Rule.PREFIX_VELOCITY, block);
        }
    }

    @Test
    void codesGeneratedInEitherSpellingCountTowardsOneBlocksConversion() {
        OtpService otp = service(
                Guard.none().withPrefixConversion(ConversionLimit.of(5, 20, Duration.ofHours(1), Duration.ofHours(1))));
        for (int i = 0; i < 5; i++) {
            assertThat(generate(otp, (i % 2 == 0 ? "+44 7400 123" : "+44 0 7400 123") + String.format("%03d", i)))
                    .isEmpty();
        }
        assertThat(generate(otp, "+44 0 7400 123005"))
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count)
                .containsExactly(Rule.PREFIX_AUTO_BLOCK, "447400123", 5L);
    }

    @Test
    void codesVerifiedInOneSpellingCountForTheBlockWrittenInTheOther() {
        OtpService otp = service(
                Guard.none().withPrefixConversion(ConversionLimit.of(5, 20, Duration.ofHours(1), Duration.ofHours(1))));
        generateAndVerify(otp, List.of("+44 0 7400 123000", "+44 0 7400 123001"), 2);
        generateAndVerify(
                otp,
                List.of("+44 7400 123002", "+44 7400 123003", "+44 7400 123004", "+44 7400 123005", "+44 7400 123006"),
                0);
        // 2 of 7 verified in the block: above 20%, though none of the five written without the 0
        assertThat(generate(otp, "+44 7400 123007")).isEmpty();
        assertThat(blocks).isEmpty();
    }

    @Test
    void countryLimitCountsEveryNumberOfTheCountry() {
        OtpService otp = service(Guard.none().withCountryLimit(RateLimit.of(5, Duration.ofHours(1))));
        Random random = new Random(1);
        for (int i = 0; i < 5; i++) {
            assertThat(generate(otp, Numbers.mobile("ES", random))).isEmpty();
        }
        Optional<Refusal> r = generate(otp, Numbers.mobile("ES", random));
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count)
                .containsExactly(Rule.COUNTRY_VELOCITY, "ES", 5L);
        assertThat(r.get().retryAt()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(generate(otp, GB)).isEmpty();
    }

    @Test
    void clientLimitCountsPerKeyAndNotWithoutOne() {
        OtpService otp = service(Guard.none().withClientLimit(RateLimit.of(2, Duration.ofMinutes(1))));
        Random random = new Random(2);
        assertThat(generate(otp, Numbers.mobile("ES", random), "10.0.0.1")).isEmpty();
        assertThat(generate(otp, Numbers.mobile("GB", random), "10.0.0.1")).isEmpty();
        Optional<Refusal> r = generate(otp, Numbers.mobile("DE", random), "10.0.0.1");
        assertThat(r).get().extracting(Refusal::rule, Refusal::key).containsExactly(Rule.CLIENT_VELOCITY, "10.0.0.1");
        assertThat(r.get().retryAt()).contains(T0.plusSeconds(60));
        assertThat(generate(otp, Numbers.mobile("DE", random), "10.0.0.2")).isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(generate(otp, Numbers.mobile("DE", random))).isEmpty();
        }
        // e-mail recipients are counted per client too
        assertThat(generate(otp, "a@example.com", "10.0.0.2")).isEmpty();
        assertThat(generate(otp, "b@example.com", "10.0.0.2"))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.CLIENT_VELOCITY);
    }

    @Test
    void clientKeysAreCheckedNamingTheIndex() {
        OtpService otp = service(Guard.defaults());
        String longest = "k".repeat(Guard.MAX_CLIENT_KEY_LENGTH);
        assertThat(generate(otp, ES, longest)).isEmpty();
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), longest + "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 256");
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), "ab\ncd"))
                .hasMessageContaining("U+000A at index 2");
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), "ab\uD800"))
                .hasMessageContaining("U+D800 at index 2");
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), "\uDC00ab"))
                .hasMessageContaining("U+DC00 at index 0");
        assertThat(generate(otp, GB, "\uD83D\uDE00 device")).isEmpty();
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void globalLimitIsACircuitBreakerOverEveryRecipient() {
        OtpService otp = service(Guard.none().withGlobalLimit(RateLimit.of(4, Duration.ofMinutes(1))));
        Random random = new Random(3);
        assertThat(generate(otp, Numbers.mobile("ES", random))).isEmpty();
        assertThat(generate(otp, Numbers.mobile("GB", random))).isEmpty();
        assertThat(generate(otp, "someone@example.com")).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(generate(otp, Numbers.mobile("US", random))).isEmpty();
        Optional<Refusal> r = generate(otp, Numbers.mobile("FR", random));
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count, Refusal::limit)
                .containsExactly(Rule.GLOBAL_VELOCITY, "global", 4L, 4L);
        assertThat(r.get().retryAt()).contains(T0.plusSeconds(60));
        clock.set(T0.plusSeconds(60));
        assertThat(generate(otp, Numbers.mobile("FR", random))).isEmpty();
    }

    @Test
    void aRefusalStoresNoCodeAndConsumesNoOtherLimit() {
        OtpService otp = service(Guard.none()
                .withGlobalLimit(RateLimit.of(2, Duration.ofMinutes(1)))
                .withClientLimit(RateLimit.of(1, Duration.ofMinutes(1))));
        assertThat(generate(otp, ES, "c1")).isEmpty();
        assertThat(generate(otp, GB, "c1")).get().extracting(Refusal::rule).isEqualTo(Rule.CLIENT_VELOCITY);
        assertThat(otp.check(CheckRequest.of(GB, "0000")).reason()).isEqualTo(Reason.INVALID_CODE);
        // the refused request took no slot of the global limit
        assertThat(generate(otp, GB, "c2")).isEmpty();
        assertThat(generate(otp, Numbers.example("DE", PhoneNumberType.MOBILE), "c3"))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.GLOBAL_VELOCITY);
    }

    @Test
    void whenSeveralLimitsRefuseTheLatestRetryIsReported() {
        OtpService otp = service(Guard.none()
                .withGlobalLimit(RateLimit.of(1, Duration.ofMinutes(1)))
                .withCountryLimit(RateLimit.of(1, Duration.ofHours(1))));
        assertThat(generate(otp, ES)).isEmpty();
        Optional<Refusal> r = generate(otp, Numbers.inBlock(ES, 7));
        assertThat(r).get().extracting(Refusal::rule).isEqualTo(Rule.COUNTRY_VELOCITY);
        assertThat(r.get().retryAt()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(refusals).hasSize(1);
    }

    /** Generates a code for each number and checks the right code for the first {@code verified} of them. */
    private static void generateAndVerify(OtpService otp, List<String> numbers, int verified) {
        for (int i = 0; i < numbers.size(); i++) {
            GeneratedCode code = otp.generate(GenerateRequest.of(numbers.get(i)));
            if (i < verified) {
                assertThat(otp.check(CheckRequest.of(numbers.get(i), code.code()))
                                .reason())
                        .isEqualTo(Reason.VALID);
            }
        }
    }

    private static List<String> mobiles(String region, int count, long seed) {
        Random random = new Random(seed);
        List<String> list = new ArrayList<>();
        while (list.size() < count) {
            String n = Numbers.mobile(region, random);
            if (!list.contains(n)) {
                list.add(n);
            }
        }
        return list;
    }

    @Test
    void countryConversionBlocksWhenTooFewCodesAreVerified() {
        Guard guard = Guard.none()
                .withCountryConversion(ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofMinutes(30)));
        OtpService otp = service(guard);
        generateAndVerify(otp, mobiles("ES", 10, 4), 1); // 1 of 10 verified: 10% < 20%
        clock.advance(Duration.ofMinutes(1));
        Optional<Refusal> r = generate(otp, Numbers.mobile("ES", new Random(5)));
        Instant until = T0.plus(Duration.ofMinutes(31));
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count, Refusal::limit)
                .containsExactly(Rule.COUNTRY_AUTO_BLOCK, "ES", 10L, 1L);
        assertThat(r.get().retryAt()).contains(until);
        assertThat(blocks).containsExactly(new AutoBlock(Rule.COUNTRY_AUTO_BLOCK, "ES", 10, 1, until));
        // during the block: refused, not reported again as a new block
        clock.set(until.minusMillis(1));
        assertThat(generate(otp, Numbers.mobile("ES", new Random(6))))
                .get()
                .extracting(Refusal::retryAt)
                .isEqualTo(Optional.of(until));
        assertThat(blocks).hasSize(1);
        assertThat(generate(otp, GB)).isEmpty();
    }

    @Test
    void countryConversionAtTheThresholdDoesNotBlock() {
        OtpService otp = service(Guard.none()
                .withCountryConversion(ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofMinutes(30))));
        generateAndVerify(otp, mobiles("ES", 10, 7), 2); // 2 of 10: exactly 20%
        assertThat(generate(otp, Numbers.mobile("ES", new Random(8)))).isEmpty();
        assertThat(blocks).isEmpty();
    }

    @Test
    void countryConversionJudgesNothingBelowMinGenerated() {
        OtpService otp = service(Guard.none()
                .withCountryConversion(ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofMinutes(30))));
        generateAndVerify(otp, mobiles("ES", 9, 9), 0);
        assertThat(generate(otp, Numbers.mobile("ES", new Random(10)))).isEmpty(); // the 10th: 9 seen before it
        assertThat(generate(otp, Numbers.mobile("ES", new Random(11))))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.COUNTRY_AUTO_BLOCK);
    }

    @Test
    void conversionForgetsCodesOlderThanTwoBuckets() {
        OtpService otp = service(Guard.none()
                .withCountryConversion(ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofMinutes(30))));
        generateAndVerify(otp, mobiles("ES", 10, 12), 0); // bucket 10:00-11:00
        clock.set(T0.plus(Duration.ofHours(2)).minusMillis(1)); // still the previous bucket
        assertThat(generate(otp, Numbers.mobile("ES", new Random(13))))
                .get()
                .extracting(Refusal::rule)
                .isEqualTo(Rule.COUNTRY_AUTO_BLOCK);
        clock.set(T0.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(30))); // block over, 10:00 bucket gone
        assertThat(generate(otp, Numbers.mobile("ES", new Random(14)))).isEmpty();
    }

    @Test
    void aVerificationCountsInTheBucketItsCodeWasGeneratedIn() {
        OtpService otp = service(Guard.none()
                .withCountryConversion(ConversionLimit.of(4, 50, Duration.ofHours(1), Duration.ofMinutes(30))));
        clock.set(T0.plus(Duration.ofHours(1)).minusSeconds(30));
        List<String> numbers = mobiles("ES", 4, 15);
        List<String> codes = new ArrayList<>();
        for (String n : numbers) {
            codes.add(otp.generate(GenerateRequest.of(n)).code());
        }
        clock.set(T0.plus(Duration.ofHours(1)).plusSeconds(10)); // the next bucket
        for (int i = 0; i < 2; i++) {
            assertThat(otp.check(CheckRequest.of(numbers.get(i), codes.get(i))).reason())
                    .isEqualTo(Reason.VALID);
        }
        assertThat(store.read(
                        Guard.PREFIX + "verified:country:ES:" + (T0.toEpochMilli() / 3_600_000L), clock.instant()))
                .get()
                .extracting(c -> c.value())
                .isEqualTo(2L);
        assertThat(generate(otp, Numbers.mobile("ES", new Random(16)))).isEmpty(); // 2 of 4 = 50%
    }

    @Test
    void prefixConversionBlocksOneBlockOnly() {
        OtpService otp = service(
                Guard.none().withPrefixConversion(ConversionLimit.of(5, 20, Duration.ofHours(1), Duration.ofHours(1))));
        for (int i = 0; i < 5; i++) {
            assertThat(generate(otp, Numbers.inBlock(ES, i))).isEmpty();
        }
        Optional<Refusal> r = generate(otp, Numbers.inBlock(ES, 5));
        String block = ES.substring(0, ES.length() - 3);
        assertThat(r)
                .get()
                .extracting(Refusal::rule, Refusal::key, Refusal::count, Refusal::limit)
                .containsExactly(Rule.PREFIX_AUTO_BLOCK, block, 5L, 0L);
        assertThat(blocks)
                .containsExactly(new AutoBlock(Rule.PREFIX_AUTO_BLOCK, block, 5, 0, T0.plus(Duration.ofHours(1))));
        assertThat(generate(otp, Numbers.inBlock(String.valueOf(Long.parseLong(ES) + 1000), 0)))
                .isEmpty();
    }

    @Test
    void theListenerReceivesEveryRefusal() {
        OtpService otp = service(Guard.defaults().withAllowedCountries("ES"));
        generate(otp, GB);
        generate(otp, Numbers.exampleOfType(PhoneNumberType.PREMIUM_RATE));
        generate(otp, ES);
        assertThat(refusals)
                .extracting(Refusal::rule)
                .containsExactly(Rule.COUNTRY_NOT_ALLOWED, Rule.COUNTRY_NOT_ALLOWED);
    }

    @Test
    void refusalsNameTheirRuleAndRetryInTheMessage() {
        OtpService otp = service(Guard.none().withClientLimit(RateLimit.of(1, Duration.ofMinutes(1))));
        generate(otp, ES, "c");
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(GB), "c"))
                .isInstanceOf(GuardRefusedException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Too many codes for this client (CLIENT_VELOCITY); retry at 2026-06-01T10:01:00Z.")
                .satisfies(e -> assertThat(((GuardRefusedException) e).rule()).isEqualTo(Rule.CLIENT_VELOCITY))
                .satisfies(
                        e -> assertThat(((GuardRefusedException) e).retryAt()).contains(T0.plusSeconds(60)));
        OtpService geo = service(Guard.defaults().withAllowedCountries("ES"));
        assertThatThrownBy(() -> geo.generate(GenerateRequest.of(GB)))
                .hasMessage("Codes to region GB are not allowed (COUNTRY_NOT_ALLOWED).");
    }

    @Test
    void eMailRecipientsSkipThePhoneRules() {
        OtpService otp = service(Guard.defaults().withAllowedCountries("ES"));
        assertThat(generate(otp, "someone@example.com")).isEmpty();
    }
}
