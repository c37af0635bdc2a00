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

    private final ThreadLocal<Mac> macs;

    CodeHasher(byte[] secret) {
        SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
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
        Mac mac = macs.get();
        mac.update(DOMAIN);
        update(mac, appId);
        update(mac, recipient);
        update(mac, code);
        return mac.doFinal();
    }

    private static void update(Mac mac, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        mac.update((byte) (length >>> 24));
        mac.update((byte) (length >>> 16));
        mac.update((byte) (length >>> 8));
        mac.update((byte) length);
        mac.update(bytes);
    }

    /**
     * Compares two hashes in time independent of where they differ, so response timing does not tell an attacker how
     * many leading bytes of a guess's hash were right.
     */
    static boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }
}
