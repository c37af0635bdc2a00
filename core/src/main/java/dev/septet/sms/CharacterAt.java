/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * A character of a text and where it stands: used to report the characters that prevented GSM 7-bit.
 *
 * @param index the UTF-16 code unit index of the character in the text (of its high surrogate for a pair), 0 or more
 * @param codePoint the Unicode code point, 0 to 0x10FFFF
 */
public record CharacterAt(int index, int codePoint) {
    /**
     * Creates the record, validating both numbers.
     *
     * @param index the UTF-16 code unit index, 0 or more
     * @param codePoint the Unicode code point, 0 to 0x10FFFF
     * @throws IllegalArgumentException naming the component if a number is out of range
     */
    public CharacterAt {
        Range.check("index", index, 0, Integer.MAX_VALUE);
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    String.format(java.util.Locale.ROOT, "codePoint must be 0 to 0x10FFFF, was 0x%X", codePoint));
        }
    }

    /**
     * Returns the character as a string of one or two UTF-16 code units.
     *
     * @return the character, never null
     */
    public String text() {
        return Character.toString(codePoint);
    }

    /**
     * Returns the Unicode name of the character, as {@link Character#getName(int)} knows it from the running JDK.
     *
     * @return for example {@code "LATIN SMALL LETTER C WITH CEDILLA"}, or the {@code U+XXXX} form for an
     *     unassigned code point
     */
    public String name() {
        String name = Character.getName(codePoint);
        return name == null ? unicode() : name;
    }

    /**
     * Returns the character in {@code U+XXXX} notation, as error messages print it.
     *
     * @return for example {@code "U+00E7"}
     */
    public String unicode() {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }
}
