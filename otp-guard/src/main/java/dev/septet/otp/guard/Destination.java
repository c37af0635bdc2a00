/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Where a code would go, as libphonenumber classifies the recipient's digits.
 *
 * @param countryCode the country calling code, or 0 if the digits are no international number
 * @param region the ISO 3166-1 alpha-2 region, {@code "001"} for non-geographic numbers, {@code "ZZ"} if unknown
 * @param type the number type; {@link PhoneNumberType#UNKNOWN} exactly when the number is not valid for its region
 */
record Destination(int countryCode, String region, PhoneNumberType type) {
    /*
     * The service normalises a phone recipient to its digits with the '+' removed, country code first; parsing
     * "+" + digits against the unknown region "ZZ" reads the country code back. libphonenumber's isValidNumber(n) is
     * isValidNumberForRegion(n, getRegionCodeForNumber(n)), which is getNumberType(n) != UNKNOWN for a number whose
     * country code belongs to the region, so one getNumberType call gives both validity and type
     * (DestinationTest checks the equivalence on every region's example numbers).
     */
    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    static final String UNKNOWN_REGION = "ZZ";
    private static final Destination UNPARSABLE = new Destination(0, UNKNOWN_REGION, PhoneNumberType.UNKNOWN);

    /** Classifies the digits of a normalised phone recipient. */
    static Destination of(String digits) {
        PhoneNumber n = new PhoneNumber();
        try {
            UTIL.parse("+" + digits, UNKNOWN_REGION, n);
        } catch (NumberParseException e) {
            return UNPARSABLE;
        }
        String region = UTIL.getRegionCodeForNumber(n);
        return new Destination(n.getCountryCode(), region == null ? UNKNOWN_REGION : region, UTIL.getNumberType(n));
    }

    boolean isValid() {
        return type != PhoneNumberType.UNKNOWN;
    }

    /** Tells whether the country calling code is one of the international networks +881, +882, +883. */
    boolean isInternationalNetwork() {
        return countryCode == 881 || countryCode == 882 || countryCode == 883;
    }
}
