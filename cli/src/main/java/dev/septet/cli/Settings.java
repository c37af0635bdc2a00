/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.EncodingChoice;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.SmsException;
import dev.septet.sms.SmsOptions;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command takes, from its flags and, in {@code --jsonl} mode, from the fields of each line. A
 * line's field has the flag's name without the dashes ({@code "max-parts"}; the option's API name, such as
 * {@code "maxParts"}, is accepted too) and overrides the flag for that line only.
 */
final class Settings {
    @Option(
            names = "--encoding",
            paramLabel = "MODE",
            description = "auto (default), gsm7, gsm7-pt (the cheapest pair with a Portuguese table, whatever "
                    + "--national says), gsm7-national or ucs2")
    String encoding = "auto";

    @Option(
            names = "--national",
            paramLabel = "CODES",
            description = "enable national tables, comma-separated ISO "
                    + "639-1 codes: tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur")
    String national = "";

    @Option(
            names = "--max-parts",
            paramLabel = "N",
            converter = WholeNumber.class,
            description = "most parts allowed, 1 to 255 (default 255)")
    int maxParts = SmsOptions.MAX_PARTS_LIMIT;

    @Option(names = "--ref16", description = "16-bit concatenation reference (6-octet element)")
    boolean ref16;

    @Option(
            names = "--replace-lone-surrogates",
            description = "encode unpaired surrogates as U+FFFD instead of " + "failing")
    boolean replaceLoneSurrogates;

    @Option(
            names = "--replacement",
            paramLabel = "C",
            description =
                    "with a forced GSM encoding, replace "
                            + "unencodable characters by C, one character of the GSM 7-bit default alphabet or its extension table")
    String replacement;

    @Option(
            names = "--smart",
            description = "replace typographic characters (curly quotes, dashes, ellipsis, "
                    + "Unicode spaces, fullwidth ASCII) by GSM look-alikes when that avoids UCS-2")
    boolean smart;

    @Option(names = "--nfc", description = "normalise the text to Unicode NFC first (e + U+0301 becomes U+00E9)")
    boolean nfc;

    boolean unpacked;

    @Option(
            names = "--reference",
            paramLabel = "N",
            converter = WholeNumber.class,
            description = "encode: "
                    + "concatenation reference of the first multi-part message (default 0; low 8 or 16 bits used); each "
                    + "further one in a --jsonl run takes the next number")
    int reference;

    @Option(
            names = "--cr-padding",
            description = "encode: fill 7 spare bits at the end with CR " + "(3GPP TS 23.038 6.1.2.3.1)")
    boolean crPadding;

    @Option(
            names = "--dcs",
            paramLabel = "N",
            converter = WholeNumber.class,
            description = "decode: data coding scheme, 0 to 255 (default 0)")
    int dcs;

    @Option(names = "--udhi", description = "decode: the user data starts with a User Data Header")
    boolean udhi;

    @Option(
            names = "--udl",
            paramLabel = "N",
            converter = WholeNumber.class,
            description = "decode: User Data "
                    + "Length, 0 or more (septets for GSM 7-bit incl. header and fill, octets for UCS-2); settles a trailing "
                    + "7-bit gap")
    Integer udl;

    @Option(
            names = "--strict",
            description =
                    "decode: undefined codes and reserved data coding schemes are errors instead of display fallbacks")
    boolean strict;

    /** Where each option came from on a batch line: API field name to the JSON key; flags otherwise. */
    private Map<String, String> lineKeys = Map.of();

    @Option(names = "--packed", description = "encode/decode: GSM 7-bit user data packed (the default)")
    void packed(boolean packed) {
        unpacked = !packed;
    }

    @Option(names = "--unpacked", description = "encode/decode: GSM 7-bit user data with one septet per octet")
    void unpacked(boolean isUnpacked) {
        unpacked = isUnpacked;
    }

    private Settings copy() {
        Settings s = new Settings();
        s.encoding = encoding;
        s.national = national;
        s.maxParts = maxParts;
        s.ref16 = ref16;
        s.replaceLoneSurrogates = replaceLoneSurrogates;
        s.replacement = replacement;
        s.smart = smart;
        s.nfc = nfc;
        s.unpacked = unpacked;
        s.reference = reference;
        s.crPadding = crPadding;
        s.dcs = dcs;
        s.udhi = udhi;
        s.udl = udl;
        s.strict = strict;
        return s;
    }

