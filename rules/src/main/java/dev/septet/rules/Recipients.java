/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Finds a recipient's country with libphonenumber, whose metadata knows which area codes of a shared country
 * calling code (+1 for the US, Canada and the Caribbean; +7 for Russia and Kazakhstan; +44 for the UK and its Crown
 * dependencies) belong to which region. Stateless and thread-safe.
 */
final class Recipients {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** A recipient in E.164 form and its ISO 3166-1 alpha-2 region. */
    record Parsed(String e164, String region) {}

    private Recipients() {}

    /**
     * Parses a recipient; messages name the field and the reason but not the number, which is personal data.
     *
     * @throws RulesException with {@link RulesError#INVALID_RECIPIENT}
     */
    static Parsed parse(String recipient, Optional<String> defaultRegion) {
        PhoneNumber number;
        try {
            number = PHONES.parse(recipient, defaultRegion.orElse(null));
        } catch (NumberParseException e) {
            throw new RulesException(
                    RulesError.INVALID_RECIPIENT,
                    "recipient",
                    "recipient is not a phone number: " + reason(e, recipient, defaultRegion));
        }
        if (!PHONES.isPossibleNumber(number)) {
            throw new RulesException(
                    RulesError.INVALID_RECIPIENT,
                    "recipient",
                    "recipient has " + digits(number)
                            + " digits after +" + number.getCountryCode()
                            + ", which is not a possible length for a number"
                            + " of that country code");
        }
        String region = PHONES.getRegionCodeForNumber(number);
        if (region == null || region.length() != 2) {
            throw new RulesException(
                    RulesError.INVALID_RECIPIENT,
                    "recipient",
                    "recipient +"
                            + number.getCountryCode() + " ... belongs to no country: "
                            + (region == null
                                    ? "no region of that country code uses its area code or number range"
                                    : "it is a non-geographic number"));
        }
        return new Parsed(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), region);
    }

    /** Whether the first digit or plus sign of the text is a plus sign (ASCII or full width, as libphonenumber). */
    private static boolean startsWithPlus(String recipient) {
        for (int i = 0; i < recipient.length(); i++) {
            char c = recipient.charAt(i);
            if (c == '+' || c == '\uFF0B') {
                return true;
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static int digits(PhoneNumber number) {
        return PHONES.getNationalSignificantNumber(number).length();
    }

    private static String reason(NumberParseException e, String recipient, Optional<String> defaultRegion) {
        switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE:
                if (defaultRegion.isPresent() && !PHONES.getSupportedRegions().contains(defaultRegion.get())) {
                    return "it has no valid country code and \"" + defaultRegion.get()
                            + "\" is no region libphonenumber knows";
                }
                if (defaultRegion.isEmpty() && !startsWithPlus(recipient)) {
                    return "it has no valid country code; write it in international form (+ and the country code)"
                            + " or give a default region";
                }
                // written with + (or an international prefix): the digits after it are the unknown part
                return "its country calling code is not one in use";
            case NOT_A_NUMBER:
                return "it does not look like a phone number";
            case TOO_SHORT_AFTER_IDD:
                return "it is too short after the international prefix";
            case TOO_SHORT_NSN:
                return "it is too short";
            case TOO_LONG:
                return "it is too long";
            default:
                return e.getMessage();
        }
    }
}
