/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * The opt-in replacement of typographic characters by GSM look-alikes, applied only to characters that no enabled
 * table holds.
 */
final class SmartEncoding {
    /*
     * The map holds only unambiguous substitutions, the ones word processors and phone keyboards introduce:
     *   quotes and primes      U+2018 U+2019 U+201A U+201B U+2032 U+2035 U+2039 U+203A U+02BC U+00B4 U+0060 -> '
     *                          U+201C U+201D U+201E U+201F U+2033 U+2036 U+00AB U+00BB -> "
     *   dashes and minus       U+2010 U+2011 U+2012 U+2013 U+2014 U+2015 U+2212 U+FE58 U+FE63 U+FF0D -> -
     *   bullets                U+2022 U+2023 U+2043 U+2219 U+25E6 -> -
     *   ellipsis               U+2026 -> ...
     *   spaces                 TAB U+00A0 U+1680 U+2000..U+200A U+202F U+205F U+3000 -> one space
     *   removed                U+00AD soft hyphen, U+200B U+200C U+200D U+2060 zero-width, U+FEFF byte order mark
     *   fullwidth ASCII        U+FF01..U+FF5E -> U+0021..U+007E
     *   others                 U+02C6 -> ^, U+02DC -> ~, U+2044 -> /, U+2024 -> .
     * A character that an enabled table already holds is never replaced (accented letters stay), and the planner
     * keeps the result only when it turns the text into GSM 7-bit.
     */
    private SmartEncoding() {}

    /** The outcome: the new text, what changed, and for each new index the caller's index it came from. */
    static final class Result {
        final String text;
        final List<Replacement> replacements;
        final int[] origin;

        Result(String text, List<Replacement> replacements, int[] origin) {
            this.text = text;
            this.replacements = replacements;
            this.origin = origin;
        }
    }

    /** Returns the look-alike for {@code c}, "" to remove it, or null when there is none. */
    static String lookAlike(char c) {
        switch (c) {
            case '\u2018',
                    '\u2019',
                    '\u201A',
                    '\u201B',
                    '\u2032',
                    '\u2035',
                    '\u2039',
                    '\u203A',
                    '\u02BC',
                    '\u00B4',
                    '\u0060':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB':
                return "\"";
            case '\u2010',
                    '\u2011',
                    '\u2012',
                    '\u2013',
                    '\u2014',
                    '\u2015',
                    '\u2212',
                    '\uFE58',
                    '\uFE63',
                    '\u2022',
                    '\u2023',
                    '\u2043',
                    '\u2219',
                    '\u25E6':
                return "-";
            case '\u2026':
                return "...";
            case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
                return " ";
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
                return "";
            case '\u02C6':
                return "^";
            case '\u02DC':
                return "~";
            case '\u2044':
                return "/";
            case '\u2024':
                return ".";
            default:
                if (c >= '\u2000' && c <= '\u200A') {
                    return " ";
                }
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    return String.valueOf((char) (c - 0xFEE0));
                }
                return null;
        }
    }

    /** Returns the look-alike of {@code c} under {@code cover}, "" to remove it, or null to keep it. */
    private static String substitute(char c, int cover) {
        return (TableIndex.mask(c) & cover) != 0 ? null : lookAlike(c);
    }

    /** Tells whether {@link #apply} would change anything. */
    static boolean changes(CharSequence text, int cover) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (substitute(text.charAt(i), cover) != null) {
                return true;
            }
        }
        return false;
    }

    /** Returns the code points of {@code text} that {@link #apply} does not remove. */
    static int keptCodePoints(CharSequence text, int cover) {
        int kept = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = Character.codePointAt(text, i);
            if (cp > 0xFFFF || !"".equals(substitute((char) cp, cover))) {
                kept++;
            }
            i += Character.charCount(cp);
        }
        return kept;
    }

    /**
     * Replaces every character outside {@code cover} (MASK bits of the enabled tables) that has a look-alike.
     * Returns null when nothing would change.
     */
    static Result apply(CharSequence text, int cover) {
        int n = text.length();
        StringBuilder out = null;
        List<Replacement> replacements = null;
        int[] origin = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String with = substitute(c, cover);
            if (with == null) {
                if (out != null) {
                    origin = room(origin, out.length());
                    origin[out.length()] = i;
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
                out.append(text, 0, i);
                replacements = new ArrayList<>();
                origin = new int[n + 16];
                for (int k = 0; k < i; k++) {
                    origin[k] = k;
                }
            }
            replacements.add(new Replacement(i, String.valueOf(c), with));
            for (int k = 0; k < with.length(); k++) {
                origin = room(origin, out.length());
                origin[out.length()] = i;
                out.append(with.charAt(k));
            }
        }
        return out == null ? null : new Result(out.toString(), List.copyOf(replacements), origin);
    }

    /** Returns {@code origin}, or a larger copy if index {@code at} is beyond it (the ellipsis grows the text). */
    private static int[] room(int[] origin, int at) {
        return at < origin.length ? origin : java.util.Arrays.copyOf(origin, origin.length * 2);
    }
}
