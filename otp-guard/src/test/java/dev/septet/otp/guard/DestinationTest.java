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
        for (String region : Numbers.UTIL.getSupportedRegions()) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber n = Numbers.UTIL.getExampleNumberForType(region, type);
                if (n == null) {
                    continue;
                }
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
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    /** What libphonenumber's parser makes of the digits. */
    private static Destination parsed(String digits) {
        try {
            PhoneNumber n = Numbers.UTIL.parse("+" + digits, "ZZ");
            String region = Numbers.UTIL.getRegionCodeForNumber(n);
            return new Destination(n.getCountryCode(), region == null ? "ZZ" : region, Numbers.UTIL.getNumberType(n));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return new Destination(0, "ZZ", PhoneNumberType.UNKNOWN);
        }
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

    @Test
    void digitsThatAreNoInternationalNumberAreUnknown() {
        assertThat(Destination.of("0412345678")).isEqualTo(new Destination(0, "ZZ", PhoneNumberType.UNKNOWN));
        assertThat(Destination.of("999123456").region()).isEqualTo("ZZ");
    }
}
