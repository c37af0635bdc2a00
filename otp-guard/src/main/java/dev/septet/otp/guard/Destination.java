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
 * @param digits the number's E.164 digits without {@code '+'}, country code first, as libphonenumber formats the number
 *     it parses: a national (trunk) prefix written after the country code is gone, so every spelling of one number
 *     has the same digits; the given digits if libphonenumber cannot parse them
 */
record Destination(int countryCode, String region, PhoneNumberType type, String digits) {
    /*
     * The service normalises a phone recipient to its digits with the '+' removed, country code first. Parsing that
     * with PhoneNumberUtil.parse costs several times a whole generate (it runs a dozen regular expressions meant for
     * text as people type it), so the number is split directly: country calling codes are prefix-free (ITU-T E.164),
     * so the first one to three digits that form an assigned code are the code, and the rest is the national
     * significant number, leading zeros and all, exactly as libphonenumber's getNationalSignificantNumber gives it
     * for the number parse would build (national number with its Italian leading zeros). CallingCode classifies that
     * as getRegionCodeForNumber and getNumberType do, matching the patterns once. A number that is then not valid is
     * classified again through parse, which also strips a national prefix written after the country code
     * ("+44 0 7400 ..."), so the result is parse's whenever the number is valid as written or invalid after all;
     * DestinationTest compares both on every region's example numbers and their neighbours. The digits kept are then
     * parse's E.164 ones too: the given digits when they are valid as written, the reparsed number's otherwise, so
     * "4407400123456" and "447400123456" are one number to every counter keyed on them.
     *
     * libphonenumber's isValidNumber(n) is isValidNumberForRegion(n, getRegionCodeForNumber(n)), which is
     * getNumberType(n) != UNKNOWN for a number whose country code belongs to the region, so the type gives both
     * validity and type.
     */
    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    static final String UNKNOWN_REGION = "ZZ";
    /** Whether each number 0 to 999 is an assigned country calling code in libphonenumber's metadata. */
    private static final boolean[] CALLING_CODES = new boolean[1000];
    /** The longest national significant number libphonenumber parses, in digits. */
    private static final int MAX_NATIONAL_DIGITS = 17;

    static {
        for (int code : UTIL.getSupportedCallingCodes()) {
            CALLING_CODES[code] = true;
        }
    }

    /** Classifies the digits of a normalised phone recipient (ASCII digits only). */
    static Destination of(String digits) {
        int code = 0;
        int length = 0;
        // no calling code starts with 0 (parse refuses "+0..."), and the loop would read "07" as 7
        for (int i = 0; i < 3 && i < digits.length() - 1 && digits.charAt(0) != '0'; i++) {
            code = code * 10 + (digits.charAt(i) - '0');
            if (CALLING_CODES[code]) {
                length = i + 1;
                break;
            }
        }
        if (length > 0 && digits.length() - length <= MAX_NATIONAL_DIGITS) {
            Destination d = CallingCode.of(code).classify(code, digits.substring(length), digits);
            if (d.isValid()) {
                return d;
            }
        }
        PhoneNumber n = new PhoneNumber();
        try {
            UTIL.parse("+" + digits, UNKNOWN_REGION, n);
        } catch (NumberParseException e) {
            return new Destination(0, UNKNOWN_REGION, PhoneNumberType.UNKNOWN, digits);
        }
        String region = UTIL.getRegionCodeForNumber(n);
        return new Destination(
                n.getCountryCode(),
                region == null ? UNKNOWN_REGION : region,
                UTIL.getNumberType(n),
                n.getCountryCode() + UTIL.getNationalSignificantNumber(n));
    }

    boolean isValid() {
        return type != PhoneNumberType.UNKNOWN;
    }

    /** Tells whether the country calling code is one of the international networks +881, +882, +883. */
    boolean isInternationalNetwork() {
        return countryCode == 881 || countryCode == 882 || countryCode == 883;
    }
}
