/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Supplies concatenation references (3GPP TS 23.040 clauses 9.2.3.24.1 and 9.2.3.24.8): the number that ties the
 * parts of one message together at the receiver. Implementations must be thread-safe; the encoder keeps the low 8
 * or 16 bits, so a counter wraps at 256 (or 65,536).
 */
@FunctionalInterface
public interface ReferenceSource {
    /**
     * Returns the next reference; only its low 8 bits (or 16 with the 16-bit element) are used.
     *
     * @return any int
     */
    int nextReference();

    /**
     * Returns a thread-safe counter that starts at {@code first} and counts up, so consecutive messages to one
     * recipient get distinct references until it wraps.
     *
     * @param first the first reference, any int (only the low bits are used)
     * @return a new counter
     */
    static ReferenceSource counter(int first) {
        AtomicInteger next = new AtomicInteger(first);
        return next::getAndIncrement;
    }

    /**
     * Returns a thread-safe counter starting at a random value, so restarts do not reuse the same references.
     *
     * @return a new counter
     */
    static ReferenceSource randomStart() {
        return counter(new SecureRandom().nextInt());
    }
}
