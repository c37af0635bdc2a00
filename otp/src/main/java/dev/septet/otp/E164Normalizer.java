/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Locale;

/**
 * The default {@link RecipientNormalizer}: phone numbers to E.164 digits, e-mail addresses lower-cased.
 */
final class E164Normalizer implements RecipientNormalizer {
    /*
     * Phones: ASCII digits with optional separators (space, '-', '.', '(', ')'), and an optional '+' before the first
     * digit. The international form is recognised by '+', by the "00" international prefix, or by both ("+0034");
     * digits with neither and no leading zero are taken as international already (the API's own examples write
     * 34666555444). A "(0)" right after the country code (1 to 3 digits) in international form ("+44 (0)20 7946
     * 0000") is the trunk prefix written for callers inside the country, and is dropped; elsewhere its 0 is a digit.
     * A single leading zero marks a national number with its trunk prefix: without a default country calling code it
     * is rejected, since no key can be derived from it; with one, the zero is replaced by the code.
     * 6 to 15 digits must remain (15 is the E.164 maximum; 6 admits short numbers such as +123 123), and the country
     * code cannot start with 0.
     *
     * E-mail: exactly one '@', a local part of at most 64 characters from the RFC 5322 atext set plus non-leading,
     * non-trailing, non-repeated dots, and a domain of at least two dot-separated LDH labels; at most 254 characters
     * in all (RFC 5321). Lower-cased with Locale.ROOT. No regular expressions: this runs on every request and must
     * not be a ReDoS vector.
     */
    static final int MIN_PHONE_DIGITS = 6;
    static final int MAX_PHONE_DIGITS = 15;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    static final int MAX_COUNTRY_CODE = 999;
    private static final int MAX_COUNTRY_CODE_DIGITS = 3;
    static final String INVALID = "The recipient field must be a valid phone or email.";
    static final String NATIONAL =
            "The recipient field is a national number; write it in international format, " + "such as +34 666 555 444.";
    private static final String NO_COUNTRY = "";
    static final E164Normalizer INTERNATIONAL = new E164Normalizer(NO_COUNTRY);

    /** The default country calling code's digits, or empty for none. */
    private final String countryCode;

    private E164Normalizer(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Returns the normaliser that reads national numbers as numbers of a country calling code. */
    static E164Normalizer withCountryCode(int countryCode) {
        if (countryCode < 1 || countryCode > MAX_COUNTRY_CODE) {
            throw new IllegalArgumentException("defaultCountryCallingCode must be between 1 and " + MAX_COUNTRY_CODE
                    + " inclusive, was " + countryCode);
        }
        return new E164Normalizer(Integer.toString(countryCode));
    }

    @Override
    public String normalize(String recipient) {
        // the checks of requireWellFormed, keeping what they compute: each runs once per request
        if (recipient == null || recipient.isBlank()) {
            throw OtpValidationException.required("recipient");
        }
        String trimmed = recipient.strip();
        if (trimmed.indexOf('@') >= 0) {
            String email = email(trimmed);
            if (email == null) {
                throw new OtpValidationException("recipient", INVALID);
            }
            return email;
        }
        String digits = phoneDigits(trimmed);
        if (digits == null) {
            throw new OtpValidationException("recipient", INVALID);
        }
        boolean plus = trimmed.indexOf('+') >= 0;
        int start = digits.startsWith("00") ? 2 : 0;
        String key;
        if (start == 0 && !plus && digits.charAt(0) == '0') {
            if (countryCode.isEmpty()) {
                throw new OtpValidationException("recipient", NATIONAL);
            }
            key = countryCode + digits.substring(1);
        } else {
            key = digits.substring(start);
        }
        if (key.length() < MIN_PHONE_DIGITS || key.length() > MAX_PHONE_DIGITS || key.charAt(0) == '0') {
            throw new OtpValidationException("recipient", INVALID);
        }
        return key;
    }

    /**
     * Checks that a recipient is present and shaped like a phone number or an e-mail address, as every request does
     * before any normaliser sees it.
     *
     * @return the recipient without surrounding white space
     * @throws OtpValidationException if it is missing, or neither a phone nor an e-mail address
     */
    static String requireWellFormed(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw OtpValidationException.required("recipient");
        }
        String trimmed = recipient.strip();
        boolean valid = trimmed.indexOf('@') >= 0 ? email(trimmed) != null : scanPhone(trimmed, null);
        if (!valid) {
            throw new OtpValidationException("recipient", INVALID);
        }
        return trimmed;
    }

