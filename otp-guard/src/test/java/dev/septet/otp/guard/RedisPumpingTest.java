/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import dev.septet.otp.OtpStore;
import java.time.Duration;

/** The pumping simulation and the races on two services, each with its own client, sharing one real redis-server. */
class RedisPumpingTest extends PumpingContract {
    @Override
    OtpStore[] stores() {
        return Redis.emptyStores(2);
    }

    /** One simulated hour: each request is about a dozen round trips. */
    @Override
    Duration simulated() {
        return Duration.ofHours(1);
    }
}
