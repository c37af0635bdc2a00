/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds links through public URL shorteners in a text. Stateless.
 */
final class ShortenerScanner {

    /* The text is cut into white-space separated tokens. Each token loses the opening punctuation in front of it
     * and the closing punctuation behind it (so "(bit.ly/x)." is the link bit.ly/x). Within a token:
     * - a link with a scheme starts at "http://" or "https://" (any case); its authority runs to the first '/', '?',
     *   '#' or '\\', its host follows the last '@' of the authority (user information, which may hold a password
     *   after a ':') and runs to the ':' of a port;
     * - before that (or in the whole token), a link without a scheme is a run of host characters (ASCII letters,
     *   digits, '.', '-', '_', and the non-ASCII Latin letters and combining marks of internationalized names, so
     *   "m\u00E9t.co" is not t.co) at the token's start or after any other character, so "Info:bit.ly/x" holds one. A
     *   run with '@' is an e-mail address. A run with a dot followed by '/', '?', '#' or ':' is a link to another
     *   host, and the rest of the token is its path, so "example.com/bit.ly" holds none.
     * A trailing dot of a fully qualified name is dropped, ASCII case is ignored, and a host is flagged when it or
     * any of its parent domains is in the list: "www.bit.ly" is flagged, "orbit.ly" and "bit.ly.example.com" are
     * not. A flagged link runs to the end of the token (or to a later scheme). */

    /** One link: its span in the text and the listed domain it is on. */
    record Hit(TextSpan span, String domain) {}

    private ShortenerScanner() {}

    static List<Hit> find(String text, Set<String> domains) {
        List<Hit> hits = new ArrayList<>();
        if (domains.isEmpty()) {
            return hits;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && isOpening(text.charAt(start))) {
                start++;
            }
            while (end > start && isClosing(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                scanToken(text, start, end, domains, hits);
            }
        }
        return hits;
    }

    private static void scanToken(String text, int start, int end, Set<String> domains, List<Hit> hits) {
        int scheme = -1;
        for (int k = start; k < end && scheme < 0; k++) {
            if (schemeEnd(text, k, end) > 0) {
                scheme = k;
            }
        }
        int limit = scheme < 0 ? end : scheme;
        int p = start;
        while (p < limit) {
            int q = p;
            while (q < limit && (isHostChar(text.charAt(q)) || isLatinIdnChar(text.charAt(q)))) {
                q++;
            }
            boolean email = text.lastIndexOf('@', q - 1) >= p;
            boolean pathFollows = q < limit && isHostEnd(text.charAt(q));
            String domain = email ? null : listedDomain(text, p, q, domains);
            if (domain != null) {
                hits.add(new Hit(new TextSpan(p, limit), domain));
                return;
            }
            if (pathFollows && !email && text.indexOf('.', p) >= 0 && text.indexOf('.', p) < q) {
                return; // a link to an unlisted host: the rest of the token is its path
            }
            p = q + 1;
        }
        if (scheme >= 0) {
            int hostStart = schemeEnd(text, scheme, end);
            int authorityEnd = hostStart;
            while (authorityEnd < end && !isAuthorityEnd(text.charAt(authorityEnd))) {
                authorityEnd++;
            }
            int at = text.lastIndexOf('@', authorityEnd - 1);
            if (at >= hostStart) {
                hostStart = at + 1; // user information, which may hold a ':' and a password, before the host
            }
            int hostEnd = hostStart;
            while (hostEnd < authorityEnd && text.charAt(hostEnd) != ':') {
                hostEnd++;
            }
            String domain = listedDomain(text, hostStart, hostEnd, domains);
            if (domain != null) {
                hits.add(new Hit(new TextSpan(scheme, end), domain));
            }
        }
    }

    /** The listed domain that the host text[from, to) is or lies under, or null. */
    private static String listedDomain(String text, int from, int to, Set<String> domains) {
        if (to > from && text.charAt(to - 1) == '.') {
            to--; // the root label of a fully qualified name
        }
        if (to <= from) {
            return null;
        }
        String host = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (int i = 0; i >= 0; ) {
            String candidate = host.substring(i);
            if (domains.contains(candidate)) {
                return candidate;
            }
            int dot = host.indexOf('.', i);
            i = dot < 0 ? -1 : dot + 1;
        }
        return null;
    }

    /** Letters, digits and the characters of host names and e-mail addresses. */
    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '-'
                || c == '_'
                || c == '@';
    }

    /**
     * A non-ASCII Latin letter or a combining mark: part of an internationalized host name such as "m\u00E9t.co",
     * whose labels mix these with ASCII letters, so "t.co" inside it is no host of its own. Registries do not let
     * other scripts share a label with ASCII letters, so a Han or Cyrillic letter still ends a run.
     */
    private static boolean isLatinIdnChar(char c) {
        if (c < 0x80) {
            return false;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** The index after "http://" or "https://" starting at {@code k}, or -1. */
    private static int schemeEnd(String text, int k, int end) {
        if (k + 7 <= end && text.regionMatches(true, k, "http://", 0, 7)) {
            return k + 7;
        }
        if (k + 8 <= end && text.regionMatches(true, k, "https://", 0, 8)) {
            return k + 8;
        }
        return -1;
    }

    /** The end of a URL's authority (user information, host and port). */
    private static boolean isAuthorityEnd(char c) {
        return c == '/' || c == '?' || c == '#' || c == '\\';
    }

    private static boolean isHostEnd(char c) {
        return c == '/' || c == '?' || c == '#' || c == ':' || c == '\\';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isOpening(char c) {
        switch (c) {
            case '(':
            case '[':
            case '{':
            case '<':
            case '"':
            case '\'':
            case '\u00AB': // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
            case '\u201C': // LEFT DOUBLE QUOTATION MARK
            case '\u2018': // LEFT SINGLE QUOTATION MARK
            case '\u00BF': // INVERTED QUESTION MARK
            case '\u00A1': // INVERTED EXCLAMATION MARK
            case '\uFF08': // FULLWIDTH LEFT PARENTHESIS
            case '\u300C': // LEFT CORNER BRACKET
            case '\u300E': // LEFT WHITE CORNER BRACKET
            case '\u3010': // LEFT BLACK LENTICULAR BRACKET
                return true;
            default:
                return false;
        }
    }

    private static boolean isClosing(char c) {
        switch (c) {
            case '.':
            case ',':
            case ';':
            case ':':
            case '!':
            case '?':
            case ')':
            case ']':
            case '}':
            case '>':
            case '"':
            case '\'':
            case '\u00BB': // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
            case '\u201D': // RIGHT DOUBLE QUOTATION MARK
            case '\u2019': // RIGHT SINGLE QUOTATION MARK
            case '\u2026': // HORIZONTAL ELLIPSIS
            case '\u3001': // IDEOGRAPHIC COMMA
            case '\u3002': // IDEOGRAPHIC FULL STOP
            case '\uFF0C': // FULLWIDTH COMMA
            case '\uFF0E': // FULLWIDTH FULL STOP
            case '\uFF01': // FULLWIDTH EXCLAMATION MARK
            case '\uFF1F': // FULLWIDTH QUESTION MARK
            case '\uFF1A': // FULLWIDTH COLON
            case '\uFF1B': // FULLWIDTH SEMICOLON
            case '\uFF09': // FULLWIDTH RIGHT PARENTHESIS
            case '\u300D': // RIGHT CORNER BRACKET
            case '\u300F': // RIGHT WHITE CORNER BRACKET
            case '\u3011': // RIGHT BLACK LENTICULAR BRACKET
                return true;
            default:
                return false;
        }
    }
}
