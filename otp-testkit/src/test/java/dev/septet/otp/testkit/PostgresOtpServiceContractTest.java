/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.OtpStore;
import dev.septet.otp.PostgresOtpStore;

/** The kit on {@link PostgresOtpStore} against a real PostgreSQL server, the second node a second store object. */
class PostgresOtpServiceContractTest extends OtpServiceContractTest {
    @Override
    protected OtpStore newStore() {
        return Postgres.emptyStore();
    }

    @Override
    protected OtpStore secondNode(OtpStore store) {
        return PostgresOtpStore.create(Postgres.dataSource());
    }
}
