/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * A one-connection "pool" for a single benchmark thread: every {@code getConnection()} returns the same open
 * connection, whose {@code close} rolls back anything uncommitted and keeps it open. Servers use a pool; without
 * one, every store call would pay for a new PostgreSQL connection and the benchmark would measure that instead.
 * Both objects are dynamic proxies, so the JDBC interfaces' many unused methods need no code here.
 */
final class ReusedConnection {
    private ReusedConnection() {}

    static DataSource dataSource(DataSource target) throws java.sql.SQLException {
        Connection real = target.getConnection();
        Connection shared = proxy(Connection.class, (method, args) -> {
            if (method.getName().equals("close")) {
                if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                }
                return null;
            }
            return method.invoke(real, args);
        });
        return proxy(DataSource.class, (method, args) -> {
            if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                return shared;
            }
            throw new UnsupportedOperationException("DataSource." + method.getName());
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return handler.handle(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
