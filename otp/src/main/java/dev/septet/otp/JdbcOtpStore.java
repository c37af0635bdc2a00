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
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A store that keeps codes (and {@link Throttle} counters) in PostgreSQL tables through plain JDBC, so several
 * servers can share them.
 *
 * <p>Every operation is a single atomic SQL statement (an {@code INSERT ... ON CONFLICT}, a conditional
 * {@code UPDATE ... RETURNING}, or a {@code DELETE}), never a read-modify-write, so attempt limits, single use,
 * rejectIfPendingCode and throttle limits hold across any number of service instances on one database. The tables
 * are {@code septet_otp} and {@code septet_otp_throttle}, defined by the resource
 * {@code dev/septet/otp/schema-postgresql.sql}; create them with {@link #createSchema()} or a migration tool. Each
 * operation takes a connection from the data source and returns it; if the connection is not in auto-commit mode,
 * the operation commits. Call {@link OtpService#purgeExpired()} periodically to delete expired rows. Thread-safe.
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
     * pending in between, the operation retries rather than report a stale state. Throttle rows work the same way:
     * one INSERT ... ON CONFLICT DO UPDATE ... WHERE per operation whose WHERE is the negation of ThrottleState's
     * refusal rules ("window ended" is start <= now - length, computed in Java), so the in-memory and SQL rules
     * agree, which the contract test checks.
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
    private static final String THROTTLE_COLUMNS = "app_id, recipient, last_code_at, codes_window_start, codes,"
            + " failures_window_start, failures, expires_at";
    private static final String THROTTLE_UPSERT = "INSERT INTO septet_otp_throttle AS t (" + THROTTLE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (app_id, recipient) DO UPDATE SET ";
    // parameters: the new row (8), then the ended-window cutoff twice, the interval cutoff, the codes window cutoff
    // and limit, the failures window cutoff and limit
    private static final String RECORD_GENERATION = THROTTLE_UPSERT
            + "last_code_at = GREATEST(t.last_code_at, EXCLUDED.last_code_at),"
            + " codes_window_start = CASE WHEN t.codes_window_start <= ? THEN EXCLUDED.codes_window_start"
            + " ELSE t.codes_window_start END,"
            + " codes = CASE WHEN t.codes_window_start <= ? THEN 1 ELSE t.codes + 1 END,"
            + " expires_at = GREATEST(t.expires_at, EXCLUDED.expires_at)"
            + " WHERE t.last_code_at <= ?"
            + " AND (t.codes_window_start <= ? OR t.codes < ?)"
            + " AND (t.failures_window_start <= ? OR t.failures < ?)";
    // parameters: the new row (8), then the failures window cutoff three times and its limit
    private static final String RESERVE_FAILED_CHECK = THROTTLE_UPSERT
            + "failures_window_start = CASE WHEN t.failures_window_start <= ? THEN EXCLUDED.failures_window_start"
            + " ELSE t.failures_window_start END,"
            + " failures = CASE WHEN t.failures_window_start <= ? THEN 1 ELSE t.failures + 1 END,"
            + " expires_at = GREATEST(t.expires_at, EXCLUDED.expires_at)"
            + " WHERE t.failures_window_start <= ? OR t.failures < ?";
    private static final String RELEASE_FAILED_CHECK = "UPDATE septet_otp_throttle SET failures = failures - 1"
            + " WHERE app_id = ? AND recipient = ? AND failures > 0 AND failures_window_start <= ?";
    private static final String SELECT_THROTTLE = "SELECT " + THROTTLE_COLUMNS
            + " FROM septet_otp_throttle WHERE app_id = ? AND recipient = ?";
    /** A cutoff later than any instant a row holds. */
    private static final OffsetDateTime NO_CUTOFF = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String PURGE_THROTTLE = "DELETE FROM septet_otp_throttle WHERE expires_at <= ?";

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
     * Creates the tables and indexes if they do not exist, by running the bundled schema resource.
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
        return run(c -> update(c, MARK_USED, appId, recipient, id) == 1);
    }

    @Override
    public Optional<ThrottleRefusal> recordGeneration(String recipient, String appId, Instant now,
            Throttle throttle) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(throttle, "throttle");
        ThrottleState inserted = ThrottleState.EMPTY.afterGeneration(now, throttle);
        OffsetDateTime codesCutoff = utc(now.minus(throttle.codesWindow()));
        OffsetDateTime failuresCutoff = utc(now.minus(throttle.failedChecksWindow()));
        // a zero interval is off, whatever the order in which concurrent callers read their clocks
        OffsetDateTime intervalCutoff = throttle.minInterval().isZero() ? NO_CUTOFF
                : utc(now.minus(throttle.minInterval()));
        return throttle(recipient, appId, "recordGeneration", state -> state.refuseGeneration(now, throttle),
                RECORD_GENERATION, inserted, codesCutoff, codesCutoff, intervalCutoff,
                codesCutoff, throttle.codesLimit(), failuresCutoff, throttle.failedChecksLimit());
    }

    @Override
    public Optional<ThrottleRefusal> reserveFailedCheck(String recipient, String appId, Instant now,
            Throttle throttle) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(throttle, "throttle");
        ThrottleState inserted = ThrottleState.EMPTY.afterFailedCheck(now, throttle);
        OffsetDateTime cutoff = utc(now.minus(throttle.failedChecksWindow()));
        return throttle(recipient, appId, "reserveFailedCheck", state -> state.refuseFailedCheck(now, throttle),
                RESERVE_FAILED_CHECK, inserted, cutoff, cutoff, cutoff, throttle.failedChecksLimit());
    }

    @Override
    public void releaseFailedCheck(String recipient, String appId, Instant reservedAt) {
        Objects.requireNonNull(reservedAt, "reservedAt");
        run(c -> update(c, RELEASE_FAILED_CHECK, appId, recipient, utc(reservedAt)));
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return run(c -> update(c, PURGE, utc(cutoff)) + update(c, PURGE_THROTTLE, utc(cutoff)));
    }

    /*
     * Runs a conditional upsert of a key's throttle row; when it changes nothing, reads the row to say why. If the
     * row no longer refuses (a concurrent release or a window that ended), the upsert is retried.
     */
    private Optional<ThrottleRefusal> throttle(String recipient, String appId, String operation,
            Function<ThrottleState, Optional<ThrottleRefusal>> refuse, String sql, ThrottleState inserted,
            Object... conditions) {
        Object[] values = new Object[8 + conditions.length];
        Object[] row = {appId, recipient, utc(inserted.lastCodeAt()), utc(inserted.codesWindowStart()),
            inserted.codes(), utc(inserted.failuresWindowStart()), inserted.failures(), utc(inserted.expiresAt())};
        System.arraycopy(row, 0, values, 0, row.length);
        System.arraycopy(conditions, 0, values, row.length, conditions.length);
        return run(c -> {
            for (int i = 0; i < MAX_RETRIES; i++) {
                if (update(c, sql, values) == 1) {
                    return Optional.<ThrottleRefusal>empty();
                }
                Optional<ThrottleRefusal> refusal = selectThrottle(c, recipient, appId).flatMap(refuse);
                if (refusal.isPresent()) {
                    return refusal;
                }
                commitIfNeeded(c);
            }
            throw new IllegalStateException(operation + " did not settle after " + MAX_RETRIES + " tries");
        });
    }

    private static Optional<ThrottleState> selectThrottle(Connection c, String recipient, String appId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_THROTTLE)) {
            ps.setString(1, appId);
            ps.setString(2, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ThrottleState(instant(rs, "last_code_at"), instant(rs, "codes_window_start"),
                        rs.getInt("codes"), instant(rs, "failures_window_start"), rs.getInt("failures"),
                        instant(rs, "expires_at")));
            }
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
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
