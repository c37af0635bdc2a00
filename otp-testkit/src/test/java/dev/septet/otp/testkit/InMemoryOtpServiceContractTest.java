/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpStore;

/** The kit on {@link InMemoryOtpStore}. */
class InMemoryOtpServiceContractTest extends OtpServiceContractTest {
    @Override
    protected OtpStore newStore() {
        return InMemoryOtpStore.create();
    }
}
