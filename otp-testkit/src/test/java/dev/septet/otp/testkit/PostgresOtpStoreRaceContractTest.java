/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.OtpStore;
import dev.septet.otp.PostgresOtpStore;

/** The races on two {@link PostgresOtpStore} objects sharing one real PostgreSQL server. */
class PostgresOtpStoreRaceContractTest extends OtpStoreRaceContractTest {
    @Override
    protected OtpStore newStore() {
        return Postgres.emptyStore();
    }

    @Override
    protected OtpStore secondNode(OtpStore store) {
        return PostgresOtpStore.create(Postgres.dataSource());
    }

    /** Three rounds: every statement opens a new connection here (no pool), which dominates the time. */
    @Override
    protected int rounds() {
        return 3;
    }
}
