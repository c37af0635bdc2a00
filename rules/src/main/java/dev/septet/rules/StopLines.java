/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Optional;

/**
 * Finds and appends the opt-out line ({@code STOP au 36180}) at the end of a text. Stateless.
 */
final class StopLines {

    /* The line is present when the text, without trailing white space, ends with the words of the line (ASCII case
     * ignored, runs of spaces between them) followed by spaces and the short code (the declared one, or any run of
     * ASCII letters and digits when none is declared), and the words start the text or follow a character that is
     * not a letter or digit. The line must be last: "STOP au 36180 Merci" does not end with it. */

    /** What an appended line carries when the caller declared no short code: five characters, as French codes. */
    static final String PLACEHOLDER_CODE = "XXXXX";

    private StopLines() {}

    static boolean endsWithLine(String text, String words, Optional<String> code) {
        int p = text.length();
        while (p > 0 && isSpace(text.charAt(p - 1))) {
            p--;
        }
        int codeEnd = p;
        while (p > 0 && isAsciiLetterOrDigit(text.charAt(p - 1))) {
            p--;
        }
        if (p == codeEnd
                || (code.isPresent() && code.get().length() != codeEnd - p)
                || (code.isPresent() && !regionMatchesAsciiCase(text, p, code.get(), 0, codeEnd - p))) {
            return false;
        }
        // walk the words backwards, one token at a time, each preceded in the text by at least one space
        int w = words.length();
        while (true) {
            while (w > 0 && words.charAt(w - 1) == ' ') {
                w--;
            }
            if (w == 0) {
                return p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
            }
            int tokenEnd = w;
            while (w > 0 && words.charAt(w - 1) != ' ') {
                w--;
            }
            int spaces = p;
            while (p > 0 && isHorizontalSpace(text.charAt(p - 1))) {
                p--;
            }
            int length = tokenEnd - w;
            if (p == spaces || p < length || !regionMatchesAsciiCase(text, p - length, words, w, length)) {
                return false;
            }
            p -= length;
        }
    }

    /** The text and the line on a line of its own; a text that already ends with a line break gets no second one. */
    static String append(String text, String words, String code) {
        String line = words.trim() + " " + code;
        char last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
        return last == '\n' || last == '\r' ? text + line : text + "\n" + line;
    }

    /**
     * Tells whether two regions, both in range, hold the same characters with ASCII case ignored: unlike
     * {@code String.regionMatches(true, ..)}, which folds case by Unicode rules, U+017F (LATIN SMALL LETTER LONG S)
     * does not match {@code S} and U+212A (KELVIN SIGN) does not match {@code k}.
     */
    private static boolean regionMatchesAsciiCase(String text, int offset, String other, int otherOffset, int length) {
        for (int i = 0; i < length; i++) {
            if (AsciiCase.lower(text.charAt(offset + i)) != AsciiCase.lower(other.charAt(otherOffset + i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }
}
