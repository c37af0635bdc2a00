/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms.cli;

import dev.septet.sms.Analysis;
import dev.septet.sms.CharacterAt;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.EncodingChoice;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Replacement;
import dev.septet.sms.Segment;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import dev.septet.sms.SmsOptions;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code java -jar septet-core.jar analyze|encode|decode [options] INPUT}. A client of the
 * public API only.
 *
 * <p>Exit status: 0 on success (and for {@code --jsonl} batches, whose failed lines carry an {@code error}), 1 when
 * the message itself is rejected, 2 for a usage error.
 */
public final class Main {
    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    /** Provider code for a batch line that is not valid JSON ("Invalid JSON"). */
    private static final int INVALID_JSON = 125;

    static final String USAGE_TEXT = String.join("\n",
            "Usage: java -jar septet-core.jar analyze [options] TEXT",
            "       java -jar septet-core.jar encode  [options] [--packed|--unpacked] TEXT",
            "       java -jar septet-core.jar decode  [--dcs N] [--udhi] [--udl N] [--unpacked] [--strict] HEX",
            "       java -jar septet-core.jar COMMAND [options] --jsonl < lines.jsonl",
            "",
            "TEXT is one argument (quote it); '-' reads the text from standard input (UTF-8).",
            "HEX is the complete user data (TP-UD / short_message), header first when --udhi.",
            "",
            "Options:",
            "  --json                     print one JSON object",
            "  --jsonl                    read JSON lines {\"id\": ..., \"text\": ...} from standard input,",
            "                             write one JSON result per line carrying the id",
            "  --encoding MODE            auto (default), gsm7, gsm7-pt, gsm7-national or ucs2",
            "  --national CODES           enable national tables, comma-separated ISO 639-1 codes:",
            "                             tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur",
            "  --max-parts N              most parts allowed, 1 to 255 (default 255)",
            "  --ref16                    16-bit concatenation reference (6-octet element)",
            "  --replace-lone-surrogates  encode unpaired surrogates as U+FFFD instead of failing",
            "  --replacement C            with a forced GSM encoding, replace unencodable characters by C",
            "  --smart                    replace typographic characters (curly quotes, dashes, ellipsis, Unicode",
            "                             spaces, fullwidth ASCII) by GSM look-alikes when that avoids UCS-2",
            "  --nfc                      normalise the text to Unicode NFC first (e + U+0301 becomes U+00E9)",
            "  --packed / --unpacked      encode/decode: GSM 7-bit user data packed (default) or one septet per octet",
            "  --reference N              encode: concatenation reference (default 0; low 8 or 16 bits used)",
            "  --cr-padding               encode: fill 7 spare bits at the end with CR (3GPP TS 23.038 6.1.2.3.1)",
            "  --dcs N                    decode: data coding scheme, 0 to 255 (default 0)",
            "  --udhi                     decode: the user data starts with a User Data Header",
            "  --udl N                    decode: User Data Length (septets for GSM 7-bit incl. header and fill,",
            "                             octets for UCS-2); settles a trailing 7-bit gap",
            "  --strict                   decode: undefined codes are errors instead of display fallbacks",
            "  --help                     print this help",
            "");

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its options, as described by {@code --help}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(utf8Arguments(args), System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The JVM decodes arguments with the platform charset; under a POSIX (ASCII) locale every non-ASCII character
     * arrives as U+FFFD. On Linux the raw bytes are still in /proc/self/cmdline, so decode the tail as UTF-8.
     */
    static String[] utf8Arguments(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8")) {
            return args;
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(new String(raw, from, i - from, StandardCharsets.UTF_8));
                    from = i + 1;
                }
            }
            if (all.size() < args.length) {
                return args;
            }
            List<String> tail = all.subList(all.size() - args.length, all.size());
            for (int i = 0; i < args.length; i++) {
                if (tail.get(i).length() < args[i].length() / 4) {
                    return args; // not the arguments we were given
                }
            }
            return tail.toArray(new String[0]);
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("septet: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.help) {
            out.print(USAGE_TEXT);
            return OK;
        }
        SmsOptions sms;
        try {
            sms = options.smsOptions();
        } catch (SmsException e) {
            if (options.json || options.jsonl) {
                out.println(Json.write(errorResult(null, false, e.error().providerCode(), e)));
            }
            err.println("septet: " + e.getMessage());
            return USAGE;
        }
        try {
            if (options.jsonl) {
                return batch(options, sms, in, out);
            }
            String text = options.text;
            if (text.equals("-")) {
                text = stripFinalNewline(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return single(options, sms, text, out, err);
        } catch (IOException e) {
            err.println("septet: cannot read standard input: " + e.getMessage());
            return USAGE;
        }
    }

    private static String stripFinalNewline(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static int single(Options options, SmsOptions sms, String input, PrintStream out, PrintStream err) {
        try {
            Map<String, Object> result = execute(options, sms, input, Map.of());
            if (options.json) {
                out.println(Json.write(result));
            } else {
                out.print(switch (options.command) {
                    case "encode" -> Human.encoding(result);
                    case "decode" -> Human.decoding(result);
                    default -> Human.analysis(result);
                });
            }
            return OK;
        } catch (SmsException e) {
            if (options.json) {
                out.println(Json.write(errorResult(null, false, e.error().providerCode(), e)));
            } else {
                err.println("septet: " + e.error() + " (" + e.error().providerCode() + "): " + e.getMessage());
            }
            return REJECTED;
        }
    }

    /** Runs the command on one input; {@code line} holds a batch line's fields (empty for the command line). */
    static Map<String, Object> execute(Options options, SmsOptions sms, String input, Map<?, ?> line) {
        return switch (options.command) {
            case "encode" -> Codec.encode(input, sms, options.reference);
            case "decode" -> Codec.decode(input, intField(line, "dcs", options.dcs),
                    boolField(line, "udhi", options.udhi), intField(line, "udl", options.udl),
                    options.decodeOptions());
            default -> analyze(input, sms);
        };
    }

    private static int intField(Map<?, ?> line, String name, int fallback) {
        Object v = line.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new SmsException(SmsError.INVALID_OPTION, name, -1, "the " + name + " field must be an integer");
    }

    private static boolean boolField(Map<?, ?> line, String name, boolean fallback) {
        Object v = line.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new SmsException(SmsError.INVALID_OPTION, name, -1, "the " + name + " field must be true or false");
    }

    private static int batch(Options options, SmsOptions sms, InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a byte order mark some editors write before the first line
            }
            first = false;
            if (line.isBlank()) {
                continue;
            }
            out.println(Json.write(batchLine(options, line, sms)));
        }
        return OK;
    }

