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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * A store that keeps codes and counters in two PostgreSQL tables through plain JDBC, so several servers can share
 * them. It uses PostgreSQL's {@code INSERT ... ON CONFLICT}, {@code UPDATE ... RETURNING} and {@code TIMESTAMPTZ},
 * so it needs PostgreSQL 9.5 or later and no other database.
 *
 * <p>Every {@link OtpStore} primitive is one SQL statement, run in a transaction of its own: on a connection in
 * auto-commit mode the statement is its own transaction; on a connection with auto-commit off the store commits (or,
 * on failure, rolls back) only the transaction it started. It never commits or rolls back a caller's transaction:
 * when the data source hands out a connection that is already inside a transaction (as a transaction-aware proxy
 * does), the operation fails with {@link IllegalStateException} and the caller's transaction is left untouched, since
 * attempt counts rolled back with an application transaction would allow unlimited guessing. Isolation levels do not
 * matter: under REPEATABLE READ or SERIALIZABLE, statements that fail with SQLState 40001 (serialization failure) or
 * 40P01 (deadlock) changed nothing and are retried, up to 50 times.
 *
 * <p>The tables, {@code septet_otp} and {@code septet_otp_counter} unless the builder names others, are defined by
 * the resource {@code dev/septet/otp/schema-postgresql.sql}; create them with {@link #createSchema()} or a migration
 * tool ({@link #schemaSql()} gives the DDL with the configured names). PostgreSQL has no native expiry: call
 * {@link OtpService#purgeExpired()} periodically, which deletes in batches of {@link Builder#purgeBatchSize(int)}
 * rows (1,000 by default), each in its own short transaction. {@link #time()} is PostgreSQL's
 * {@code clock_timestamp()}, so the service uses the database's clock by default.
 *
 * <p>Database failures surface as {@link IllegalStateException} wrapping the {@link SQLException}; no messages carry
 * codes or hashes. Thread-safe; create one per data source and share it.
 */
public final class PostgresOtpStore implements OtpStore {
    /*
     * Atomicity rests on PostgreSQL's row locks: a conditional UPDATE or INSERT ... ON CONFLICT DO UPDATE locks the
     * row and, in READ COMMITTED, re-evaluates its condition against the latest committed version, so two nodes
     * doing compare-and-set on one row serialise and only one succeeds. Under REPEATABLE READ and SERIALIZABLE the
     * same conflict raises 40001 instead; the statement had no effect, so running it again is exact. Instants are
     * bound as TIMESTAMPTZ (microseconds; the service passes milliseconds), so comparisons happen in the database.
     *
     * A caller's open transaction on a connection with auto-commit off is recognised from the driver's transaction
     * state (pgjdbc tracks the server's ReadyForQuery status: idle, in a transaction, or in a failed one); SQL alone
     * cannot tell "inside a block someone began" from "inside the block the driver begins for this statement".
     */
    static final String SCHEMA_RESOURCE = "schema-postgresql.sql";
    static final String DEFAULT_CODES_TABLE = "septet_otp";
    static final String DEFAULT_COUNTERS_TABLE = "septet_otp_counter";
    static final int DEFAULT_PURGE_BATCH = 1000;
    static final int MAX_PURGE_BATCH = 100_000;
    private static final int MAX_TRIES = 50;
    private static final String PGJDBC_CONNECTION = "org.postgresql.core.BaseConnection";
    private static final int MAX_IDENTIFIER = 63;
    private static final String COLUMNS = "app_id, recipient, id, code_hash, attempts, max_attempts, "
            + "max_seconds_validity, created_at, updated_at, expires_at, retain_until";

    private final DataSource dataSource;
    private final String codesTable;
    private final String countersTable;
    private final int purgeBatch;
    private final String get;
    private final String put;
    private final String putIfAbsent;
    private final String compareAndSet;
    private final String compareAndDelete;
    private final String incrementUp;
    private final String incrementDown;
    private final String read;
    private final String purgeCodes;
    private final String purgeCounters;

    private PostgresOtpStore(Builder b) {
        this.dataSource = b.dataSource;
        this.codesTable = b.codesTable;
        this.countersTable = b.countersTable;
        this.purgeBatch = b.purgeBatch;
        String insert = "INSERT INTO " + codesTable + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String set = "id = ?, code_hash = ?, attempts = ?, max_attempts = ?, max_seconds_validity = ?,"
                + " created_at = ?, updated_at = ?, expires_at = ?, retain_until = ?";
        this.get = "SELECT " + COLUMNS + " FROM " + codesTable + " WHERE app_id = ? AND recipient = ?";
        this.put = insert + " ON CONFLICT (app_id, recipient) DO UPDATE SET id = EXCLUDED.id,"
                + " code_hash = EXCLUDED.code_hash, attempts = EXCLUDED.attempts,"
                + " max_attempts = EXCLUDED.max_attempts, max_seconds_validity = EXCLUDED.max_seconds_validity,"
                + " created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,"
                + " expires_at = EXCLUDED.expires_at, retain_until = EXCLUDED.retain_until";
        this.putIfAbsent = insert + " ON CONFLICT (app_id, recipient) DO NOTHING";
        this.compareAndSet = "UPDATE " + codesTable + " SET " + set
                + " WHERE app_id = ? AND recipient = ? AND id = ? AND attempts = ?";
        this.compareAndDelete =
                "DELETE FROM " + codesTable + " WHERE app_id = ? AND recipient = ? AND id = ? AND attempts = ?";
        // parameters: key, delta, new window end, now, delta, now
        this.incrementUp = "INSERT INTO " + countersTable + " AS c (key, value, window_end) VALUES (?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET"
                + " value = CASE WHEN c.window_end <= ? THEN EXCLUDED.value ELSE GREATEST(c.value + ?, 0) END,"
                + " window_end = CASE WHEN c.window_end <= ? THEN EXCLUDED.window_end ELSE c.window_end END"
                + " RETURNING value, window_end";
        this.incrementDown = "UPDATE " + countersTable + " SET value = GREATEST(value + ?, 0)"
                + " WHERE key = ? AND window_end > ? RETURNING value, window_end";
        this.read = "SELECT value, window_end FROM " + countersTable + " WHERE key = ? AND window_end > ?";
        this.purgeCodes = "DELETE FROM " + codesTable + " WHERE (app_id, recipient) IN (SELECT app_id, recipient FROM "
                + codesTable + " WHERE retain_until <= ? LIMIT ?)";
        this.purgeCounters = "DELETE FROM " + countersTable + " WHERE key IN (SELECT key FROM " + countersTable
                + " WHERE window_end <= ? LIMIT ?)";
    }

    /**
     * Creates a store on a data source with the default table names {@code septet_otp} and
     * {@code septet_otp_counter}.
     *
     * @param dataSource the data source, typically a connection pool; not null
     * @return a new store; never null
     * @throws NullPointerException if the data source is null
     */
    public static PostgresOtpStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts building a store with other table names or purge batch size.
     *
     * @param dataSource the data source, typically a connection pool; not null
     * @return a builder; never null
     * @throws NullPointerException if the data source is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Creates the tables and indexes if they do not exist, by running {@link #schemaSql()}.
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
     * Returns the PostgreSQL schema with this store's table names filled in: the DDL {@link #createSchema()} runs.
     *
     * @return the SQL text; never null
     */
    public String schemaSql() {
        return bundledSchema()
                .replace("${codes_name}", unqualified(codesTable))
                .replace("${counters_name}", unqualified(countersTable))
                .replace("${codes}", codesTable)
                .replace("${counters}", countersTable);
    }

    private static String bundledSchema() {
        try (InputStream in = PostgresOtpStore.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unqualified(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    @Override
    public Optional<StoredOtp> get(String recipient, String appId) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(appId, "appId");
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(get)) {
                ps.setString(1, appId);
                ps.setString(2, recipient);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<StoredOtp>empty();
                }
            }
        });
    }

    @Override
    public void put(StoredOtp otp, Instant retainUntil) {
        write(put, otp, retainUntil);
    }

    @Override
    public boolean putIfAbsent(StoredOtp otp, Instant retainUntil) {
        return write(putIfAbsent, otp, retainUntil) == 1;
    }

    private int write(String sql, StoredOtp otp, Instant retainUntil) {
        Objects.requireNonNull(otp, "otp");
        Objects.requireNonNull(retainUntil, "retainUntil");
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, otp.appId());
                ps.setString(2, otp.recipient());
                bindFields(ps, 3, otp, retainUntil);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public boolean compareAndSet(StoredOtp expected, StoredOtp replacement, Instant retainUntil) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(retainUntil, "retainUntil");
        if (!expected.recipient().equals(replacement.recipient())
                || !expected.appId().equals(replacement.appId())) {
            throw new IllegalArgumentException("expected and replacement must have the same recipient and appId");
        }
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(compareAndSet)) {
                int next = bindFields(ps, 1, replacement, retainUntil);
                ps.setString(next, expected.appId());
                ps.setString(next + 1, expected.recipient());
                ps.setString(next + 2, expected.id());
                ps.setInt(next + 3, expected.attempts());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean compareAndDelete(StoredOtp expected) {
        Objects.requireNonNull(expected, "expected");
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(compareAndDelete)) {
                ps.setString(1, expected.appId());
                ps.setString(2, expected.recipient());
                ps.setString(3, expected.id());
                ps.setInt(4, expected.attempts());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public WindowedCount increment(String key, long delta, Duration window, Instant now) {
        OtpStore.requireIncrementArguments(key, delta, window, now);
        if (delta > 0) {
            OffsetDateTime at = utc(now);
            return run(c -> counter(c, incrementUp, key, delta, utc(now.plus(window)), at, delta, at))
                    .orElseThrow();
        }
        return run(c -> counter(c, incrementDown, delta, key, utc(now))).orElse(new WindowedCount(0, now));
    }

    @Override
    public Optional<WindowedCount> read(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        return run(c -> counter(c, read, key, utc(now)));
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        OffsetDateTime cutoff = utc(now);
        int removed = 0;
        for (String sql : new String[] {purgeCodes, purgeCounters}) {
            int batch;
            do {
                batch = run(c -> update(c, sql, cutoff, purgeBatch));
                removed += batch;
            } while (batch == purgeBatch);
        }
        return removed;
    }

    /**
     * Returns the database's {@code clock_timestamp()}, truncated to milliseconds.
     *
     * @return the database server's current instant; never empty
     * @throws IllegalStateException if the database cannot be reached
     */
    @Override
    public Optional<Instant> time() {
        return Optional.of(run(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT clock_timestamp()")) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MILLIS);
            }
        }));
    }

    /** Returns the configured table names, codes first. */
    String[] tables() {
        return new String[] {codesTable, countersTable};
    }

    private static Optional<WindowedCount> counter(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new WindowedCount(rs.getLong(1), instant(rs, 2))) : Optional.empty();
            }
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Binds the non-key fields from {@code first} on; returns the next parameter index. */
    private static int bindFields(PreparedStatement ps, int first, StoredOtp otp, Instant retainUntil)
            throws SQLException {
        ps.setString(first, otp.id());
        ps.setBytes(first + 1, otp.codeHash());
        ps.setInt(first + 2, otp.attempts());
        ps.setInt(first + 3, otp.maxAttempts());
        ps.setInt(first + 4, otp.maxSecondsValidity());
        ps.setObject(first + 5, utc(otp.createdAt()));
        ps.setObject(first + 6, utc(otp.updatedAt()));
        ps.setObject(first + 7, utc(otp.expiresAt()));
        ps.setObject(first + 8, utc(retainUntil));
        return first + 9;
    }

    private static StoredOtp row(ResultSet rs) throws SQLException {
        return new StoredOtp(
                rs.getString("recipient"),
                rs.getString("app_id"),
                rs.getString("id"),
                rs.getBytes("code_hash"),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                rs.getInt("max_seconds_validity"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs one operation in a transaction of its own, retrying serialization failures and deadlocks. */
    private <T> T run(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return runOnce(c, work);
            } catch (SQLException e) {
                if (!isRetryable(e) || attempt == MAX_TRIES) {
                    throw new IllegalStateException(
                            "database operation failed: SQLState " + e.getSQLState()
                                    + (attempt > 1 ? " after " + attempt + " tries" : ""),
                            e);
                }
                // back off a random 0.1 to 2 ms so racing nodes spread out
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000));
            }
        }
    }

    private static <T> T runOnce(Connection c, SqlWork<T> work) throws SQLException {
        if (c.getAutoCommit()) {
            return work.apply(c);
        }
        requireNoCallerTransaction(c);
        try {
            T result = work.apply(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void requireNoCallerTransaction(Connection c) throws SQLException {
        if (transactionOpen(c)) {
            throw new IllegalStateException("the connection is inside a transaction the caller started;"
                    + " PostgresOtpStore runs each operation in a transaction of its own and neither joins nor"
                    + " commits the caller's: give it a DataSource whose connections are not bound to"
                    + " application transactions");
        }
    }

    /**
     * Asks the PostgreSQL JDBC driver whether the connection is inside a transaction: its BaseConnection knows from
     * the server's ReadyForQuery status. Reflective, so the driver stays a run-time choice; a connection from another
     * driver, or one that cannot be unwrapped, is taken to be idle.
     */
    private static boolean transactionOpen(Connection c) throws SQLException {
        Class<?> base = null;
        for (ClassLoader loader : new ClassLoader[] {
            c.getClass().getClassLoader(),
            Thread.currentThread().getContextClassLoader(),
            PostgresOtpStore.class.getClassLoader()
        }) {
            try {
                base = Class.forName(PGJDBC_CONNECTION, false, loader);
                break;
            } catch (ClassNotFoundException | LinkageError e) {
                // not visible from this loader; try the next
            }
        }
        if (base == null || !c.isWrapperFor(base)) {
            return false;
        }
        try {
            Object state = base.getMethod("getTransactionState").invoke(c.unwrap(base));
            return !"IDLE".equals(String.valueOf(state));
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A builder for {@link PostgresOtpStore}; not thread-safe, use it from one thread.
     */
    public static final class Builder {
        private final DataSource dataSource;
        private String codesTable = DEFAULT_CODES_TABLE;
        private String countersTable = DEFAULT_COUNTERS_TABLE;
        private int purgeBatch = DEFAULT_PURGE_BATCH;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the table for codes; by default {@code septet_otp}.
         *
         * @param table an unquoted PostgreSQL identifier, optionally schema-qualified ({@code auth.otp_codes}):
         *     each part 1 to 63 characters of {@code a-z}, {@code 0-9} and {@code _}, not starting with a digit
         * @return this builder
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the name is not such an identifier
         */
        public Builder codesTable(String table) {
            this.codesTable = requireTable("codesTable", table);
            return this;
        }

        /**
         * Sets the table for windowed counters; by default {@code septet_otp_counter}.
         *
         * @param table an unquoted PostgreSQL identifier, optionally schema-qualified: each part 1 to 63 characters
         *     of {@code a-z}, {@code 0-9} and {@code _}, not starting with a digit
         * @return this builder
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the name is not such an identifier
         */
        public Builder countersTable(String table) {
            this.countersTable = requireTable("countersTable", table);
            return this;
        }

        /**
         * Sets how many rows one purge statement deletes at most, each batch in its own transaction, so purging
         * never holds many row locks or a long transaction; by default 1,000.
         *
         * @param rows the batch size, 1 to 100,000 inclusive
         * @return this builder
         * @throws IllegalArgumentException if the size is out of range
         */
        public Builder purgeBatchSize(int rows) {
            if (rows < 1 || rows > MAX_PURGE_BATCH) {
                throw new IllegalArgumentException(
                        "purgeBatchSize must be between 1 and " + MAX_PURGE_BATCH + " inclusive, was " + rows);
            }
            this.purgeBatch = rows;
            return this;
        }

        /**
         * Builds the store.
         *
         * @return a new store; never null
         * @throws IllegalArgumentException if both tables have the same name
         */
        public PostgresOtpStore build() {
            if (codesTable.equals(countersTable)) {
                throw new IllegalArgumentException("codesTable and countersTable must differ, both were " + codesTable);
            }
            return new PostgresOtpStore(this);
        }

        private static String requireTable(String setting, String table) {
            Objects.requireNonNull(table, setting);
            int dot = table.indexOf('.');
            boolean valid = dot < 0
                    ? isIdentifier(table, 0, table.length())
                    : isIdentifier(table, 0, dot) && isIdentifier(table, dot + 1, table.length());
            if (!valid) {
                throw new IllegalArgumentException(setting + " must be an unquoted identifier ([a-z_][a-z0-9_]*, at"
                        + " most " + MAX_IDENTIFIER + " characters), optionally schema-qualified, was \"" + table
                        + "\"");
            }
            return table;
        }

        private static boolean isIdentifier(String s, int from, int to) {
            if (to - from < 1 || to - from > MAX_IDENTIFIER) {
                return false;
            }
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                boolean letter = (c >= 'a' && c <= 'z') || c == '_';
                if (!letter && !(i > from && c >= '0' && c <= '9')) {
                    return false;
                }
            }
            return true;
        }
    }
}
