/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.rules;

/**
 * Lower-casing of ASCII letters only. {@code String.toLowerCase} follows Unicode, so U+212A (KELVIN SIGN) becomes
 * {@code k}: a name matched through it would accept characters that only look like the documented ones.
 */
final class AsciiCase {
    private AsciiCase() {}

    /** Returns {@code c} with A to Z lower-cased; every other character as it is. */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Returns {@code s} with A to Z lower-cased; every other character as it is. */
    static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = lower(chars[i]);
        }
        return new String(chars);
    }
}
