/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.sms;

import java.lang.reflect.Method;

/**
 * Bytes the current thread allocates while an action runs, from HotSpot's per-thread counter. Reached by reflection
 * because the module under test reads only java.base.
 */
final class Allocations {
    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean")
                    .invoke(null);
            ALLOCATED =
                    Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Allocations() {}

    /** Returns the bytes this thread allocated while {@code action} ran; the measurement itself costs a few. */
    static long during(Runnable action) {
        long id = Thread.currentThread().getId();
        long before = allocated(id); // the first reflective call's own costs fall before the action
        before = allocated(id);
        action.run();
        return allocated(id) - before;
    }

    private static long allocated(long id) {
        try {
            return (Long) ALLOCATED.invoke(THREADS, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JVM does not report allocated bytes per thread", e);
        }
    }
}
