/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import dev.septet.otp.OtpStore;
import dev.septet.otp.testkit.OtpStoreRaceContractTest;

/** The kit on {@link RedisOtpStore} against a real redis-server, the second node on a client of its own. */
class RedisOtpStoreRaceContractTest extends OtpStoreRaceContractTest {
    @Override
    protected OtpStore newStore() {
        return RedisOtpStore.create(Redis.flushedClient());
    }

    @Override
    protected OtpStore secondNode(OtpStore store) {
        return RedisOtpStore.create(Redis.client());
    }

    @Override
    protected boolean expiresNatively() {
        return true;
    }
}
