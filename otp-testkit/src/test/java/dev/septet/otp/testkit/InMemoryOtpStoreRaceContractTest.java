/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpStore;

/** The races on {@link InMemoryOtpStore}, with more rounds since they are cheap in memory. */
class InMemoryOtpStoreRaceContractTest extends OtpStoreRaceContractTest {
    @Override
    protected OtpStore newStore() {
        return InMemoryOtpStore.create();
    }

    @Override
    protected int rounds() {
        return 100;
    }
}