    /** How a line's field sets one option. */
    @FunctionalInterface
    private interface Setter {
        void set(Settings s, JsonNode value, String key);
    }

    /** Option fields a batch line may carry: the flag's name, then accepted aliases, each with its API field. */
    private static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    private static final Map<String, Setter> SETTERS = new HashMap<>();

    static {
        field("encoding", "encoding", (s, v, k) -> s.encoding = string(v, k));
        field("national", "national", (s, v, k) -> s.national = national(v, k));
        field("maxParts", "max-parts", (s, v, k) -> s.maxParts = integer(v, k), "maxParts");
        field("reference16", "ref16", (s, v, k) -> s.ref16 = bool(v, k), "reference16");
        field(
                "replaceLoneSurrogates",
                "replace-lone-surrogates",
                (s, v, k) -> s.replaceLoneSurrogates = bool(v, k),
                "replaceLoneSurrogates");
        field("replacement", "replacement", (s, v, k) -> s.replacement = string(v, k));
        field("smartEncoding", "smart", (s, v, k) -> s.smart = bool(v, k), "smartEncoding");
        field("normalizeNfc", "nfc", (s, v, k) -> s.nfc = bool(v, k), "normalizeNfc");
        field("septetFormat", "format", (s, v, k) -> s.unpacked = format(v, k), "septetFormat");
        field("packed", "packed", (s, v, k) -> s.unpacked = !bool(v, k));
        field("unpacked", "unpacked", (s, v, k) -> s.unpacked = bool(v, k));
        field("reference", "reference", (s, v, k) -> s.reference = integer(v, k));
        field("crPadding", "cr-padding", (s, v, k) -> s.crPadding = bool(v, k), "crPadding");
        field("dataCodingScheme", "dcs", (s, v, k) -> s.dcs = integer(v, k), "dataCodingScheme");
        field("udhi", "udhi", (s, v, k) -> s.udhi = bool(v, k));
        field("udl", "udl", (s, v, k) -> s.udl = v.isNull() ? null : integer(v, k));
        field("strict", "strict", (s, v, k) -> s.strict = bool(v, k));
    }

    private static void field(String apiField, String flag, Setter setter, String... aliases) {
        String[] names = new String[aliases.length + 2];
        names[0] = apiField;
        names[1] = flag;
        System.arraycopy(aliases, 0, names, 2, aliases.length);
        NAMES.put(flag, names);
        SETTERS.put(flag, setter);
        for (String alias : aliases) {
            SETTERS.put(alias, setter);
        }
    }

    /** The option names a batch line may carry, flags first: for error messages and help. */
    static String lineOptionNames() {
        return String.join(", ", NAMES.keySet());
    }

    /** The other names a batch line may give an option by: its API name where that differs from the flag. */
    static Set<String> lineOptionAliases() {
        Set<String> aliases = new LinkedHashSet<>();
        for (String[] names : NAMES.values()) {
            aliases.addAll(Arrays.asList(names).subList(2, names.length));
        }
        return aliases;
    }

