/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.security.SecureRandom;

/**
 * A SecureRandom whose draws of eight bytes or more start with a scripted code's value as a base-(alphabet size)
 * numeral, big-endian, so tests choose the code: the generator reads the first eight bytes of a draw per code and
 * writes their value in that base, most significant symbol first. The request's length must be the scripted code's.
 * The rest of a longer draw (the entry's id) and shorter draws are random.
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
    public void nextBytes(byte[] bytes) {
        if (bytes.length < Long.BYTES) {
            super.nextBytes(bytes);
            return;
        }
        // a longer draw carries the code's draw first, then other octets (the code's id), which stay random
        byte[] rest = new byte[bytes.length - Long.BYTES];
        super.nextBytes(rest);
        System.arraycopy(rest, 0, bytes, Long.BYTES, rest.length);
        for (int i = 0; i < Long.BYTES; i++) {
            bytes[i] = (byte) (value >>> (8 * (Long.BYTES - 1 - i)));
        }
    }
}
