/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A store that keeps codes in a PostgreSQL table through plain JDBC, so several servers can share them.
 *
 * <p>Every operation is a single atomic SQL statement (an {@code INSERT ... ON CONFLICT}, a conditional
 * {@code UPDATE ... RETURNING}, or a {@code DELETE}), never a read-modify-write, so attempt limits, single use and
 * rejectIfPendingCode hold across any number of service instances on one database. The table is
 * {@code septet_otp}, defined by the resource {@code dev/septet/otp/schema-postgresql.sql}; create it with
 * {@link #createSchema()} or a migration tool. Each operation takes a connection from the data source and returns
 * it; if the connection is not in auto-commit mode, the operation commits. Call {@link OtpService#purgeExpired()}
 * periodically to delete expired rows. Thread-safe.
 *
 * <p>Database failures surface as {@link IllegalStateException} wrapping the {@link SQLException}; no messages carry
 * codes or hashes.
 */
public final class JdbcOtpStore implements OtpStore {
    /*
     * Concurrency rests on PostgreSQL's row locks in READ COMMITTED: a conditional UPDATE (or ON CONFLICT DO UPDATE
     * ... WHERE) locks the row and re-evaluates its WHERE clause against the latest committed version, so two
     * nodes counting attempts serialise on the row and never both see attempts < max_attempts for the last attempt.
     * Two concurrent inserts for a new key serialise on the primary key's unique index. When a conditional
     * statement changes nothing, a follow-up SELECT classifies the row; if a concurrent generate made the row
     * pending in between, the operation retries rather than report a stale state.
     */
    static final String SCHEMA_RESOURCE = "schema-postgresql.sql";
    private static final int MAX_RETRIES = 100;
    private static final String COLUMNS = "app_id, recipient, id, code_hash, attempts, max_attempts, "
            + "max_seconds_validity, created_at, updated_at, expires_at";
    private static final String INSERT = "INSERT INTO septet_otp (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (app_id, recipient) DO UPDATE SET id = EXCLUDED.id, code_hash = EXCLUDED.code_hash,"
            + " attempts = EXCLUDED.attempts, max_attempts = EXCLUDED.max_attempts,"
            + " max_seconds_validity = EXCLUDED.max_seconds_validity, created_at = EXCLUDED.created_at,"
            + " updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at";
    private static final String INSERT_IF_NO_PENDING = INSERT
            + " WHERE septet_otp.expires_at <= ? OR septet_otp.attempts >= septet_otp.max_attempts";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM septet_otp WHERE app_id = ? AND recipient = ?";
    private static final String COUNT_ATTEMPT = "UPDATE septet_otp SET attempts = attempts + 1, updated_at = ?"
            + " WHERE app_id = ? AND recipient = ? AND expires_at > ? AND attempts < max_attempts RETURNING " + COLUMNS;
    private static final String MARK_USED = "DELETE FROM septet_otp WHERE app_id = ? AND recipient = ? AND id = ?";
    private static final String PURGE = "DELETE FROM septet_otp WHERE expires_at <= ?";

    private final DataSource dataSource;

    private JdbcOtpStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates a store on a data source whose database has (or will get, by {@link #createSchema()}) the
     * {@code septet_otp} table.
     *
     * @param dataSource the data source, typically a connection pool; not null
     * @return a new store; never null
     * @throws NullPointerException if the data source is null
     */
    public static JdbcOtpStore create(DataSource dataSource) {
        return new JdbcOtpStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Creates the table and index if they do not exist, by running the bundled schema resource.
     *
     * @throws IllegalStateException if the database rejects the schema
     */
    public void createSchema() {
        StringBuilder sql = new StringBuilder();
        for (String line : schemaSql().split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        run(c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : sql.toString().split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Returns the bundled PostgreSQL schema: the DDL {@link #createSchema()} runs.
     *
     * @return the SQL text; never null
     */
    public static String schemaSql() {
        try (InputStream in = JdbcOtpStore.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void replace(StoredOtp otp) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bindRow(ps, otp);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredOtp> insertIfNoPending(StoredOtp otp, Instant now) {
        Objects.requireNonNull(now, "now");
        return run(c -> {
            for (int i = 0; i < MAX_RETRIES; i++) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_IF_NO_PENDING)) {
                    bindRow(ps, otp);
                    ps.setObject(11, utc(now));
                    if (ps.executeUpdate() == 1) {
                        return Optional.<StoredOtp>empty();
                    }
                }
                Optional<StoredOtp> current = select(c, otp.recipient(), otp.appId());
                if (current.isPresent() && current.get().isPendingAt(now)) {
                    return current;
                }
                commitIfNeeded(c);
            }
            throw new IllegalStateException("insertIfNoPending did not settle after " + MAX_RETRIES + " tries");
        });
    }

    @Override
    public AttemptResult countAttempt(String recipient, String appId, Instant now) {
        Objects.requireNonNull(now, "now");
        return run(c -> {
            for (int i = 0; i < MAX_RETRIES; i++) {
                try (PreparedStatement ps = c.prepareStatement(COUNT_ATTEMPT)) {
                    ps.setObject(1, utc(now));
                    ps.setString(2, appId);
                    ps.setString(3, recipient);
                    ps.setObject(4, utc(now));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return AttemptResult.counted(row(rs));
                        }
                    }
                }
                Optional<StoredOtp> current = select(c, recipient, appId);
                if (current.isEmpty()) {
                    return AttemptResult.absent();
                }
                Optional<AttemptResult> unchanged = AttemptResult.unchanged(current.get(), now);
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
                commitIfNeeded(c);
            }
            throw new IllegalStateException("countAttempt did not settle after " + MAX_RETRIES + " tries");
        });
    }

    @Override
    public boolean markUsed(String recipient, String appId, String id) {
        Objects.requireNonNull(id, "id");
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(MARK_USED)) {
                ps.setString(1, appId);
                ps.setString(2, recipient);
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(PURGE)) {
                ps.setObject(1, utc(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<StoredOtp> select(Connection c, String recipient, String appId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setString(1, appId);
            ps.setString(2, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static void bindRow(PreparedStatement ps, StoredOtp otp) throws SQLException {
        ps.setString(1, otp.appId());
        ps.setString(2, otp.recipient());
        ps.setString(3, otp.id());
        ps.setBytes(4, otp.codeHash());
        ps.setInt(5, otp.attempts());
        ps.setInt(6, otp.maxAttempts());
        ps.setInt(7, otp.maxSecondsValidity());
        ps.setObject(8, utc(otp.createdAt()));
        ps.setObject(9, utc(otp.updatedAt()));
        ps.setObject(10, utc(otp.expiresAt()));
    }

    private static StoredOtp row(ResultSet rs) throws SQLException {
        return new StoredOtp(rs.getString("recipient"), rs.getString("app_id"), rs.getString("id"),
                rs.getBytes("code_hash"), rs.getInt("attempts"), rs.getInt("max_attempts"),
                rs.getInt("max_seconds_validity"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void commitIfNeeded(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T run(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.apply(c);
                commitIfNeeded(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database operation failed: SQLState " + e.getSQLState(), e);
        }
    }
}
