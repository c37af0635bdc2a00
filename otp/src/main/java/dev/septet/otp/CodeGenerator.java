/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.util.Objects;
import java.util.Random;

/**
 * Draws codes uniformly from an alphabet.
 */
final class CodeGenerator {
    /*
     * Random.nextInt(bound) (which SecureRandom inherits, drawing its bits from the SecureRandom engine) rejects the
     * top partial range of 31-bit draws, so every symbol is exactly equally likely: no modulo bias. Each position is
     * drawn independently, so leading zeros occur with their fair probability and are kept (the code is a String).
     */
    /** Digits only. */
    static final String DIGITS = "0123456789";
    /** Digits and upper-case ASCII letters. */
    static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** {@link #ALPHANUMERIC} without the look-alikes 0/O and 1/I: 32 symbols. */
    static final String ALPHANUMERIC_DISTINCT = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private CodeGenerator() {}

    /** Returns the alphabet for the request's code options. */
    static String alphabet(boolean alpha, boolean excludeLookAlikes) {
        if (!alpha) {
            return DIGITS;
        }
        return excludeLookAlikes ? ALPHANUMERIC_DISTINCT : ALPHANUMERIC;
    }

    /**
     * Draws a code.
     *
     * @param random the source of randomness (a SecureRandom in production); not null
     * @param alphabet the symbols, each at most once; not empty
     * @param length the code length in characters, at least 1
     * @return the code; never null
     */
    static String generate(Random random, String alphabet, int length) {
        Objects.requireNonNull(random, "random");
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(code);
    }
}