    /**
     * Returns the settings for one batch line: these, overridden by the line's option fields.
     *
     * @param line the parsed line
     * @param inputFields the line's other known fields (id, text, userData, ...), not options
     * @throws Failure for an unknown field, an option given twice or a value of the wrong type
     */
    Settings forLine(ObjectNode line, Set<String> inputFields) {
        Settings s = copy();
        Map<String, String> keys = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : line.properties()) {
            String key = e.getKey();
            if (inputFields.contains(key)) {
                continue;
            }
            Setter setter = SETTERS.get(key);
            if (setter == null) {
                throw Failure.invalidOption(
                        key,
                        "\"" + key + "\"",
                        "unknown field \"" + key + "\"; a line carries " + String.join(", ", inputFields)
                                + " and the options " + lineOptionNames());
            }
            String apiField = apiField(key);
            String earlier = keys.put(apiField, key);
            if (earlier != null) {
                throw Failure.invalidOption(
                        apiField,
                        "\"" + key + "\"",
                        "the fields \"" + earlier + "\" and \"" + key + "\" set the same option");
            }
            setter.set(s, e.getValue(), key);
        }
        s.lineKeys = keys;
        return s;
    }

    /**
     * Returns the API name of a flag's option ({@code --max-parts} gives {@code maxParts}), or null for a flag that
     * sets none of these options.
     */
    static String apiFieldOfFlag(String flag) {
        String key = flag.startsWith("--") ? flag.substring(2) : flag;
        return NAMES.containsKey(key) ? apiField(key) : null;
    }

    private static String apiField(String key) {
        for (String[] names : NAMES.values()) {
            for (int i = 1; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return names[0].equals("packed") || names[0].equals("unpacked") ? "septetFormat" : names[0];
                }
            }
        }
        return key;
    }

    /**
     * Tells whether a batch line set an option.
     *
     * @param apiField the option's field name ({@code reference}, {@code maxParts}, ...)
     * @return true when the line carried it
     */
    boolean fromLine(String apiField) {
        return lineKeys.containsKey(apiField);
    }

    /**
     * Names an option as the user wrote it: the JSON key on a batch line, else the flag.
     *
     * @param apiField the field name core or the CLI uses ({@code maxParts}, {@code udl}, ...)
     * @return for example {@code --max-parts} or {@code "maxParts"}; null for a field that is no option
     */
    String label(String apiField) {
        String key = lineKeys.get(apiField);
        if (key != null) {
            return "\"" + key + "\"";
        }
        for (String[] names : NAMES.values()) {
            if (names[0].equals(apiField)) {
                return "--" + names[1];
            }
        }
        return null;
    }

    private static String string(JsonNode v, String key) {
        if (!v.isTextual()) {
            throw Failure.invalidOption(apiField(key), "\"" + key + "\"", "the " + key + " field must be a string");
        }
        return v.textValue();
    }

    private static boolean bool(JsonNode v, String key) {
        if (!v.isBoolean()) {
            throw Failure.invalidOption(
                    apiField(key), "\"" + key + "\"", "the " + key + " field must be true or false");
        }
        return v.booleanValue();
    }

    private static int integer(JsonNode v, String key) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw Failure.invalidOption(
                    apiField(key),
                    "\"" + key + "\"",
                    "the " + key + " field must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return v.intValue();
    }

    /** Lower-cases A to Z only: Unicode lower-casing reads U+212A (KELVIN SIGN) as k ("pac\u212Aed"). */
    private static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    private static boolean format(JsonNode v, String key) {
        String f = asciiLower(string(v, key));
        if (!f.equals("packed") && !f.equals("unpacked")) {
            throw Failure.invalidOption(
                    "septetFormat",
                    "\"" + key + "\"",
                    "the " + key + " field must be \"packed\" or \"unpacked\", was \"" + v.textValue() + "\"");
        }
        return f.equals("unpacked");
    }

    private static String national(JsonNode v, String key) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            StringBuilder codes = new StringBuilder();
            for (JsonNode code : v) {
                codes.append(string(code, key)).append(',');
            }
            return codes.toString();
        }
        throw Failure.invalidOption(
                "national",
                "\"" + key + "\"",
                "the " + key + " field must be a string of comma-separated codes or an array of codes");
    }

    /**
     * Checks every option, whichever command runs: each command lists them all in its help, so a value out of range
     * is a usage error even where the command does not use it.
     *
     * @throws Failure {@code INVALID_OPTION} naming the first option out of range
     */
    void check() {
        smsOptions();
        decodeOptions();
    }

    /**
     * Builds core's options, checking every value first so each error names the flag or field.
     *
     * @throws Failure {@code INVALID_OPTION} naming the option
     */
    SmsOptions smsOptions() {
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        try {
            for (String code : national.split(",")) {
                if (!code.isBlank()) {
                    languages.add(NationalLanguage.ofCode(code));
                }
            }
        } catch (SmsException e) {
            throw Failure.fromOption(e, this);
        }
        EncodingChoice choice = switch (asciiLower(encoding)) {
            case "auto" -> EncodingChoice.AUTO;
            case "gsm7" -> EncodingChoice.GSM7;
            case "gsm7-pt" -> {
                // only the Portuguese and default tables are priced, so the pair chosen always uses a Portuguese
                // table; a mix such as Portuguese locking with a Spanish single shift is gsm7-national's job
                languages.clear();
                languages.add(NationalLanguage.PORTUGUESE);
                yield EncodingChoice.GSM7_NATIONAL;
            }
            case "gsm7-national" -> EncodingChoice.GSM7_NATIONAL;
            case "ucs2" -> EncodingChoice.UCS2;
            default ->
                throw Failure.invalidOption(
                        "encoding",
                        label("encoding"),
                        "unknown encoding '" + encoding + "' for " + label("encoding")
                                + "; expected auto, gsm7, gsm7-pt, gsm7-national or ucs2");
        };
        if (choice == EncodingChoice.GSM7_NATIONAL && languages.isEmpty()) {
            throw Failure.invalidOption(
                    "national",
                    label("national"),
                    label("encoding") + " gsm7-national needs at least one national language in " + label("national"));
        }
        if (maxParts < 1 || maxParts > SmsOptions.MAX_PARTS_LIMIT) {
            throw Failure.invalidOption(
                    "maxParts",
                    label("maxParts"),
                    label("maxParts") + " must be 1 to " + SmsOptions.MAX_PARTS_LIMIT + ", was " + maxParts);
        }
        try {
            SmsOptions sms = SmsOptions.defaults()
                    .withEncoding(choice)
                    .withLanguages(languages)
                    .withMaxParts(maxParts)
                    .withReference16(ref16)
                    .withReplaceLoneSurrogates(replaceLoneSurrogates)
                    .withSeptetFormat(septetFormat())
                    .withCrPadding(crPadding)
                    .withSmartEncoding(smart)
                    .withNormalizeNfc(nfc);
            return replacement == null ? sms : sms.withReplacement(replacementCodePoint());
        } catch (SmsException e) {
            throw Failure.fromOption(e, this);
        }
    }

    /**
     * The replacement character: exactly one code point that GSM 7-bit can write without national tables, that is
     * one of the default alphabet or of its extension table (3GPP TS 23.038 clauses 6.2.1 and 6.2.1.1).
     */
    private int replacementCodePoint() {
        String option = label("replacement");
        if (replacement.isEmpty() || replacement.codePointCount(0, replacement.length()) != 1) {
            throw Failure.invalidOption(
                    "replacement", option, option + " needs exactly one character, got '" + replacement + "'");
        }
        CharsetEncoder gsm = Charset.forName("GSM-7").newEncoder();
        if (replacement.length() != 1 || !gsm.canEncode(replacement.charAt(0))) {
            throw Failure.invalidOption(
                    "replacement",
                    option,
                    String.format(
                            Locale.ROOT,
                            "%s must be a character of the GSM 7-bit default alphabet or its extension table, was '%s' "
                                    + "(U+%04X)",
                            option,
                            replacement,
                            replacement.codePointAt(0)));
        }
        return replacement.codePointAt(0);
    }

    SeptetFormat septetFormat() {
        return unpacked ? SeptetFormat.UNPACKED : SeptetFormat.PACKED;
    }

    /**
     * Builds the decoding options and checks the decode-only values.
     *
     * @throws Failure {@code INVALID_OPTION} for a DCS outside 0 to 255 or a negative UDL
     */
    DecodeOptions decodeOptions() {
        if (dcs < 0 || dcs > 255) {
            throw Failure.invalidOption(
                    "dataCodingScheme",
                    label("dataCodingScheme"),
                    label("dataCodingScheme") + " must be 0 to 255, was " + dcs);
        }
        if (udl != null && udl < 0) {
            throw Failure.invalidOption("udl", label("udl"), label("udl") + " must not be negative, was " + udl);
        }
        return DecodeOptions.defaults().withSeptetFormat(septetFormat()).withStrict(strict);
    }

    /** Reads a whole number for picocli, in decimal or with a 0x prefix in hexadecimal. */
    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                String digits = value.strip();
                return digits.startsWith("0x") || digits.startsWith("0X")
                        ? Integer.parseInt(digits.substring(2), 16)
                        : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("needs a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + ", got '" + value + "'");
            }
        }
    }
}
