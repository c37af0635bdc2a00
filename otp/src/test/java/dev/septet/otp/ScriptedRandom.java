/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.security.SecureRandom;

/**
 * A SecureRandom whose {@code nextLong()} returns a scripted code's value as a base-(alphabet size) numeral, so tests
 * choose the code: the generator draws one long per code and writes it in that base, most significant symbol first.
 * The request's length must be the scripted code's.
 */
final class ScriptedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final long value;

    /** Makes every generated code equal {@code code}, drawn from {@code alphabet}. */
    ScriptedRandom(String alphabet, String code) {
        long v = 0;
        for (int i = 0; i < code.length(); i++) {
            int index = alphabet.indexOf(code.charAt(i));
            if (index < 0) {
                throw new IllegalArgumentException("'" + code.charAt(i) + "' is not in the alphabet " + alphabet);
            }
            v = v * alphabet.length() + index;
        }
        this.value = v;
    }

    @Override
    public long nextLong() {
        return value;
    }
}
