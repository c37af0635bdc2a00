/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The contract every {@link dev.septet.otp.OtpStore} must meet, as abstract JUnit 5 tests. A store's test class
 * extends each of them and implements {@code newStore()}:
 * <ul>
 *   <li>{@link dev.septet.otp.testkit.OtpStoreContractTest}: each primitive's semantics;
 *   <li>{@link dev.septet.otp.testkit.OtpServiceContractTest}: the service's generate and check rules on the store;
 *   <li>{@link dev.septet.otp.testkit.OtpStoreRaceContractTest}: 64 threads racing on one key, through the
 *       primitives and through two {@link dev.septet.otp.OtpService} instances on two store objects that share
 *       one backend.
 * </ul>
 *
 * <p>Stores that reach a server share one backend between {@code newStore()} and {@code secondNode(..)}, so the
 * races run as two nodes would. Instants start at the real current time, so stores with native expiry keep what the
 * tests write for as long as the tests need it.
 */
package dev.septet.otp.testkit;
