/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/** Data sources configured as pools and frameworks configure them, as dynamic proxies over a real one. */
final class TestDataSources {
    private TestDataSources() {}

    private interface Opener {
        Connection open() throws Exception;
    }

    private static DataSource dataSource(Opener opener) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                        return opener.open();
                    }
                    throw new UnsupportedOperationException("DataSource." + method.getName());
                });
    }

    /** Hands out connections with auto-commit off, as some pools are configured. */
    static DataSource manualCommit(DataSource target) {
        return isolated(target, Connection.TRANSACTION_READ_COMMITTED, false);
    }

    /** Hands out connections at an isolation level and auto-commit mode, as a pool configured so would. */
    static DataSource isolated(DataSource target, int isolation, boolean autoCommit) {
        return dataSource(() -> {
            Connection c = target.getConnection();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
            return c;
        });
    }

    /**
     * Hands out one connection that is inside the caller's transaction, whose close does nothing, as a
     * transaction-aware proxy does.
     */
    static DataSource bound(Connection callers) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(callers, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return dataSource(() -> unclosable);
    }
}
