/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders results as readable text. Every text that came from input goes through {@link #printable}. */
final class Human {
    private Human() {}

    private static String table(JsonNode code) {
        return code == null || code.isNull() ? "default" : code.asText();
    }

    static String analysis(ObjectNode r) {
        boolean gsm = "GSM7".equals(r.get("encoding").asText());
        String unit = gsm ? "septets" : "UTF-16 units";
        StringBuilder out = new StringBuilder();
        out.append("Encoding:    ").append(r.get("encoding").asText());
        if (gsm) {
            out.append(" (locking shift: ")
                    .append(table(r.get("lockingShift")))
                    .append(", single shift: ")
                    .append(table(r.get("singleShift")))
                    .append(')');
        }
        out.append('\n');
        out.append("Characters:  ").append(r.get("characters")).append('\n');
        out.append("Units:       ")
                .append(r.get("units"))
                .append(' ')
                .append(unit)
                .append('\n');
        out.append("Parts:       ")
                .append(r.get("parts"))
                .append(" (")
                .append(r.get("unitsPerPart"))
                .append(' ')
                .append(unit)
                .append(" per part, UDH ")
                .append(r.get("udhOctets"))
                .append(" octets)\n");
        out.append("Remaining:   ")
                .append(r.get("remaining"))
                .append(' ')
                .append(unit)
                .append(" free in the last part\n");
        JsonNode nonGsm = r.get("nonGsm");
        out.append("Non-GSM:     ");
        if (nonGsm.isEmpty()) {
            out.append("none");
        }
        for (int i = 0; i < nonGsm.size(); i++) {
            JsonNode c = nonGsm.get(i);
            out.append(i == 0 ? "" : ", ")
                    .append(printable(c.get("char").asText()))
                    .append(' ')
                    .append(c.get("codePoint").asText())
                    .append(" at ")
                    .append(c.get("index"));
        }
        int count = r.get("nonGsmCount").intValue();
        if (count > nonGsm.size()) {
            out.append(", ... (").append(count).append(" in all)");
        }
        out.append('\n');
        if (!nonGsm.isEmpty()) {
            out.append("Without them: ").append(r.get("partsWithoutNonGsm")).append(" part(s)\n");
        }
        for (JsonNode rep : r.get("replacements")) {
            out.append("Replaced:    ")
                    .append(printable(rep.get("original").asText()))
                    .append(" at ")
                    .append(rep.get("index"))
                    .append(" with ")
                    .append(printable(rep.get("replacement").asText()))
                    .append('\n');
        }
        JsonNode segments = r.get("segments");
        for (int i = 0; i < segments.size(); i++) {
            JsonNode s = segments.get(i);
            out.append("Part ")
                    .append(i + 1)
                    .append(" (")
                    .append(s.get("units"))
                    .append(' ')
                    .append(unit)
                    .append("): ")
                    .append(printable(s.get("text").asText()))
                    .append('\n');
        }
        return out.toString();
    }

    static String encoding(ObjectNode r) {
        StringBuilder out = new StringBuilder();
        out.append("Encoding:  ").append(r.get("encoding").asText());
        if ("GSM7".equals(r.get("encoding").asText())) {
            out.append(" (")
                    .append(r.get("format").asText())
                    .append(", locking shift: ")
                    .append(table(r.get("lockingShift")))
                    .append(", single shift: ")
                    .append(table(r.get("singleShift")))
                    .append(')');
        }
        out.append('\n');
        JsonNode parts = r.get("parts");
        for (int i = 0; i < parts.size(); i++) {
            JsonNode p = parts.get(i);
            out.append("Part ")
                    .append(i + 1)
                    .append('/')
                    .append(parts.size())
                    .append(": UDL ")
                    .append(p.get("udl"))
                    .append(", DCS ")
                    .append(String.format(Locale.ROOT, "0x%02X", p.get("dcs").intValue()))
                    .append(", UDHI ")
                    .append(p.get("udhi"))
                    .append('\n');
            String udh = p.get("udh").asText();
            out.append("  UDH:       ").append(udh.isEmpty() ? "(none)" : udh).append('\n');
            out.append("  User data: ").append(p.get("userData").asText()).append('\n');
            out.append("  Text:      ")
                    .append(printable(p.get("text").asText()))
                    .append('\n');
        }
        return out.toString();
    }

    static String decoding(ObjectNode r) {
        StringBuilder out = new StringBuilder();
        out.append("Text:      ").append(printable(r.get("text").asText())).append('\n');
        out.append("Encoding:  ").append(r.get("encoding").asText());
        if ("GSM7".equals(r.get("encoding").asText())) {
            out.append(" (locking shift: ")
                    .append(table(r.get("lockingShift")))
                    .append(", single shift: ")
                    .append(table(r.get("singleShift")))
                    .append(')');
        }
        out.append('\n');
        JsonNode concat = r.get("concat");
        out.append("Concat:    ")
                .append(
                        concat.isNull()
                                ? "none"
                                : "part " + concat.get("sequence") + " of " + concat.get("total") + ", reference "
                                        + concat.get("reference"))
                .append('\n');
        for (JsonNode ie : r.get("ies")) {
            out.append("IE:        ")
                    .append(String.format(Locale.ROOT, "0x%02X", ie.get("iei").intValue()))
                    .append(" data ")
                    .append(ie.get("data").asText())
                    .append(ie.get("applied").booleanValue() ? "" : " (skipped)")
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * Shows line breaks and every character that could drive a terminal or reorder its line as an escape, so a
     * received message cannot move the cursor, change colours or hide text: C0 controls, DEL, C1 controls (U+0080 to
     * U+009F, CSI among them), the bidirectional marks, embeddings, overrides and isolates, the line and paragraph
     * separators, and lone surrogates.
     */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean pair = Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(s.charAt(++i));
                    } else if (unsafe(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' // ARABIC LETTER MARK
                || c == '\u200E'
                || c == '\u200F' // LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
                || (c >= '\u202A' && c <= '\u202E') // embeddings, pop, overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u2028'
                || c == '\u2029' // line and paragraph separators
                || Character.isSurrogate(c);
    }
}
