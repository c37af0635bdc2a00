/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

/** The listener that ignores everything. */
enum NoListener implements GuardListener {
    INSTANCE
}
