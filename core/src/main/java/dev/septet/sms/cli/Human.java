/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms.cli;

import java.util.List;
import java.util.Map;

/** Renders CLI results as readable text. */
final class Human {
    private Human() {
    }

    @SuppressWarnings("unchecked")
    static String analysis(Map<String, Object> r) {
        boolean gsm = "GSM7".equals(r.get("encoding"));
        String unit = gsm ? "septets" : "UTF-16 units";
        StringBuilder out = new StringBuilder();
        out.append("Encoding:    ").append(r.get("encoding"));
        if (gsm) {
            out.append(" (locking shift: ").append(table(r.get("lockingShift")))
                    .append(", single shift: ").append(table(r.get("singleShift"))).append(')');
        }
        out.append('\n');
        out.append("Characters:  ").append(r.get("characters")).append('\n');
        out.append("Units:       ").append(r.get("units")).append(' ').append(unit).append('\n');
        out.append("Parts:       ").append(r.get("parts")).append(" (").append(r.get("unitsPerPart")).append(' ')
                .append(unit).append(" per part, UDH ").append(r.get("udhOctets")).append(" octets)\n");
        out.append("Remaining:   ").append(r.get("remaining")).append(' ').append(unit)
                .append(" free in the last part\n");
        List<Map<String, Object>> nonGsm = (List<Map<String, Object>>) r.get("nonGsm");
        out.append("Non-GSM:     ");
        if (nonGsm.isEmpty()) {
            out.append("none");
        }
        for (int i = 0; i < nonGsm.size(); i++) {
            Map<String, Object> c = nonGsm.get(i);
            out.append(i == 0 ? "" : ", ").append(printable((String) c.get("char"))).append(' ')
                    .append(c.get("codePoint")).append(" at ").append(c.get("index"));
        }
        out.append('\n');
        if (!nonGsm.isEmpty()) {
            out.append("Without them: ").append(r.get("partsWithoutNonGsm")).append(" part(s)\n");
        }
        for (Map<String, Object> rep : (List<Map<String, Object>>) r.get("replacements")) {
            out.append("Replaced:    ").append(printable((String) rep.get("original"))).append(" at ")
                    .append(rep.get("index")).append(" with ").append(printable((String) rep.get("replacement")))
                    .append('\n');
        }
        List<Map<String, Object>> segments = (List<Map<String, Object>>) r.get("segments");
        for (int i = 0; i < segments.size(); i++) {
            Map<String, Object> s = segments.get(i);
            out.append("Part ").append(i + 1).append(" (").append(s.get("units")).append(' ').append(unit)
                    .append("): ").append(printable((String) s.get("text"))).append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    static String encoding(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        out.append("Encoding:  ").append(r.get("encoding"));
        if ("GSM7".equals(r.get("encoding"))) {
            out.append(" (").append(r.get("format")).append(", locking shift: ").append(table(r.get("lockingShift")))
                    .append(", single shift: ").append(table(r.get("singleShift"))).append(')');
        }
        out.append('\n');
        List<Map<String, Object>> parts = (List<Map<String, Object>>) r.get("parts");
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> p = parts.get(i);
            out.append("Part ").append(i + 1).append('/').append(parts.size()).append(": UDL ").append(p.get("udl"))
                    .append(", DCS ").append(String.format(java.util.Locale.ROOT, "0x%02X", (Integer) p.get("dcs")))
                    .append(", UDHI ").append(p.get("udhi")).append('\n');
            out.append("  UDH:       ").append(((String) p.get("udh")).isEmpty() ? "(none)" : p.get("udh")).append('\n');
            out.append("  User data: ").append(p.get("userData")).append('\n');
            out.append("  Text:      ").append(printable((String) p.get("text"))).append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    static String decoding(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        out.append("Text:      ").append(printable((String) r.get("text"))).append('\n');
        out.append("Encoding:  ").append(r.get("encoding"));
        if ("GSM7".equals(r.get("encoding"))) {
            out.append(" (locking shift: ").append(table(r.get("lockingShift"))).append(", single shift: ")
                    .append(table(r.get("singleShift"))).append(')');
        }
        out.append('\n');
        Map<String, Object> concat = (Map<String, Object>) r.get("concat");
        out.append("Concat:    ").append(concat == null ? "none" : "part " + concat.get("sequence") + " of "
                + concat.get("total") + ", reference " + concat.get("reference")).append('\n');
        for (Map<String, Object> ie : (List<Map<String, Object>>) r.get("ies")) {
            out.append("IE:        ").append(String.format(java.util.Locale.ROOT, "0x%02X", (Integer) ie.get("iei")))
                    .append(" data ").append(ie.get("data")).append(Boolean.TRUE.equals(ie.get("applied")) ? ""
                            : " (skipped)").append('\n');
        }
        return out.toString();
    }

    private static String table(Object code) {
        return code == null ? "default" : (String) code;
    }

    /** Shows line breaks and other controls visibly so each part stays on one line. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
