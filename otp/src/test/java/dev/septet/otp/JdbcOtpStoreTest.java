/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs the store contract on {@link JdbcOtpStore} against a real PostgreSQL server. */
class JdbcOtpStoreTest extends OtpStoreContractTest {

    @Override
    OtpStore newStore() {
        Postgres.truncate();
        return JdbcOtpStore.create(Postgres.dataSource());
    }

    @Test
    void createSchemaIsIdempotent() throws SQLException {
        JdbcOtpStore.create(Postgres.dataSource()).createSchema();
        try (Connection c = Postgres.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_indexes WHERE tablename = 'septet_otp'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void worksOnConnectionsWithoutAutoCommit() {
        javax.sql.DataSource manual = new ManualCommitDataSource(Postgres.dataSource());
        OtpStore manualStore = JdbcOtpStore.create(manual);
        StoredOtp otp = entry(PHONE, "", 3);
        manualStore.replace(otp);
        assertThat(store.countAttempt(PHONE, "", T0).status()).isEqualTo(AttemptResult.Status.COUNTED);
        assertThat(manualStore.markUsed(PHONE, "", otp.id())).isTrue();
        assertThat(store.countAttempt(PHONE, "", T0)).isEqualTo(AttemptResult.absent());
    }

    @Test
    void schemaResourceIsShipped() {
        assertThat(JdbcOtpStore.schemaSql()).contains("CREATE TABLE IF NOT EXISTS septet_otp", "PRIMARY KEY (app_id, recipient)");
    }
}
