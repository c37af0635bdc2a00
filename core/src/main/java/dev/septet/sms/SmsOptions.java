/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How to analyse, split and encode a text: immutable and thread-safe; start from {@link #defaults()} and derive
 * copies with the {@code withX} methods.
 *
 * @param encoding which encoding to use, or {@link EncodingChoice#AUTO}; not null
 * @param languages the national languages whose tables may be used (3GPP TS 23.038 Annex A); empty (the
 *     default) means the default alphabet only, because not every handset and SMSC supports national tables; the
 *     accessor's set is unmodifiable and iterates in {@link NationalLanguage} declaration order
 * @param maxParts the most parts a message may be split into, 1 to 255 inclusive (255 is the protocol limit of
 *     the concatenation information element; 3GPP TS 23.040 clause 9.2.3.24.1)
 * @param reference16 true to use the 16-bit concatenation reference (information element 0x08, 6 octets) instead
 *     of the 8-bit one (0x00, 5 octets), which costs one more octet per part
 * @param replaceLoneSurrogates true to encode an unpaired surrogate as U+FFFD instead of failing with
 *     {@link SmsError#LONE_SURROGATE}
 * @param septetFormat how {@link Sms#encode(CharSequence, SmsOptions, int)} lays out GSM 7-bit user data: packed
 *     (the TPDU form, the default) or unpacked (one septet per octet, as most SMPP SMSCs expect with data_coding 0)
 * @param crPadding true to fill 7 spare bits at the end of packed GSM 7-bit user data with CR instead of zeros
 *     (3GPP TS 23.038 clause 6.1.2.3.1; defined for USSD and cell broadcast, where no length field says where the
 *     text ends; in SMS the User Data Length settles it, so the default is false)
 * @param replacement when present, the code point that replaces each character a forced GSM 7-bit encoding
 *     cannot represent (and each replacement is reported); it must be in the GSM 7-bit default alphabet or its
 *     extension table. When empty, such characters are an {@link SmsError#UNENCODABLE} error.
 * @param smartEncoding true to replace typographic characters that no enabled table holds by GSM look-alikes
 *     (curly quotes and primes, dashes and minus signs, the ellipsis, bullets, Unicode spaces, fullwidth ASCII;
 *     zero-width characters and the byte order mark removed) when that makes the text GSM 7-bit; each change is
 *     reported in {@link Analysis#replacements()}. Text that already fits GSM 7-bit is never changed.
 * @param normalizeNfc true to apply Unicode NFC normalisation first, so a decomposed {@code e} + U+0301 becomes
 *     U+00E9; indexes reported then refer to the normalised text
 */
public record SmsOptions(
        EncodingChoice encoding,
        Set<NationalLanguage> languages,
        int maxParts,
        boolean reference16,
        boolean replaceLoneSurrogates,
        SeptetFormat septetFormat,
        boolean crPadding,
        OptionalInt replacement,
        boolean smartEncoding,
        boolean normalizeNfc) {

    /** The protocol limit on parts: the concatenation IE carries the total in one octet. */
    public static final int MAX_PARTS_LIMIT = 255;

    private static final SmsOptions DEFAULTS = new SmsOptions(
            EncodingChoice.AUTO,
            Set.of(),
            MAX_PARTS_LIMIT,
            false,
            false,
            SeptetFormat.PACKED,
            false,
            OptionalInt.empty(),
            false,
            false);

    /**
     * Creates the record, validating every component and copying collections.
     *
     * @param encoding which encoding to use, or {@link EncodingChoice#AUTO}; not null
     * @param languages the national languages whose tables may be used (3GPP TS 23.038 Annex A); empty (the default) means the default alphabet only, because not every handset and SMSC supports national tables
     * @param maxParts the most parts a message may be split into, 1 to 255 inclusive (255 is the protocol limit of the concatenation information element; 3GPP TS 23.040 clause 9.2.3.24.1)
     * @param reference16 true to use the 16-bit concatenation reference (information element 0x08, 6 octets) instead of the 8-bit one (0x00, 5 octets), which costs one more octet per part
     * @param replaceLoneSurrogates true to encode an unpaired surrogate as U+FFFD instead of failing with {@link SmsError#LONE_SURROGATE}
     * @param septetFormat how {@link Sms#encode(CharSequence, SmsOptions, int)} lays out GSM 7-bit user data: packed (the TPDU form, the default) or unpacked (one septet per octet, as most SMPP SMSCs expect with data_coding 0)
     * @param crPadding true to fill 7 spare bits at the end of packed GSM 7-bit user data with CR instead of zeros (3GPP TS 23.038 clause 6.1.2.3.1; defined for USSD and cell broadcast, where no length field says where the text ends; in SMS the User Data Length settles it, so the default is false)
     * @param replacement when present, the code point that replaces each character a forced GSM 7-bit encoding cannot represent (and each replacement is reported); it must be in the GSM 7-bit default alphabet or its extension table. The table pair is then chosen among those that hold the replacement, so a character only another enabled table holds is replaced too. When empty, such characters are an {@link SmsError#UNENCODABLE} error.
     * @param smartEncoding true to replace typographic characters that no enabled table holds by GSM look-alikes (curly quotes and primes, dashes and minus signs, the ellipsis, bullets, Unicode spaces, fullwidth ASCII; zero-width characters and the byte order mark removed) when that makes the text GSM 7-bit; each change is reported in {@link Analysis#replacements()}. Text that already fits GSM 7-bit is never changed.
     * @param normalizeNfc true to apply Unicode NFC normalisation first, so a decomposed {@code e} + U+0301 becomes U+00E9; indexes reported then refer to the normalised text
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public SmsOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(languages, "languages");
        for (NationalLanguage language : languages) {
            Objects.requireNonNull(language, "languages must not hold null");
        }
        // an EnumSet iterates in declaration order whatever order the caller gave, so toString and logs are stable
        languages = languages.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(languages));
        Objects.requireNonNull(septetFormat, "septetFormat");
        Objects.requireNonNull(replacement, "replacement");
        if (maxParts < 1 || maxParts > MAX_PARTS_LIMIT) {
            throw new SmsException(
                    SmsError.INVALID_OPTION, "maxParts", -1, "maxParts must be between 1 and 255, was " + maxParts);
        }
        if (replacement.isPresent() && !TableIndex.inDefaultAlphabet(replacement.getAsInt())) {
            throw new SmsException(
                    SmsError.INVALID_OPTION,
                    "replacement",
                    -1,
                    String.format(
                            java.util.Locale.ROOT,
                            "replacement must be a character of the GSM 7-bit default alphabet or its extension table, was"
                                    + " U+%04X",
                            replacement.getAsInt()));
        }
    }

    /**
     * Returns the defaults: automatic encoding, default alphabet only, at most 255 parts, 8-bit concatenation
     * reference, lone surrogates rejected, no replacement.
     *
     * @return the shared default options
     */
    public static SmsOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another encoding choice.
     *
     * @param choice the encoding choice, not null
     * @return the new options
     */
    public SmsOptions withEncoding(EncodingChoice choice) {
        return new SmsOptions(
                choice,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy that enables exactly the given national languages.
     *
     * @param enabled the languages whose tables may be used; none for the default alphabet only
     * @return the new options
     */
    public SmsOptions withLanguages(NationalLanguage... enabled) {
        Objects.requireNonNull(enabled, "languages");
        // a language named twice is enabled once, not an error
        Set<NationalLanguage> set = java.util.EnumSet.noneOf(NationalLanguage.class);
        for (int i = 0; i < enabled.length; i++) {
            if (enabled[i] == null) {
                throw new NullPointerException("languages[" + i + "] is null");
            }
            set.add(enabled[i]);
        }
        return withLanguages(set);
    }

    /**
     * Returns a copy that enables exactly the given national languages.
     *
     * @param enabled the languages whose tables may be used, not null (empty for the default alphabet only)
     * @return the new options
     */
    public SmsOptions withLanguages(Set<NationalLanguage> enabled) {
        return new SmsOptions(
                encoding,
                enabled,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy with another part limit.
     *
     * @param parts the most parts allowed, 1 to 255 inclusive
     * @return the new options
     */
    public SmsOptions withMaxParts(int parts) {
        return new SmsOptions(
                encoding,
                languages,
                parts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy choosing the 16-bit (true) or 8-bit (false) concatenation reference.
     *
     * @param use16 true for information element 0x08 with a 16-bit reference
     * @return the new options
     */
    public SmsOptions withReference16(boolean use16) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                use16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy that replaces (true) or rejects (false) unpaired surrogates.
     *
     * @param replace true to encode each lone surrogate as U+FFFD and report it
     * @return the new options
     */
    public SmsOptions withReplaceLoneSurrogates(boolean replace) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replace,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy that replaces characters a forced GSM 7-bit encoding cannot represent.
     *
     * @param codePoint a character of the GSM 7-bit default alphabet or its extension table, such as '?'
     * @return the new options
     */
    public SmsOptions withReplacement(int codePoint) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                OptionalInt.of(codePoint),
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy with another GSM 7-bit user data layout.
     *
     * @param format packed (the TPDU form) or unpacked (one septet per octet)
     * @return the new options
     */
    public SmsOptions withSeptetFormat(SeptetFormat format) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                format,
                crPadding,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy that pads (true) or zero-fills (false) 7 spare bits at the end of packed user data with CR.
     *
     * @param pad true for the CR padding rule of 3GPP TS 23.038 clause 6.1.2.3.1
     * @return the new options
     */
    public SmsOptions withCrPadding(boolean pad) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                pad,
                replacement,
                smartEncoding,
                normalizeNfc);
    }

    /**
     * Returns a copy with smart encoding on (true) or off (false).
     *
     * @param smart true to replace typographic characters by GSM look-alikes when that makes the text GSM 7-bit
     * @return the new options
     */
    public SmsOptions withSmartEncoding(boolean smart) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smart,
                normalizeNfc);
    }

    /**
     * Returns a copy with NFC normalisation on (true) or off (false).
     *
     * @param nfc true to normalise the text to Unicode NFC before anything else
     * @return the new options
     */
    public SmsOptions withNormalizeNfc(boolean nfc) {
        return new SmsOptions(
                encoding,
                languages,
                maxParts,
                reference16,
                replaceLoneSurrogates,
                septetFormat,
                crPadding,
                replacement,
                smartEncoding,
                nfc);
    }

    /** Bit n set for each enabled language with identifier n. */
    int languageMask() {
        if (languages.isEmpty()) {
            return 0;
        }
        int mask = 0;
        for (NationalLanguage language : languages) {
            mask |= 1 << language.identifier();
        }
        return mask;
    }
}
