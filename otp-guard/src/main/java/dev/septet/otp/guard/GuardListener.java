/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

/**
 * Receives every refusal and every auto-block of a {@link Guard}, for logs and metrics; the guard itself logs
 * nothing. Set with {@link Guard#withListener(GuardListener)}.
 *
 * <p>Called on the thread that asked for the code, before the refusal is thrown, so keep it quick (hand off to a
 * queue or increment a metric). It must be thread-safe. An exception it throws reaches the caller of
 * {@code generate} in place of the refusal; the code is refused either way.
 */
public interface GuardListener {

    /**
     * Returns the listener that ignores everything: the default.
     *
     * @return the no-op listener; never null
     */
    static GuardListener none() {
        return NoListener.INSTANCE;
    }

    /**
     * Receives one refusal, once per refused code, just before the guard throws {@link GuardRefusedException}.
     *
     * @param refusal the refusal; not null
     */
    default void refused(Refusal refusal) {}

    /**
     * Receives one auto-block when it begins; then {@link #refused(Refusal)} receives the refusal that began it.
     *
     * @param block the block; not null
     */
    default void autoBlocked(AutoBlock block) {}
}
