/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.security.SecureRandom;

/** A SecureRandom whose {@code nextInt(bound)} returns scripted symbol indexes, so tests choose the code. */
final class ScriptedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final String alphabet;
    private final String code;
    private int next;

    /** Makes every generated code equal {@code code}, drawn from {@code alphabet}. */
    ScriptedRandom(String alphabet, String code) {
        this.alphabet = alphabet;
        this.code = code;
    }

    @Override
    public int nextInt(int bound) {
        if (bound != alphabet.length()) {
            throw new IllegalStateException("scripted for an alphabet of " + alphabet.length() + ", asked " + bound);
        }
        int index = alphabet.indexOf(code.charAt(next));
        next = (next + 1) % code.length();
        return index;
    }
}
