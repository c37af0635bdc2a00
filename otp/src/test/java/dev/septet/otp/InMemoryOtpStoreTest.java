/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs the store contract on {@link InMemoryOtpStore}, and shows that its memory tracks live codes only. */
class InMemoryOtpStoreTest extends OtpStoreContractTest {

    @Override
    OtpStore newStore() {
        return InMemoryOtpStore.create();
    }

    /**
     * A million codes, each for a new recipient, generated at 1,000 per simulated minute with 30 seconds validity and
     * never checked: without sweeping the map would hold a million entries; with it, only those not expired more
     * than the 10-minute retention ago (about 11 minutes' worth, 11,000) plus at most the sweep slack (a doubling).
     */
    @Test
    void aMillionShortLivedCodesKeepTheMapBounded() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        byte[] hash = new byte[32];
        long maxSize = 0;
        for (int i = 0; i < 1_000_000; i++) {
            Instant now = T0.plusMillis(60L * i);
            memory.replace(new StoredOtp(Integer.toString(i), "", "id", hash, 0, 3, 30, now, now, now.plusSeconds(30)));
            maxSize = Math.max(maxSize, memory.size());
        }
        assertThat(maxSize).isLessThan(30_000);
        assertThat(memory.size()).isLessThan(30_000);
    }

    @Test
    void usedCodesAreRemovedAtOnce() {
        InMemoryOtpStore memory = InMemoryOtpStore.create();
        StoredOtp otp = entry(PHONE, "", 3);
        memory.replace(otp);
        memory.markUsed(PHONE, "", otp.id());
        assertThat(memory.size()).isZero();
    }
}
