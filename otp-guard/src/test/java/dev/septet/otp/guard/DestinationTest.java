/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

/**
 * The destination, built without libphonenumber's parser where it can be, agrees with parse, isValidNumber,
 * getRegionCodeForNumber and getNumberType.
 */
class DestinationTest {
    @Test
    void validityEqualsAKnownTypeOnEveryExampleNumber() {
        int checked = 0;
        for (PhoneNumber n : exampleNumbers()) {
            for (long delta : new long[] {0, 1, 7, 100}) {
                PhoneNumber m = new PhoneNumber().mergeFrom(n).setNationalNumber(n.getNationalNumber() + delta);
                Destination d = Destination.of(Numbers.digits(m));
                assertThat(d.isValid()).as("%s", m).isEqualTo(Numbers.UTIL.isValidNumber(m));
                assertThat(d.countryCode()).isEqualTo(m.getCountryCode());
                String expected = Numbers.UTIL.getRegionCodeForNumber(m);
                assertThat(d.region()).isEqualTo(expected == null ? "ZZ" : expected);
                assertThat(d).as("%s", m).isEqualTo(parsed(Numbers.digits(m)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    /** What libphonenumber's parser makes of the digits. */
    private static Destination parsed(String digits) {
        try {
            PhoneNumber n = Numbers.UTIL.parse("+" + digits, "ZZ");
            String region = Numbers.UTIL.getRegionCodeForNumber(n);
            return new Destination(
                    n.getCountryCode(),
                    region == null ? "ZZ" : region,
                    Numbers.UTIL.getNumberType(n),
                    Numbers.digits(n));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return new Destination(0, "ZZ", PhoneNumberType.UNKNOWN, digits);
        }
    }

    /**
     * The one-pass classification equals getRegionCodeForNumber and getNumberType on the number libphonenumber's
     * parser would build from the same digits, valid or not: every region's example numbers, their neighbours, the
     * same with one and two leading zeros, random digits after each example's first digits (numbers that share the
     * beginning of a real range), and random national numbers of every length for every calling code.
     */
    @Test
    void callingCodeClassifiesAsLibphonenumber() {
        java.util.Random random = new java.util.Random(20261203L);
        int checked = 0;
        for (PhoneNumber n : exampleNumbers()) {
            String nsn = Numbers.UTIL.getNationalSignificantNumber(n);
            for (long delta : new long[] {0, 1, 7, 100, 999, 5_000}) {
                String shifted = Long.toString(n.getNationalNumber() + delta);
                for (String national : new String[] {shifted, "0" + shifted, "00" + shifted, nsn}) {
                    checkAgainstLibphonenumber(n.getCountryCode(), national);
                    checked++;
                }
            }
            for (int keep = 1; keep < nsn.length(); keep++) {
                checkAgainstLibphonenumber(
                        n.getCountryCode(), nsn.substring(0, keep) + randomDigits(random, nsn.length() - keep));
                checkAgainstLibphonenumber(
                        n.getCountryCode(), nsn.substring(0, keep) + randomDigits(random, nsn.length() - keep + 1));
                checked += 2;
            }
        }
        for (int code : Numbers.UTIL.getSupportedCallingCodes()) {
            for (int length = 1; length <= 17; length++) {
                for (int i = 0; i < 20; i++) {
                    checkAgainstLibphonenumber(code, randomDigits(random, length));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    /**
     * A pattern's two-digit start filter never refuses a number the pattern matches: every pattern of every region,
     * on every example number of its calling code and their neighbours, with one leading zero too.
     */
    @Test
    void startFilterAdmitsEveryNumberItsPatternMatches() {
        var metadata = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource();
        java.util.Map<Integer, java.util.List<String>> byCode = new java.util.HashMap<>();
        for (PhoneNumber n : exampleNumbers()) {
            for (long delta : new long[] {0, 1, 7, 100, 999}) {
                String national = Long.toString(n.getNationalNumber() + delta);
                byCode.computeIfAbsent(n.getCountryCode(), k -> new java.util.ArrayList<>())
                        .add(national);
                byCode.get(n.getCountryCode()).add("0" + national);
            }
        }
        int matched = 0;
        for (String region : Numbers.UTIL.getSupportedRegions()) {
            var m = metadata.getMetadataForRegion(region);
            for (var desc : java.util.List.of(
                    m.getGeneralDesc(),
                    m.getPremiumRate(),
                    m.getTollFree(),
                    m.getSharedCost(),
                    m.getVoip(),
                    m.getPersonalNumber(),
                    m.getPager(),
                    m.getUan(),
                    m.getVoicemail(),
                    m.getFixedLine(),
                    m.getMobile())) {
                CallingCode.Desc d = new CallingCode.Desc(desc);
                if (d.pattern == null) {
                    continue;
                }
                for (String national : byCode.get(m.getCountryCode())) {
                    if (d.pattern.matcher(national).matches()) {
                        assertThat(d.admitsStart(national))
                                .as("%s %s", region, national)
                                .isTrue();
                        matched++;
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(10_000);
    }

    /**
     * Threads that classify at once, sharing each region's pooled matchers, get what one thread alone gets: 24
     * threads (more than the pool has slots, so some share one), each classifying the same 6,000 numbers of calling
     * codes one region has and several regions share, in its own order.
     */
    @Test
    void concurrentClassificationsAgreeWithSequentialOnes() throws Exception {
        java.util.Random random = new java.util.Random(20261204L);
        String[] digits = new String[6_000];
        for (int i = 0; i < digits.length; i++) {
            String start = new String[] {"447", "441", "44", "346", "349", "1", "7", "39"}[i % 8];
            digits[i] = start + randomDigits(random, 11 - start.length() + random.nextInt(2));
        }
        Destination[] expected = new Destination[digits.length];
        for (int i = 0; i < digits.length; i++) {
            expected[i] = Destination.of(digits[i]);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 24; t++) {
                int offset = t * 250;
                results.add(pool.submit(() -> {
                    int same = 0;
                    for (int round = 0; round < 2; round++) {
                        for (int j = 0; j < digits.length; j++) {
                            int i = (j + offset) % digits.length;
                            if (Destination.of(digits[i]).equals(expected[i])) {
                                same++;
                            }
                        }
                    }
                    return same;
                }));
            }
            for (java.util.concurrent.Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(2 * digits.length);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every example number of every type of every region libphonenumber knows. */
    private static java.util.List<PhoneNumber> exampleNumbers() {
        java.util.List<PhoneNumber> all = new java.util.ArrayList<>();
        for (String region : Numbers.UTIL.getSupportedRegions()) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber n = Numbers.UTIL.getExampleNumberForType(region, type);
                if (n != null) {
                    all.add(n);
                }
            }
        }
        return all;
    }

    private static String randomDigits(java.util.Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** Compares CallingCode with libphonenumber on the number parse would build from a code and national digits. */
    private static void checkAgainstLibphonenumber(int code, String national) {
        PhoneNumber n = new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
        int zeros = 0;
        while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            n.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        assertThat(Numbers.UTIL.getNationalSignificantNumber(n)).isEqualTo(national);
        String region = Numbers.UTIL.getRegionCodeForNumber(n);
        Destination expected =
                new Destination(code, region == null ? "ZZ" : region, Numbers.UTIL.getNumberType(n), code + national);
        assertThat(CallingCode.of(code).classify(code, national, code + national))
                .as("+%d %s", code, national)
                .isEqualTo(expected);
    }

    @Test
    void randomDigitsClassifyAsTheParserDoes() {
        java.util.Random random = new java.util.Random(20261202L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 6 + random.nextInt(10);
            for (int j = 0; j < length; j++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            assertThat(Destination.of(sb.toString())).as(sb.toString()).isEqualTo(parsed(sb.toString()));
        }
    }

    @Test
    void nationalPrefixesAndLeadingZerosClassifyAsTheParserDoes() {
        for (String digits : new String[] {
            "4407400123456",
            "390612345678",
            "3900612345678",
            "2250700000000",
            "79123456789",
            "7891234567890",
            "1212555012",
            "12125550123",
            "112125550123",
            "8823",
            "0012345678"
        }) {
            assertThat(Destination.of(digits)).as(digits).isEqualTo(parsed(digits));
        }
        assertThat(Destination.of("4407400123456").type()).isEqualTo(PhoneNumberType.MOBILE);
    }

    /** A national prefix written after the country code is not part of the number: the digits are E.164's. */
    @Test
    void aNationalPrefixAfterTheCountryCodeLeavesTheDigits() {
        assertThat(Destination.of("4407400123456").digits()).isEqualTo("447400123456");
        assertThat(Destination.of("447400123456").digits()).isEqualTo("447400123456");
        assertThat(Destination.of("112015550123").digits()).isEqualTo("12015550123");
        assertThat(Destination.of("789123456789").digits()).isEqualTo("79123456789");
        assertThat(Destination.of("49015123456789").digits()).isEqualTo("4915123456789");
        assertThat(Destination.of("390612345678").digits()).isEqualTo("390612345678");
    }

    @Test
    void digitsThatAreNoInternationalNumberAreUnknown() {
        assertThat(Destination.of("0412345678"))
                .isEqualTo(new Destination(0, "ZZ", PhoneNumberType.UNKNOWN, "0412345678"));
        assertThat(Destination.of("999123456").region()).isEqualTo("ZZ");
    }
}