    static Map<String, Object> batchLine(Options options, String line, SmsOptions sms) {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (Json.ParseException e) {
            return errorResult(null, true, INVALID_JSON, "INVALID_JSON", "invalid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            return errorResult(null, true, INVALID_JSON, "INVALID_JSON", "a line must be a JSON object");
        }
        Map<?, ?> request = (Map<?, ?>) parsed;
        Object id = request.get("id");
        if (id instanceof Map || id instanceof List) {
            id = Json.write(id);
        }
        String field = options.command.equals("decode") ? "userData" : "text";
        Object input = request.get(field);
        if (input == null) {
            SmsError missing = field.equals("text") ? SmsError.TEXT_MISSING : SmsError.INVALID_OPTION;
            return errorResult(id, true, missing.providerCode(), missing.name(), "the " + field
                    + " field is missing");
        }
        if (!(input instanceof String)) {
            return errorResult(id, true, SmsError.INVALID_OPTION.providerCode(), SmsError.INVALID_OPTION.name(),
                    "the " + field + " field must be a string");
        }
        try {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", id);
            result.putAll(execute(options, sms, (String) input, request));
            return result;
        } catch (SmsException e) {
            return errorResult(id, true, e.error().providerCode(), e);
        }
    }

    static Map<String, Object> analyze(String text, SmsOptions sms) {
        Analysis analysis = Sms.analyze(text, sms);
        List<Segment> segments = Sms.split(text, sms);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("encoding", analysis.encoding().name());
        result.put("lockingShift", analysis.lockingShift().map(NationalLanguage::code).orElse(null));
        result.put("singleShift", analysis.singleShift().map(NationalLanguage::code).orElse(null));
        result.put("characters", analysis.characters());
        result.put("units", analysis.units());
        result.put("parts", analysis.parts());
        result.put("unitsPerPart", analysis.unitsPerPart());
        result.put("remaining", analysis.remaining());
        result.put("udhOctets", analysis.udhOctets());
        result.put("nonGsm", characters(analysis.nonGsm()));
        List<Object> replacements = new ArrayList<>();
        for (Replacement r : analysis.replacements()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", r.index());
            item.put("original", r.original());
            item.put("replacement", r.replacement());
            replacements.add(item);
        }
        result.put("replacements", replacements);
        result.put("partsWithoutSmartEncoding", analysis.partsWithoutSmartEncoding());
        result.put("partsWithoutNonGsm", analysis.partsWithoutNonGsm());
        List<Object> parts = new ArrayList<>();
        for (Segment s : segments) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", s.text());
            item.put("units", s.units());
            parts.add(item);
        }
        result.put("segments", parts);
        return result;
    }