    /** Returns the digits of a phone number, or null if it is not one. */
    private static String phoneDigits(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        return scanPhone(s, digits) ? digits.toString() : null;
    }

    /**
     * Tells whether a text is a phone number: digits with an optional leading '+', separators (space, '-', '.', '(',
     * ')') and an optional "(0)" after an international prefix. Appends its digits to {@code digits} if that is not
     * null; a check alone passes null and allocates nothing.
     */
    private static boolean scanPhone(String s, StringBuilder digits) {
        int count = 0;
        boolean plus = false;
        boolean zeroZero = false; // the first two digits are "00"
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count < 2) {
                    zeroZero = c == '0' && (count == 0 || zeroZero);
                }
                count++;
                if (digits != null) {
                    digits.append(c);
                }
            } else if (c == '+') {
                if (plus || count > 0) {
                    return false;
                }
                plus = true;
            } else if (c == '(' && s.startsWith("0)", i + 1) && international(count, zeroZero, plus)) {
                i += 2; // "+44 (0)20 ...": the trunk prefix a caller inside the country would dial, not part of the key
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return false;
            }
        }
        // room for a "00" prefix or a national number's trunk zero replaced by a three-digit country code
        return count >= MIN_PHONE_DIGITS && count <= MAX_PHONE_DIGITS + 2;
    }

    /**
     * Tells whether the digits read so far are exactly a country calling code in international form ('+' or "00",
     * or both, and then 1 to 3 digits), so that a following "(0)" is the optional trunk prefix of ITU-T E.123. A
     * "(0)" further on is part of the number: dropping it would make the key another number's.
     */
    private static boolean international(int count, boolean zeroZero, boolean plus) {
        if (!plus && !zeroZero) {
            return false;
        }
        int countryDigits = zeroZero ? count - 2 : count;
        return countryDigits >= 1 && countryDigits <= MAX_COUNTRY_CODE_DIGITS;
    }

    /** Returns the lower-cased address, or null if it is not a plausible e-mail address. */
    private static String email(String s) {
        int at = s.indexOf('@');
        if (s.length() > MAX_EMAIL_LENGTH || at != s.lastIndexOf('@')) {
            return null;
        }
        return localPart(s.substring(0, at)) && domain(s.substring(at + 1)) ? s.toLowerCase(Locale.ROOT) : null;
    }

    private static boolean localPart(String local) {
        if (local.isEmpty()
                || local.length() > MAX_LOCAL_LENGTH
                || local.startsWith(".")
                || local.endsWith(".")
                || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && LOCAL_SPECIALS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a text is a host name of at least two LDH labels, such as {@code example.com}. */
    static boolean isDomain(String domain) {
        return domain.length() <= MAX_EMAIL_LENGTH && domain(domain);
    }

    private static boolean domain(String domain) {
        int labels = 0;
        int start = 0;
        while (start <= domain.length()) {
            int dot = domain.indexOf('.', start);
            int end = dot < 0 ? domain.length() : dot;
            if (!label(domain, start, end)) {
                return false;
            }
            labels++;
            start = end + 1;
        }
        return labels >= 2;
    }

    private static boolean label(String domain, int start, int end) {
        if (end == start
                || end - start > MAX_LABEL_LENGTH
                || domain.charAt(start) == '-'
                || domain.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = domain.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
