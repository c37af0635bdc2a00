/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.Encoding;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsException;
import dev.septet.sms.UserData;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code decode}: the text and header of received user data. A {@code --jsonl} line is either one part
 * ({@code userData} with {@code dcs}, {@code udhi}, {@code udl}, as in an {@code encode} part) or a whole
 * {@code encode} result ({@code parts}, and its {@code format}), whose parts are decoded in order.
 *
 * <p>When the result looks wrong for a reason the flags explain, a hint goes to standard error: GSM 7-bit data that
 * starts like a User Data Header without {@code --udhi}, or packed data read as unpacked and the reverse.
 */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        versionProvider = SeptetCommand.Version.class,
        description = "Decodes HEX user data (TP-UD / short_message) into its text and header.")
final class DecodeCommand extends Subcommand {
    /** The fields of an encode part that decode reads or accepts. */
    private static final Set<String> PART_FIELDS = Set.of("udh", "userData", "udl", "dcs", "udhi", "text", "units");

    @Override
    String inputField() {
        return "userData";
    }

    @Override
    Set<String> lineFields() {
        return Set.of("id", "userData", "parts", "udh", "text", "units", "lockingShift", "singleShift");
    }

    @Override
    ObjectNode executeLine(Settings options, ObjectNode line) {
        JsonNode parts = line.get("parts");
        if (parts == null) {
            return super.executeLine(options, line);
        }
        if (line.has("userData")) {
            throw Failure.invalidOption("parts", "\"parts\"", "a line carries either userData or parts, not both");
        }
        if (!parts.isArray() || parts.isEmpty()) {
            throw Failure.invalidOption("parts", "\"parts\"", "the parts field must be a non-empty array of parts");
        }
        ObjectNode result = Json.object();
        StringBuilder text = new StringBuilder();
        ArrayNode decoded = Json.object().arrayNode();
        for (int i = 0; i < parts.size(); i++) {
            String where = "parts[" + i + "]";
            JsonNode part = parts.get(i);
            if (!part.isObject()) {
                throw Failure.invalidOption("parts", "\"parts\"", where + " must be an object");
            }
            for (var property : part.properties()) {
                String name = property.getKey();
                if (!PART_FIELDS.contains(name)) {
                    throw Failure.invalidOption(
                            name,
                            "\"" + name + "\"",
                            "unknown field \"" + name + "\" in " + where + "; a part carries "
                                    + String.join(", ", PART_FIELDS));
                }
            }
            ObjectNode request = Json.object();
            for (String name : new String[] {"dcs", "udhi", "udl"}) {
                if (part.has(name)) {
                    request.set(name, part.get(name));
                }
            }
            ObjectNode one;
            try {
                Settings partOptions = options.forLine(request, Set.of());
                one = super.executeLine(partOptions, (ObjectNode) part);
            } catch (Failure f) {
                throw f.within(where);
            } catch (SmsException e) {
                // the index and field are the part's own, so the message says which part they belong to
                throw new SmsException(e.error(), e.field(), e.index(), where + ": " + e.getMessage());
            }
            text.append(one.get("text").asText());
            decoded.add(one);
        }
        result.put("text", text.toString());
        result.set("parts", decoded);
        return result;
    }

    @Override
    ObjectNode execute(Settings options, String hex) {
        DecodeOptions decodeOptions = options.decodeOptions();
        byte[] data = parseHex(hex, lineNumber > 0 ? "the userData field" : "HEX");
        UserData userData = new UserData(
                options.dcs,
                options.udhi,
                data,
                options.udl == null ? OptionalInt.empty() : OptionalInt.of(options.udl));
        DecodedMessage message;
        try {
            message = Sms.decode(userData, decodeOptions);
        } catch (SmsException e) {
            hints(userData, decodeOptions, null);
            throw e;
        }
        hints(userData, decodeOptions, message);
        return Results.decoded(message);
    }

    @Override
    String human(ObjectNode result) {
        return Human.decoding(result);
    }

