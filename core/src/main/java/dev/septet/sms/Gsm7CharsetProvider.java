/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.nio.charset.Charset;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Registers the {@code GSM-7} charset with {@link Charset#forName(String)}; public only because
 * {@link java.util.ServiceLoader} requires it (registered in {@code META-INF/services} and {@code module-info}).
 *
 * <p>{@code GSM-7} (aliases {@code GSM7}, {@code GSM-03.38}, {@code GSM_03_38}, {@code X-GSM-7-UNPACKED}) is the
 * GSM 7-bit default alphabet with its extension table as unpacked septets, one per byte, an extension character
 * as the escape 0x1B and its code (3GPP TS 23.038 clauses 6.2.1 and 6.2.1.1), which is what SMPP uses with
 * {@code data_coding} 0. Encoding: characters outside the alphabet are unmappable, so
 * {@link String#getBytes(Charset)} writes '?' (0x3F) for each; a replacement set with
 * {@link java.nio.charset.CharsetEncoder#replaceWith(byte[])} must be whole septets that decode back to exactly
 * those bytes (a lone escape 0x1B, an octet above 0x7F or an escape before an undefined code is refused). Decoding: bytes above 0x7F are malformed (U+FFFD
 * with {@link String#String(byte[], Charset)}); an escape before an undefined code shows the default table's
 * character, ESC ESC shows a space, and a trailing escape is malformed.
 */
public final class Gsm7CharsetProvider extends CharsetProvider {
    private static final Charset GSM7 = new Gsm7Charset();

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public Gsm7CharsetProvider() {
        // stateless: the charset instance is shared
    }

    /**
     * Returns an iterator over the one charset this provider supplies.
     *
     * @return an iterator over {@code GSM-7}
     */
    @Override
    public Iterator<Charset> charsets() {
        return List.of(GSM7).iterator();
    }

    /**
     * Returns {@code GSM-7} for its name or an alias, ignoring case.
     *
     * @param charsetName the requested name
     * @return the charset, or null if the name is not one of it (the {@link CharsetProvider} contract)
     */
    @Override
    public Charset charsetForName(String charsetName) {
        if (charsetName == null) {
            return null;
        }
        String wanted = charsetName.toUpperCase(Locale.ROOT);
        if (wanted.equals(Gsm7Charset.NAME)) {
            return GSM7;
        }
        for (String alias : Gsm7Charset.ALIASES) {
            if (alias.equals(wanted)) {
                return GSM7;
            }
        }
        return null;
    }
}
