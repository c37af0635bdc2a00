/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The destination's one getNumberType call agrees with libphonenumber's isValidNumber and region. */
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
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    @Test
    void digitsThatAreNoInternationalNumberAreUnknown() {
        assertThat(Destination.of("0412345678")).isEqualTo(new Destination(0, "ZZ", PhoneNumberType.UNKNOWN));
        assertThat(Destination.of("999123456").region()).isEqualTo("ZZ");
    }
}