    /**
     * Parses hexadecimal, ignoring spaces, colons, tabs and line breaks (so {@code xxd -p} output reads as it is);
     * the error names the offending character's index.
     */
    static byte[] parseHex(String hex, String what) {
        byte[] out = new byte[hex.length() / 2];
        int length = 0;
        int high = -1;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (c == ' ' || c == ':' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            int digit = c > 0x7F ? -1 : Character.digit(c, 16);
            if (digit < 0) {
                throw Failure.badHex(
                        what + " is not hexadecimal: '"
                                + Human.printable(new String(Character.toChars(hex.codePointAt(i)))) + "' at index "
                                + i,
                        i);
            }
            if (high < 0) {
                high = digit;
            } else {
                out[length++] = (byte) (high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            throw Failure.badHex(what + " has an odd number of hexadecimal digits", hex.length());
        }
        return java.util.Arrays.copyOf(out, length);
    }

    /** Writes the hints that explain a failed or doubtful GSM 7-bit decoding. */
    private void hints(UserData userData, DecodeOptions options, DecodedMessage message) {
        byte[] data = userData.octets();
        if (!userData.udhi() && looksLikeHeader(data)) {
            hint(String.format(
                    java.util.Locale.ROOT,
                    "the user data starts like a User Data Header (%s); if it is " + "one, add --udhi (\"udhi\": true)",
                    java.util.HexFormat.of().withUpperCase().formatHex(data, 0, (data[0] & 0xFF) + 1)));
        }
        if (message != null && message.encoding() != Encoding.GSM7) {
            return;
        }
        SeptetFormat other =
                options.septetFormat() == SeptetFormat.PACKED ? SeptetFormat.UNPACKED : SeptetFormat.PACKED;
        DecodedMessage alternative;
        try {
            alternative = Sms.decode(
                    new UserData(userData.dataCodingScheme(), userData.udhi(), data, OptionalInt.empty()),
                    options.withSeptetFormat(other));
        } catch (SmsException e) {
            return;
        }
        if (alternative.encoding() != Encoding.GSM7) {
            return;
        }
        double now = message == null ? 0 : plainness(message.text());
        double then = plainness(alternative.text());
        if (alternative.text().length() < 4 || then < 0.9 || now >= then) {
            return;
        }
        if (other == SeptetFormat.UNPACKED && sevenBitOctets(data, userData.udhi()) >= 6) {
            hint("every octet is below 0x80 and the data reads as text one septet per octet; if it is unpacked, "
                    + "add --unpacked");
        } else if (other == SeptetFormat.PACKED && now < 0.7) {
            hint("the data reads as text when packed; if it is, drop --unpacked (or give --packed)");
        }
    }

    /** Counts the octets after the header when none has bit 7 set, as in unpacked septets; 0 otherwise. */
    private static int sevenBitOctets(byte[] data, boolean udhi) {
        int from = udhi && data.length > 0 ? (data[0] & 0xFF) + 1 : 0;
        for (int i = from; i < data.length; i++) {
            if (data[i] < 0) {
                return 0;
            }
        }
        return Math.max(0, data.length - from);
    }

    /**
     * Tells whether data starts with a plausible User Data Header: a UDHL that fits, filled exactly by concatenation
     * (8 or 16-bit) and national language elements of their defined lengths (3GPP TS 23.040 clause 9.2.3.24).
     */
    static boolean looksLikeHeader(byte[] data) {
        if (data.length < 4) {
            return false;
        }
        int udhl = data[0] & 0xFF;
        if (udhl < 3 || udhl + 1 >= data.length) {
            return false;
        }
        int i = 1;
        while (i < udhl + 1) {
            if (i + 1 >= udhl + 1) {
                return false;
            }
            int iei = data[i] & 0xFF;
            int length = data[i + 1] & 0xFF;
            boolean known = (iei == 0x00 && length == 3)
                    || (iei == 0x08 && length == 4)
                    || ((iei == 0x24 || iei == 0x25) && length == 1);
            if (!known) {
                return false;
            }
            i += 2 + length;
        }
        return i == udhl + 1;
    }

    /** The share of characters in a text that are ASCII letters, digits, spaces or common punctuation. */
    private static double plainness(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || " .,;:!?'\"-()/&%+*#=@\n".indexOf(c) >= 0) {
                plain++;
            }
        }
        return (double) plain / text.length();
    }
}
