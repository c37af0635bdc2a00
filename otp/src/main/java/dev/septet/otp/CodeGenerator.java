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
     * One draw per code: a code of length L over an alphabet of a symbols is the base-a numeral of a value uniform
     * in [0, a^L), so every position is uniform and independent of the others, and leading zeros occur with their
     * fair probability and are kept (the code is a String). The value comes from 63 bits of eight octets by
     * rejection (the service draws them in one nextBytes call with the entry's id, so one call to the SecureRandom
     * engine serves both, where nextLong() alone would make two): draws at or above the
     * largest multiple of a^L below 2^63 are drawn again, so there is no modulo bias. a^L is at most 36^10 (about
     * 2^52), so a draw is rejected with probability below 2^-11 and one SecureRandom call usually serves the whole
     * code, instead of one call per symbol.
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
     * Draws a code whose first draw is already made: the first eight octets of {@code drawn}, which the caller took
     * from {@code random} together with other octets it needs, so that one call to the engine serves both.
     *
     * @param random the source of any further draws (a SecureRandom in production); not null
     * @param alphabet the symbols, each at most once; not empty
     * @param length the code length in characters, 1 to 10 inclusive (so that the alphabet size to this power fits in
     *     a long with room for the rejection margin)
     * @param drawn at least eight octets fresh from {@code random}; only the first eight are read
     * @return the code; never null
     */
    static String generate(Random random, String alphabet, int length, byte[] drawn) {
        Objects.requireNonNull(random, "random");
        int symbols = alphabet.length();
        long space = 1;
        for (int i = 0; i < length; i++) {
            space *= symbols;
        }
        long twoTo63ModSpace = (Long.MAX_VALUE % space + 1) % space;
        byte[] bytes = drawn;
        long draw;
        while (true) {
            draw = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                draw = draw << 8 | (bytes[i] & 0xFF);
            }
            draw &= Long.MAX_VALUE;
            if (draw <= Long.MAX_VALUE - twoTo63ModSpace) {
                break;
            }
            if (bytes == drawn) {
                bytes = new byte[Long.BYTES];
            }
            random.nextBytes(bytes);
        }
        long value = draw % space;
        char[] code = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            code[i] = alphabet.charAt((int) (value % symbols));
            value /= symbols;
        }
        return new String(code);
    }
}
