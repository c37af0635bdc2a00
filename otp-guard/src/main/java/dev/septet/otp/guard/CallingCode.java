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
import java.util.regex.Matcher;
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
 * type matching, that type is the answer. The patterns are compiled once per calling code, on first use, and
 * matchers are reused. A pattern is run only on numbers of a length its metadata lists (as libphonenumber does) and
 * whose first two digits can begin a match, which the JDK's matcher tells once per pattern (see {@link Desc}): a UK
 * or Spanish mobile number runs two patterns, its region's general one and the mobile one, instead of eight to ten.
 * DestinationTest checks the result against {@code getRegionCodeForNumber} and {@code getNumberType} on every
 * region's example numbers, their neighbours, leading zeros and random digits.
 *
 * <p>Thread-safe: the patterns never change once built, and the matcher pool hands each set of matchers to one
 * thread at a time.
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
     * @param digits the whole number's digits, country code first, which the destination carries
     * @return the destination; type UNKNOWN if the number is valid for no region, region ZZ if it belongs to none
     */
    Destination classify(int countryCode, String nsn, String digits) {
        int slot = System.identityHashCode(Thread.currentThread()) & (Region.POOL_SLOTS - 1);
        if (regions.length == 1) {
            Region r = regions[0];
            Matcher[] m = r.borrow(slot);
            try {
                return new Destination(countryCode, r.code, r.type(nsn, m), digits);
            } finally {
                r.giveBack(slot, m);
            }
        }
        for (Region r : regions) {
            Matcher[] m = r.borrow(slot);
            try {
                if (r.leadingDigits != null) {
                    if (r.leads(nsn, m)) {
                        return new Destination(countryCode, r.code, r.type(nsn, m), digits);
                    }
                } else {
                    PhoneNumberType t = r.type(nsn, m);
                    if (t != PhoneNumberType.UNKNOWN) {
                        return new Destination(countryCode, r.code, t, digits);
                    }
                }
            } finally {
                r.giveBack(slot, m);
            }
        }
        return new Destination(countryCode, Destination.UNKNOWN_REGION, PhoneNumberType.UNKNOWN, digits);
    }

    /**
     * One region's patterns, in the order libphonenumber tries them, and a few sets of reusable matchers for them.
     *
     * <p>A matcher costs more to create than to run on a national number, so each classification borrows a set
     * from one of {@link #POOL_SLOTS} slots (chosen by thread) and puts it back; a thread that finds its slot taken
     * uses a set of its own, created as it goes. A matcher is used by one thread at a time.
     */
    private static final class Region {
        static final int POOL_SLOTS = 16;
        static final int GENERAL = 0;
        /** Indexes 1 to 8: tried in this order after the general pattern; the first that matches is the type. */
        static final PhoneNumberType[] SPECIAL_TYPES = {
            null,
            PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.TOLL_FREE,
            PhoneNumberType.SHARED_COST,
            PhoneNumberType.VOIP,
            PhoneNumberType.PERSONAL_NUMBER,
            PhoneNumberType.PAGER,
            PhoneNumberType.UAN,
            PhoneNumberType.VOICEMAIL
        };

        static final int FIXED_LINE = 9;
        static final int MOBILE = 10;
        static final int LEADING_DIGITS = 11;

        final String code;
        /** By the indexes above. */
        final Desc[] descs;
        /** The pattern that tells this region from the others of its calling code, or null if it has none. */
        final Pattern leadingDigits;

        final boolean sameMobileAndFixedLinePattern;
        /** Sets of matchers, by the indexes above, free to borrow; a slot is empty while its set is borrowed. */
        final AtomicReferenceArray<Matcher[]> pool = new AtomicReferenceArray<>(POOL_SLOTS);

        Region(String code, PhoneMetadata m) {
            this.code = code;
            this.descs = new Desc[] {
                new Desc(m.getGeneralDesc()),
                new Desc(m.getPremiumRate()),
                new Desc(m.getTollFree()),
                new Desc(m.getSharedCost()),
                new Desc(m.getVoip()),
                new Desc(m.getPersonalNumber()),
                new Desc(m.getPager()),
                new Desc(m.getUan()),
                new Desc(m.getVoicemail()),
                new Desc(m.getFixedLine()),
                new Desc(m.getMobile())
            };
            this.leadingDigits = m.hasLeadingDigits() ? Pattern.compile(m.getLeadingDigits()) : null;
            this.sameMobileAndFixedLinePattern = m.getSameMobileAndFixedLinePattern();
        }

        Matcher[] borrow(int slot) {
            Matcher[] m = pool.getAndSet(slot, null);
            return m != null ? m : new Matcher[LEADING_DIGITS + 1];
        }

        void giveBack(int slot, Matcher[] m) {
            pool.lazySet(slot, m);
        }

        /** Tells whether this region's leading digits pattern matches the start of the number. */
        boolean leads(String nsn, Matcher[] m) {
            return matcher(m, LEADING_DIGITS, leadingDigits, nsn).lookingAt();
        }

        /** libphonenumber's getNumberTypeHelper. */
        PhoneNumberType type(String nsn, Matcher[] m) {
            if (!matches(GENERAL, nsn, m)) {
                return PhoneNumberType.UNKNOWN;
            }
            for (int i = 1; i < FIXED_LINE; i++) {
                if (matches(i, nsn, m)) {
                    return SPECIAL_TYPES[i];
                }
            }
            if (matches(FIXED_LINE, nsn, m)) {
                return sameMobileAndFixedLinePattern || matches(MOBILE, nsn, m)
                        ? PhoneNumberType.FIXED_LINE_OR_MOBILE
                        : PhoneNumberType.FIXED_LINE;
            }
            return !sameMobileAndFixedLinePattern && matches(MOBILE, nsn, m)
                    ? PhoneNumberType.MOBILE
                    : PhoneNumberType.UNKNOWN;
        }

        /** libphonenumber's isNumberMatchingDesc. */
        private boolean matches(int i, String nsn, Matcher[] m) {
            Desc d = descs[i];
            return d.admitsLength(nsn.length())
                    && d.pattern != null
                    && (nsn.length() < 2 || d.admitsStart(nsn))
                    && matcher(m, i, d.pattern, nsn).matches();
        }

        private static Matcher matcher(Matcher[] m, int i, Pattern p, String nsn) {
            Matcher x = m[i];
            if (x == null) {
                x = p.matcher(nsn);
                m[i] = x;
                return x;
            }
            return x.reset(nsn);
        }
    }

    /** One number type's lengths, pattern and the two-digit starts the pattern can match. */
    static final class Desc {
        /** Bit n set if n digits is a possible length; all bits set when the metadata lists no length. */
        final long lengths;
        /** The whole-number pattern, or null if the metadata has none (then nothing matches). */
        final Pattern pattern;
        /**
         * Bit 10 * a + b set if a number of at least two digits that starts with digits a and b may match the
         * pattern; from the JDK's own matcher, whose {@link Matcher#hitEnd()} is true whenever more input could
         * change a failed match into a success: a two-digit start that fails without hitting the end fails with
         * every continuation.
         */
        final long startsLow;

        /** The same for the starts 64 to 99, at bit {@code start - 64}. */
        final long startsHigh;

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
            long low = 0;
            long high = 0;
            if (pattern != null) {
                Matcher m = pattern.matcher("");
                for (int start = 0; start < 100; start++) {
                    String digits = new String(new char[] {(char) ('0' + start / 10), (char) ('0' + start % 10)});
                    if (m.reset(digits).matches() || m.hitEnd()) {
                        if (start < Long.SIZE) {
                            low |= 1L << start;
                        } else {
                            high |= 1L << (start - Long.SIZE);
                        }
                    }
                }
            }
            this.startsLow = low;
            this.startsHigh = high;
        }

        /** Tells whether a number of at least two digits may match, from its first two digits. */
        boolean admitsStart(String nsn) {
            int start = (nsn.charAt(0) - '0') * 10 + (nsn.charAt(1) - '0');
            return start < Long.SIZE
                    ? (startsLow & (1L << start)) != 0
                    : (startsHigh & (1L << (start - Long.SIZE))) != 0;
        }

        boolean admitsLength(int digits) {
            return digits < Long.SIZE && (lengths & (1L << digits)) != 0;
        }
    }
}
