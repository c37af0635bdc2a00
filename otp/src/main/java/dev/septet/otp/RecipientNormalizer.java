/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Locale;

/**
 * Turns a recipient (phone number or e-mail address) into the key under which its code is stored, so one person is
 * one key however the number or address is written.
 */
final class RecipientNormalizer {
    /*
     * Phones: ASCII digits with optional separators (space, '-', '.', '(', ')'), an optional '+' before the first
     * digit, or else an international "00" prefix; separators, '+' and "00" are dropped and 6 to 15 digits must remain (15 is the
     * E.164 maximum; 6 admits the short numbers the contact API's examples use). Every format in the provider and
     * contact API documents is accepted: 34666555444, +34 666 555 444, +123 123 123, 0412345678, +1234567890.
     *
     * E-mail: exactly one '@', a local part of at most 64 characters from the RFC 5322 atext set plus non-leading,
     * non-trailing, non-repeated dots, and a domain of at least two dot-separated LDH labels; at most 254 characters
     * in all (RFC 5321). Lower-cased with Locale.ROOT, as the issue asks. No regular expressions: this runs on every
     * request and must not be a ReDoS vector.
     */
    static final int MIN_PHONE_DIGITS = 6;
    static final int MAX_PHONE_DIGITS = 15;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private RecipientNormalizer() {
    }

    /**
     * Normalises a recipient.
     *
     * @param recipient the recipient as the caller gave it; may be null
     * @return the key: digits only for a phone, the lower-cased address for an e-mail
     * @throws OtpValidationException if the recipient is null, blank, or neither a phone nor an e-mail address
     */
    static String normalize(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw OtpValidationException.required("recipient");
        }
        String trimmed = recipient.strip();
        String key = trimmed.indexOf('@') >= 0 ? email(trimmed) : phone(trimmed);
        if (key == null) {
            throw new OtpValidationException("recipient", "The recipient field must be a valid phone or email.");
        }
        return key;
    }

    /** Returns the digits of a phone number, or null if it is not one. */
    private static String phone(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        boolean plus = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+') {
                if (plus || digits.length() > 0) {
                    return null;
                }
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        int start = !plus && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0' ? 2 : 0;
        int count = digits.length() - start;
        return count >= MIN_PHONE_DIGITS && count <= MAX_PHONE_DIGITS ? digits.substring(start) : null;
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
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || local.startsWith(".") || local.endsWith(".")
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
        if (end == start || end - start > MAX_LABEL_LENGTH || domain.charAt(start) == '-'
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
