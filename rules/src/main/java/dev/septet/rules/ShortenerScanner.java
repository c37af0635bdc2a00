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
     * and the closing punctuation behind it (so "(bit.ly/x)." is the link bit.ly/x). A link starts at "http://" or
     * "https://" (any case) when the token holds one, else at the token's start. Its host runs to the first '/',
     * '?', '#' or ':' after that; a host with '@' is an e-mail address unless a scheme came first (then the host
     * follows the last '@'). A trailing dot of a fully qualified name is dropped, ASCII case is ignored, and the
     * host is flagged when it or any of its parent domains is in the list, so "www.bit.ly" is flagged and
     * "orbit.ly" or "bit.ly.example.com" is not. */

    /** One link: its span in the text and the listed domain it is on. */
    record Hit(TextSpan span, String domain) {
    }

    private ShortenerScanner() {
    }

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
        int linkStart = start;
        int hostStart = start;
        boolean scheme = false;
        for (int k = start; k < end; k++) {
            int after = schemeEnd(text, k, end);
            if (after > 0) {
                linkStart = k;
                hostStart = after;
                scheme = true;
                break;
            }
        }
        int hostEnd = hostStart;
        while (hostEnd < end && !isHostEnd(text.charAt(hostEnd))) {
            hostEnd++;
        }
        int at = text.lastIndexOf('@', hostEnd - 1);
        if (at >= hostStart) {
            if (!scheme) {
                return;
            }
            hostStart = at + 1;
        }
        if (hostEnd > hostStart && text.charAt(hostEnd - 1) == '.') {
            hostEnd--;
        }
        if (hostEnd <= hostStart) {
            return;
        }
        String host = text.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        for (int from = 0; from >= 0; ) {
            String candidate = host.substring(from);
            if (domains.contains(candidate)) {
                hits.add(new Hit(new TextSpan(linkStart, end), candidate));
                return;
            }
            int dot = host.indexOf('.', from);
            from = dot < 0 ? -1 : dot + 1;
        }
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

    private static boolean isHostEnd(char c) {
        return c == '/' || c == '?' || c == '#' || c == ':' || c == '\\';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isOpening(char c) {
        switch (c) {
            case '(': case '[': case '{': case '<': case '"': case '\'':
            case '\u00AB': // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
            case '\u201C': // LEFT DOUBLE QUOTATION MARK
            case '\u2018': // LEFT SINGLE QUOTATION MARK
            case '\u00BF': // INVERTED QUESTION MARK
            case '\u00A1': // INVERTED EXCLAMATION MARK
                return true;
            default:
                return false;
        }
    }

    private static boolean isClosing(char c) {
        switch (c) {
            case '.': case ',': case ';': case ':': case '!': case '?':
            case ')': case ']': case '}': case '>': case '"': case '\'':
            case '\u00BB': // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
            case '\u201D': // RIGHT DOUBLE QUOTATION MARK
            case '\u2019': // RIGHT SINGLE QUOTATION MARK
            case '\u2026': // HORIZONTAL ELLIPSIS
                return true;
            default:
                return false;
        }
    }
}