    private static List<Object> characters(List<CharacterAt> characters) {
        List<Object> list = new ArrayList<>();
        for (CharacterAt c : characters) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", c.index());
            item.put("char", c.text());
            item.put("codePoint", c.unicode());
            item.put("name", c.name());
            list.add(item);
        }
        return list;
    }

    static Map<String, Object> errorResult(Object id, boolean withId, int code, SmsException e) {
        Map<String, Object> result = errorResult(id, withId, code, e.error().name(), e.getMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) result.get("error");
        if (!e.field().isEmpty()) {
            error.put("field", e.field());
        }
        if (e.index() >= 0) {
            error.put("index", e.index());
        }
        if (e.error() == SmsError.TOO_MANY_PARTS) {
            error.put("partsNeeded", e.partsNeeded());
        }
        if (!e.characters().isEmpty()) {
            error.put("nonGsm", characters(e.characters()));
        }
        return result;
    }

    private static Map<String, Object> errorResult(Object id, boolean withId, int code, String name,
            String message) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (withId) {
            result.put("id", id);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("name", name);
        error.put("message", message);
        result.put("error", error);
        return result;
    }

    /** A command line that cannot be run; the message says why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line. */
    static final class Options {
        String command;
        String text;
        boolean json;
        boolean jsonl;
        boolean help;
        String encoding = "auto";
        String national = "";
        int maxParts = SmsOptions.MAX_PARTS_LIMIT;
        boolean ref16;
        boolean replaceLone;
        String replacement;
        boolean unpacked;
        boolean smart;
        boolean nfc;
        boolean crPadding;
        int reference;
        int dcs;
        boolean udhi;
        int udl = -1;
        boolean strict;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            o.command = args[0];
            if (!List.of("analyze", "encode", "decode").contains(o.command)) {
                throw new UsageException("unknown command '" + o.command + "'");
            }
            List<String> positional = new ArrayList<>();
            boolean optionsEnded = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (optionsEnded || !a.startsWith("--")) {
                    positional.add(a);
                    continue;
                }
                switch (a) {
                    case "--" -> optionsEnded = true;
                    case "--json" -> o.json = true;
                    case "--jsonl" -> o.jsonl = true;
                    case "--help" -> o.help = true;
                    case "--ref16" -> o.ref16 = true;
                    case "--replace-lone-surrogates" -> o.replaceLone = true;
                    case "--smart" -> o.smart = true;
                    case "--nfc" -> o.nfc = true;
                    case "--encoding" -> o.encoding = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--national" -> o.national = value(args, ++i, a);
                    case "--replacement" -> o.replacement = value(args, ++i, a);
                    case "--packed" -> o.unpacked = false;
                    case "--unpacked" -> o.unpacked = true;
                    case "--cr-padding" -> o.crPadding = true;
                    case "--udhi" -> o.udhi = true;
                    case "--strict" -> o.strict = true;
                    case "--max-parts" -> o.maxParts = number(value(args, ++i, a), a);
                    case "--reference" -> o.reference = number(value(args, ++i, a), a);
                    case "--dcs" -> o.dcs = number(value(args, ++i, a), a);
                    case "--udl" -> o.udl = number(value(args, ++i, a), a);
                    default -> throw new UsageException("unknown option '" + a + "'");
                }
            }
            if (o.help) {
                return o;
            }
            if (o.json && o.jsonl) {
                throw new UsageException("--json and --jsonl exclude each other");
            }
            if (o.jsonl) {
                if (!positional.isEmpty()) {
                    throw new UsageException("--jsonl reads standard input; do not also give TEXT");
                }
            } else if (positional.size() != 1) {
                throw new UsageException(positional.isEmpty() ? "missing TEXT"
                        : "expected one TEXT argument, got " + positional.size() + " (quote the text)");
            } else {
                o.text = positional.get(0);
            }
            return o;
        }

        private static int number(String v, String option) throws UsageException {
            try {
                String digits = v.strip();
                return digits.startsWith("0x") || digits.startsWith("0X") ? Integer.parseInt(digits.substring(2), 16)
                        : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " needs a whole number, got '" + v + "'");
            }
        }

        DecodeOptions decodeOptions() {
            return DecodeOptions.defaults().withSeptetFormat(unpacked ? SeptetFormat.UNPACKED : SeptetFormat.PACKED)
                    .withStrict(strict);
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }

        SmsOptions smsOptions() {
            Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
            for (String code : national.split(",")) {
                if (!code.isBlank()) {
                    languages.add(NationalLanguage.ofCode(code));
                }
            }
            EncodingChoice choice = switch (encoding) {
                case "auto" -> EncodingChoice.AUTO;
                case "gsm7" -> EncodingChoice.GSM7;
                case "gsm7-pt" -> {
                    languages.add(NationalLanguage.PORTUGUESE);
                    yield EncodingChoice.GSM7_NATIONAL;
                }
                case "gsm7-national" -> EncodingChoice.GSM7_NATIONAL;
                case "ucs2" -> EncodingChoice.UCS2;
                default -> throw new SmsException(SmsError.INVALID_OPTION, "encoding", -1, "unknown encoding '"
                        + encoding + "'; expected auto, gsm7, gsm7-pt, gsm7-national or ucs2");
            };
            SmsOptions sms = SmsOptions.defaults().withEncoding(choice).withLanguages(languages)
                    .withMaxParts(maxParts).withReference16(ref16).withReplaceLoneSurrogates(replaceLone)
                    .withSeptetFormat(unpacked ? SeptetFormat.UNPACKED : SeptetFormat.PACKED).withCrPadding(crPadding)
                    .withSmartEncoding(smart).withNormalizeNfc(nfc);
            if (replacement != null) {
                if (replacement.codePointCount(0, replacement.length()) != 1) {
                    throw new SmsException(SmsError.INVALID_OPTION, "replacement", -1,
                            "--replacement needs exactly one character, got '" + replacement + "'");
                }
                sms = sms.withReplacement(replacement.codePointAt(0));
            }
            return sms;
        }
    }
}
