/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;

/** Phone numbers for tests, as the digits the service normalises a recipient to, from libphonenumber's metadata. */
final class Numbers {
    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Numbers() {}

    static String digits(PhoneNumber n) {
        return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1);
    }

    /** libphonenumber's example number of a type for a region. */
    static String example(String region, PhoneNumberType type) {
        PhoneNumber n = UTIL.getExampleNumberForType(region, type);
        if (n == null) {
            throw new IllegalArgumentException("no example " + type + " number for " + region);
        }
        return digits(n);
    }

    /** The first region (in sorted order) that has an example number of a type. */
    static String exampleOfType(PhoneNumberType type) {
        return UTIL.getSupportedRegions().stream()
                .sorted()
                .filter(r -> UTIL.getExampleNumberForType(r, type) != null)
                .map(r -> example(r, type))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A random valid mobile number of a region: its example mobile number with every national digit after the first
     * drawn at random, until libphonenumber calls the result a mobile number of that region (+1 is shared).
     */
    static String mobile(String region, Random random) {
        String base = example(region, PhoneNumberType.MOBILE);
        int keep = base.length()
                - String.valueOf(UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE)
                                .getNationalNumber())
                        .length()
                + 1;
        while (true) {
            StringBuilder sb = new StringBuilder(base.substring(0, keep));
            for (int i = keep; i < base.length(); i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            String candidate = sb.toString();
            if (isMobile(candidate) && region.equals(Destination.of(candidate).region())) {
                return candidate;
            }
        }
    }

    static boolean isMobile(String digits) {
        PhoneNumberType t = type(digits);
        return t == PhoneNumberType.MOBILE || t == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    static PhoneNumberType type(String digits) {
        try {
            return UTIL.getNumberType(UTIL.parse("+" + digits, "ZZ"));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return PhoneNumberType.UNKNOWN;
        }
    }

    /** The number with its last three digits replaced by {@code i}, 0 to 999: the i-th number of its block. */
    static String inBlock(String digits, int i) {
        return digits.substring(0, digits.length() - 3) + String.format("%03d", i);
    }
}
