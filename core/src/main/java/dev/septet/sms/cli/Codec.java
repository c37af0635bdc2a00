/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms.cli;

import dev.septet.sms.Concatenation;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.InformationElement;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import dev.septet.sms.SmsOptions;
import dev.septet.sms.UserData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The CLI's encode and decode commands as JSON-shaped maps. */
final class Codec {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Codec() {
    }

    static Map<String, Object> encode(String text, SmsOptions options, int reference) {
        List<EncodedPart> parts = Sms.encode(text, options, reference);
        var analysis = Sms.analyze(text, options);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("encoding", analysis.encoding().name());
        result.put("lockingShift", analysis.lockingShift().map(NationalLanguage::code).orElse(null));
        result.put("singleShift", analysis.singleShift().map(NationalLanguage::code).orElse(null));
        result.put("format", options.septetFormat().name().toLowerCase(java.util.Locale.ROOT));
        List<Object> list = new ArrayList<>();
        for (EncodedPart p : parts) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("udh", HEX.formatHex(p.udh()));
            item.put("userData", HEX.formatHex(p.userData()));
            item.put("udl", p.udl());
            item.put("dcs", p.dcs());
            item.put("udhi", p.udhi());
            item.put("text", p.text());
            item.put("units", p.units());
            list.add(item);
        }
        result.put("parts", list);
        return result;
    }

    static Map<String, Object> decode(String hex, int dcs, boolean udhi, int udl, DecodeOptions options) {
        byte[] data = parseHex(hex);
        DecodedMessage message = Sms.decode(
                new UserData(dcs, udhi, data, udl < 0 ? OptionalInt.empty() : OptionalInt.of(udl)), options);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", message.text());
        result.put("encoding", message.encoding().name());
        result.put("lockingShift", message.lockingShift().map(NationalLanguage::code).orElse(null));
        result.put("singleShift", message.singleShift().map(NationalLanguage::code).orElse(null));
        if (message.concatenation().isPresent()) {
            Concatenation c = message.concatenation().get();
            Map<String, Object> concat = new LinkedHashMap<>();
            concat.put("reference", c.reference());
            concat.put("total", c.total());
            concat.put("sequence", c.sequence());
            concat.put("reference16", c.reference16());
            result.put("concat", concat);
        } else {
            result.put("concat", null);
        }
        List<Object> ies = new ArrayList<>();
        for (InformationElement e : message.informationElements()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("iei", e.identifier());
            item.put("data", HEX.formatHex(e.data()));
            item.put("applied", e.applied());
            ies.add(item);
        }
        result.put("ies", ies);
        return result;
    }

    /** Parses hexadecimal, ignoring spaces; the error names the offending character's index. */
    static byte[] parseHex(String hex) {
        StringBuilder digits = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (c == ' ' || c == ':' || c == '\t') {
                continue;
            }
            if (Character.digit(c, 16) < 0 || c > 0x7F) {
                throw new SmsException(SmsError.INVALID_OPTION, "userData", i,
                        "userData is not hexadecimal: '" + c + "' at index " + i);
            }
            digits.append(c);
        }
        if ((digits.length() & 1) != 0) {
            throw new SmsException(SmsError.INVALID_OPTION, "userData", hex.length(),
                    "userData has an odd number of hexadecimal digits");
        }
        return HexFormat.of().parseHex(digits);
    }
}
