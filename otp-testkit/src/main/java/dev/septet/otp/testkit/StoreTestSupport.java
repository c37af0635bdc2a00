/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.OtpService;
import dev.septet.otp.OtpStore;
import dev.septet.otp.StoredOtp;
import dev.septet.otp.Throttle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests need from a store under test, and the fixtures they share. Extend one of the contract
 * classes, not this one.
 *
 * <p>Not thread-safe: JUnit creates one instance per test method.
 */
public abstract class StoreTestSupport {
    /** The secret every service in the kit uses, so services on one backend share codes. */
    static final byte[] SECRET = "the septet otp test kit secret, 32+ bytes".getBytes(StandardCharsets.US_ASCII);
    /** A normalised phone recipient. */
    static final String PHONE = "34666555444";

    /** The store under test, new for each test. */
    OtpStore store;
    /** The instant tests start at: the real time, so native expiry keeps data for the test's duration. */
    Instant t0;

    private long ids;

    /** Creates the support; subclasses call it implicitly. */
    protected StoreTestSupport() {}

    /**
     * Returns a store with no entries and no counters. Stores on a server clear the server's data (or use a fresh
     * namespace) here; it is called once before each test.
     *
     * @return an empty store; never null
     */
    protected abstract OtpStore newStore();

    /**
     * Returns another store object on the same backend as {@code store}, as a second node would create it. The
     * default returns {@code store} itself, right for in-process stores.
     *
     * @param store the store {@link #newStore()} returned for this test; not null
     * @return a store that sees the same data; never null
     */
    protected OtpStore secondNode(OtpStore store) {
        return store;
    }

    /**
     * Tells whether the store forgets data natively (a TTL) rather than in {@link OtpStore#purgeExpired}. The
     * default is false; such a store's purge test then checks that data whose retention ended is gone without a
     * purge.
     *
     * @return true for stores with native expiry
     */
    protected boolean expiresNatively() {
        return false;
    }

    /** Creates the store and sets the start instant; runs before each test. */
    @BeforeEach
    final void setUpStore() {
        store = newStore();
        t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Returns an entry for a key with a new id and a hash that tells entries apart, created at {@link #t0}. */
    StoredOtp entry(String recipient, String appId, int maxAttempts) {
        byte[] hash = new byte[32];
        long n = ++ids;
        for (int i = 0; i < 8; i++) {
            hash[i] = (byte) (n >>> (8 * i));
        }
        hash[31] = (byte) 0xFF;
        return new StoredOtp(recipient, appId, id(n), hash, 0, maxAttempts, 60, t0, t0, t0.plusSeconds(60));
    }

    static String id(long n) {
        return HexFormat.of().toHexDigits(n) + "0123456789abcdef";
    }

    /** Returns a service on a store with the kit's secret, clock and throttle. */
    static OtpService service(OtpStore store, KitClock clock, Throttle throttle) {
        return OtpService.builder(store)
                .secret(SECRET)
                .clock(clock)
                .throttle(throttle)
                .build();
    }

    /** Returns a code that differs from {@code code} in its first digit. */
    static String wrong(String code) {
        return (code.charAt(0) == '9' ? "0" : "9") + code.substring(1);
    }
}
