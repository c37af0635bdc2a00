/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * One country calling code's regions and their number patterns, from libphonenumber's metadata: classifies a national
 * significant number into its region and number type with one pass over the patterns.
 *
 * <p>libphonenumber's {@code getNumberType(n)} first finds the region ({@code getRegionCodeForNumber}, which for a
 * calling code that several regions share runs the main region's whole type matching) and then runs the type matching
 * again; with {@code getRegionCodeForNumber} beforehand, a UK number was matched three times, each time through its
 * regular-expression cache. This class does what those methods do ({@code getRegionCodeForNumberFromRegionList} and
 * {@code getNumberTypeHelper} in libphonenumber 9.0), on the same metadata, once: when the region was found by its
 * type matching, that type is the answer. The patterns are compiled once per calling code, on first use.
 * DestinationTest checks the result against {@code getRegionCodeForNumber} and {@code getNumberType} on every
 * region's example numbers, their neighbours and random digits.
 *
 * <p>Immutable and thread-safe.
 */
final class CallingCode {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    /** Built on first use, by calling code; a race builds the same value twice, harmlessly. */
    private static final AtomicReferenceArray<CallingCode> BY_CODE = new AtomicReferenceArray<>(1000);
    /** libphonenumber's region code for non-geographic entities such as +800 or +882. */
    private static final String NON_GEO = "001";

    /** The regions in libphonenumber's order for this code, the main region first. */
    private final Region[] regions;

    private CallingCode(int code) {
        List<String> codes = UTIL.getRegionCodesForCountryCode(code);
        regions = new Region[codes.size()];
        for (int i = 0; i < regions.length; i++) {
            String region = codes.get(i);
            PhoneMetadata m = region.equals(NON_GEO)
                    ? METADATA.getMetadataForNonGeographicalRegion(code)
                    : METADATA.getMetadataForRegion(region);
            regions[i] = new Region(region, m);
        }
    }

    /**
     * Returns the classifier of an assigned calling code.
     *
     * @param code a calling code libphonenumber supports, 1 to 999
     */
    static CallingCode of(int code) {
        CallingCode c = BY_CODE.get(code);
        if (c == null) {
            c = new CallingCode(code);
            BY_CODE.set(code, c);
        }
        return c;
    }

    /**
     * Classifies a national significant number of this calling code as libphonenumber's getRegionCodeForNumber and
     * getNumberType do.
     *
     * @param nsn the national significant number, with any Italian leading zeros; ASCII digits
     * @param countryCode this calling code
     * @return the destination; type UNKNOWN if the number is valid for no region, region ZZ if it belongs to none
     */
    Destination classify(int countryCode, String nsn) {
        if (regions.length == 1) {
            Region r = regions[0];
            return new Destination(countryCode, r.code, r.type(nsn));
        }
        for (Region r : regions) {
            if (r.leadingDigits != null) {
                if (r.leadingDigits.matcher(nsn).lookingAt()) {
                    return new Destination(countryCode, r.code, r.type(nsn));
                }
            } else {
                PhoneNumberType t = r.type(nsn);
                if (t != PhoneNumberType.UNKNOWN) {
                    return new Destination(countryCode, r.code, t);
                }
            }
        }
        return new Destination(countryCode, Destination.UNKNOWN_REGION, PhoneNumberType.UNKNOWN);
    }

    /** One region's patterns, in the order libphonenumber tries them. */
    private static final class Region {
        final String code;
        /** The pattern that tells this region from the others of its calling code, or null if it has none. */
        final Pattern leadingDigits;

        final Desc general;
        /** Tried in this order after the general pattern; the first that matches is the type. */
        final Desc[] special;

        final PhoneNumberType[] specialTypes;
        final Desc fixedLine;
        final Desc mobile;
        final boolean sameMobileAndFixedLinePattern;

        Region(String code, PhoneMetadata m) {
            this.code = code;
            this.leadingDigits = m.hasLeadingDigits() ? Pattern.compile(m.getLeadingDigits()) : null;
            this.general = new Desc(m.getGeneralDesc());
            this.special = new Desc[] {
                new Desc(m.getPremiumRate()),
                new Desc(m.getTollFree()),
                new Desc(m.getSharedCost()),
                new Desc(m.getVoip()),
                new Desc(m.getPersonalNumber()),
                new Desc(m.getPager()),
                new Desc(m.getUan()),
                new Desc(m.getVoicemail())
            };
            this.specialTypes = new PhoneNumberType[] {
                PhoneNumberType.PREMIUM_RATE,
                PhoneNumberType.TOLL_FREE,
                PhoneNumberType.SHARED_COST,
                PhoneNumberType.VOIP,
                PhoneNumberType.PERSONAL_NUMBER,
                PhoneNumberType.PAGER,
                PhoneNumberType.UAN,
                PhoneNumberType.VOICEMAIL
            };
            this.fixedLine = new Desc(m.getFixedLine());
            this.mobile = new Desc(m.getMobile());
            this.sameMobileAndFixedLinePattern = m.getSameMobileAndFixedLinePattern();
        }

        /** libphonenumber's getNumberTypeHelper. */
        PhoneNumberType type(String nsn) {
            if (!general.matches(nsn)) {
                return PhoneNumberType.UNKNOWN;
            }
            for (int i = 0; i < special.length; i++) {
                if (special[i].matches(nsn)) {
                    return specialTypes[i];
                }
            }
            if (fixedLine.matches(nsn)) {
                return sameMobileAndFixedLinePattern || mobile.matches(nsn)
                        ? PhoneNumberType.FIXED_LINE_OR_MOBILE
                        : PhoneNumberType.FIXED_LINE;
            }
            return !sameMobileAndFixedLinePattern && mobile.matches(nsn)
                    ? PhoneNumberType.MOBILE
                    : PhoneNumberType.UNKNOWN;
        }
    }

    /** One number type's lengths and pattern: libphonenumber's isNumberMatchingDesc. */
    private static final class Desc {
        /** Bit n set if n digits is a possible length; all bits set when the metadata lists no length. */
        final long lengths;
        /** The whole-number pattern, or null if the metadata has none (then nothing matches). */
        final Pattern pattern;

        Desc(PhoneNumberDesc d) {
            List<Integer> list = d.getPossibleLengthList();
            long bits = list.isEmpty() ? -1L : 0L;
            for (int n : list) {
                // -1 marks a type the region does not have; no length matches it
                if (n >= 0 && n < Long.SIZE) {
                    bits |= 1L << n;
                }
            }
            this.lengths = bits;
            String p = d.getNationalNumberPattern();
            this.pattern = p.isEmpty() ? null : Pattern.compile(p);
        }

        boolean matches(String nsn) {
            return nsn.length() < Long.SIZE
                    && (lengths & (1L << nsn.length())) != 0
                    && pattern != null
                    && pattern.matcher(nsn).matches();
        }
    }
}
