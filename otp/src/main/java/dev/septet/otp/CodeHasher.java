/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.nio.ByteBuffer;
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
     * 36^10 candidates offline. Mac instances are not thread-safe, so each call gets its own.
     */
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "septet-otp-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    CodeHasher(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Returns the HMAC of a code for a normalised recipient and an appId: 32 bytes. */
    byte[] hash(String recipient, String appId, String code) {
        Mac mac;
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
        mac.update(DOMAIN);
        update(mac, appId);
        update(mac, recipient);
        update(mac, code);
        return mac.doFinal();
    }

    private static void update(Mac mac, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
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
