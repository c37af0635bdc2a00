/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import dev.septet.otp.OtpStore;
import java.time.Duration;

/**
 * The pumping simulation and the races on two services with two {@code PostgresOtpStore} objects (each on its own
 * connections) sharing one real PostgreSQL server.
 */
class PostgresPumpingTest extends PumpingContract {
    @Override
    OtpStore[] stores() {
        return Postgres.emptyStores(2);
    }

    /** 45 simulated minutes: each request is about a dozen statements, and the server shares the build's cores. */
    @Override
    Duration simulated() {
        return Duration.ofMinutes(45);
    }
}
