/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpStore;

/** The pumping simulation and the races on two services sharing one in-memory store. */
class InMemoryPumpingTest extends PumpingContract {
    @Override
    OtpStore[] stores() {
        OtpStore store = InMemoryOtpStore.create();
        return new OtpStore[] {store, store};
    }
}
