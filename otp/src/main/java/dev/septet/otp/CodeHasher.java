/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and compares the keyed hashes under which codes are stored.
 */
final class CodeHasher {
    /*
     * HMAC-SHA256 over a length-prefixed encoding of (appId, recipient, code), keyed with the server secret. Binding
     * the hash to the key means a row copied to another recipient does not verify, and the length prefixes keep
     * ("ab","c") and ("a","bc") apart. Without the secret an attacker who reads the table cannot test the at most
     * 36^10 candidates offline. Mac instances are not thread-safe, so each thread keeps its own, initialised with
     * the key once (doFinal leaves a Mac ready for the next message under the same key): looking a Mac up and keying
     * it costs more than hashing.
     */
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "septet-otp-v1".getBytes(StandardCharsets.US_ASCII);
    /** Room for a request's fields (an appId and a recipient are at most 255 characters); longer input streams. */
    private static final int BUFFER_BYTES = 1024;

    private final ThreadLocal<Hashing> hashings;

    CodeHasher(byte[] secret) {
        SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
        this.hashings = ThreadLocal.withInitial(() -> new Hashing(newMac(key)));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** Returns the HMAC of a code for a normalised recipient and an appId: 32 bytes. */
    byte[] hash(String recipient, String appId, String code) {
        Hashing h = hashings.get();
        // a long field can have written over the prefix, so it is put back every time
        System.arraycopy(DOMAIN, 0, h.buffer, 0, DOMAIN.length);
        int n = h.append(appId, DOMAIN.length);
        n = h.append(recipient, n);
        n = h.append(code, n);
        h.mac.update(h.buffer, 0, n);
        return h.mac.doFinal();
    }

    /**
     * A thread's Mac and the buffer its message is written into. The message goes to the Mac in one call where it
     * fits: each {@code update} call passes through several layers, and one per prefix byte cost a third of a hash.
     */
    private static final class Hashing {
        final Mac mac;
        final byte[] buffer = new byte[BUFFER_BYTES];

        Hashing(Mac mac) {
            this.mac = mac;
        }

        /**
         * Appends a field as a 4-octet big-endian length and its UTF-8 octets after the first {@code n} octets of
         * the buffer, and returns how many octets the buffer then holds (octets that did not fit went to the Mac).
         */
        int append(String field, int n) {
            int chars = field.length();
            if (n + 4 + chars <= buffer.length) {
                int at = n + 4;
                int i = 0;
                while (i < chars) {
                    char c = field.charAt(i);
                    if (c >= 0x80) {
                        break;
                    }
                    buffer[at + i] = (byte) c;
                    i++;
                }
                if (i == chars) {
                    writeLength(chars, n);
                    return n + 4 + chars;
                }
            }
            byte[] octets = field.getBytes(StandardCharsets.UTF_8);
            if (n + 4 + octets.length > buffer.length) {
                mac.update(buffer, 0, n);
                n = 0;
            }
            writeLength(octets.length, n);
            if (4 + octets.length > buffer.length) {
                mac.update(buffer, 0, 4);
                mac.update(octets);
                return 0;
            }
            System.arraycopy(octets, 0, buffer, n + 4, octets.length);
            return n + 4 + octets.length;
        }

        private void writeLength(int length, int at) {
            buffer[at] = (byte) (length >>> 24);
            buffer[at + 1] = (byte) (length >>> 16);
            buffer[at + 2] = (byte) (length >>> 8);
            buffer[at + 3] = (byte) length;
        }
    }

    /**
     * Compares two hashes in time independent of where they differ, so response timing does not tell an attacker how
     * many leading bytes of a guess's hash were right.
     */
    static boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
