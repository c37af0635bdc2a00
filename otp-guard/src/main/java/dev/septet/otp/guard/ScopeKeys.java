/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.otp.guard;

/**
 * The store keys of one prefix block or one client key, built once and found again through a small direct-mapped
 * cache, so a generate for a block or client seen recently builds no key strings.
 *
 * <p>The caches are bounded (a slot holds the last scope that hashed to it, and a miss just builds the keys again), so
 * bots walking through many blocks or client keys cost one rebuild each and no memory growth. Entries are immutable
 * apart from the volatile bucket keys, which are replaced whole, so a racy read of a slot sees a complete entry or
 * another one; either is correct. Thread-safe.
 */
final class ScopeKeys {
    private static final int SLOTS = 1024;
    private static final ScopeKeys[] PREFIXES = new ScopeKeys[SLOTS];
    private static final ScopeKeys[] CLIENTS = new ScopeKeys[SLOTS];

    /** The prefix block's digits or the client key. */
    final String key;
    /** The velocity key. */
    final String rate;
    /** The auto-block key; null for a client key, which has no auto-block. */
    final String block;
    /** The generated count's key less its bucket number; null for a client key. */
    private final String generated;

    /** The generated counts' keys of the bucket last asked for; replaced whole, never changed. */
    private volatile Guard.BucketKeys lastGenerated = new Guard.BucketKeys(Long.MIN_VALUE, "", "");

    private ScopeKeys(String key, boolean prefix) {
        this.key = key;
        if (prefix) {
            this.rate = Guard.PREFIX + "rate:prefix:" + key;
            this.block = Guard.PREFIX + "block:prefix:" + key;
            this.generated = Guard.PREFIX + "generated:prefix:" + key + ":";
        } else {
            this.rate = Guard.PREFIX + "rate:client:" + key;
            this.block = null;
            this.generated = null;
        }
    }

    /**
     * Returns the keys of the block that holds a number: its first {@code length} digits.
     *
     * @param digits the number's digits
     * @param length how many leading digits name the block, at most {@code digits.length()}
     */
    static ScopeKeys prefix(String digits, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + digits.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        ScopeKeys k = PREFIXES[slot];
        if (k != null && k.key.length() == length && digits.startsWith(k.key)) {
            return k;
        }
        k = new ScopeKeys(digits.substring(0, length), true);
        PREFIXES[slot] = k;
        return k;
    }

    /** Returns the keys of a client key. */
    static ScopeKeys client(String clientKey) {
        int h = clientKey.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        ScopeKeys k = CLIENTS[slot];
        if (k != null && k.key.equals(clientKey)) {
            return k;
        }
        k = new ScopeKeys(clientKey, false);
        CLIENTS[slot] = k;
        return k;
    }

    /** Returns a prefix block's generated counts' keys of a bucket, reusing the strings while the bucket lasts. */
    Guard.BucketKeys generated(long bucket) {
        Guard.BucketKeys k = lastGenerated;
        if (k.bucket() != bucket) {
            k = new Guard.BucketKeys(bucket, generated + bucket, generated + (bucket - 1));
            lastGenerated = k;
        }
        return k;
    }
}
