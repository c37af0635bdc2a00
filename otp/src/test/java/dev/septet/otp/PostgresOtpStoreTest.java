/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only {@link PostgresOtpStore} promises: transactions of its own, any isolation level, configurable tables,
 * batched purges, and a schema whose constraints match the ranges. The OtpStore contract itself runs in the test kit.
 */
class PostgresOtpStoreTest {
    static final String PHONE = "34666555444";
    static final Instant T0 = Instant.parse("2020-01-01T12:00:00Z");
    private static final byte[] SECRET =
            "a secret shared by both nodes, 32".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private int ids;

    @BeforeEach
    void empty() {
        Postgres.truncate();
    }

    private StoredOtp entry(String recipient) {
        ids++;
        return new StoredOtp(
                recipient, "", String.format("%032x", ids), new byte[32], 0, 3, 60, T0, T0, T0.plusSeconds(60));
    }

    private static int count(String sql) {
        try (Connection c = Postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void createSchemaIsIdempotentAndCreatesTheIndexes() {
        PostgresOtpStore.create(Postgres.dataSource()).createSchema();
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'septet_otp'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'septet_otp_counter'"))
                .isEqualTo(2);
    }

    @Test
    void worksOnConnectionsWithoutAutoCommitAndCommitsItsOwnWork() {
        PostgresOtpStore manual = PostgresOtpStore.create(TestDataSources.manualCommit(Postgres.dataSource()));
        StoredOtp otp = entry(PHONE);
        manual.put(otp, T0.plusSeconds(660));
        assertThat(PostgresOtpStore.create(Postgres.dataSource()).get(PHONE, ""))
                .contains(otp);
        assertThat(manual.compareAndDelete(otp)).isTrue();
        assertThat(count("SELECT count(*) FROM septet_otp")).isZero();
        assertThat(manual.increment("k", 2, Duration.ofHours(1), Instant.now()).value())
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM septet_otp_counter")).isEqualTo(1);
    }

    @Test
    void neverCommitsOrJoinsTheCallersTransaction() throws SQLException {
        try (Connection caller = Postgres.dataSource().getConnection()) {
            caller.setAutoCommit(false);
            try (Statement s = caller.createStatement()) {
                s.executeUpdate("INSERT INTO septet_otp_counter (key, value, window_end) VALUES ('caller', 1,"
                        + " now() + interval '1 hour')");
            }
            PostgresOtpStore bound = PostgresOtpStore.create(TestDataSources.bound(caller));
            assertThatThrownBy(() -> bound.put(entry(PHONE), T0.plusSeconds(660)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("transaction the caller started");
            assertThat(caller.getAutoCommit()).isFalse();
            caller.rollback();
        }
        assertThat(count("SELECT count(*) FROM septet_otp_counter"))
                .as("the caller's insert was not committed")
                .isZero();
        assertThat(count("SELECT count(*) FROM septet_otp")).isZero();
    }

    /*
     * Under REPEATABLE READ and SERIALIZABLE, racing statements on one row fail with SQLState 40001; the store retries
     * them. 64 threads increment one counter and compare-and-set one entry: every increment counts once, one CAS
     * wins. REPEATABLE READ runs with auto-commit on, SERIALIZABLE with it off, so both paths retry.
     */
    @Test
    void holdsUnderRepeatableReadAndSerializable() throws Exception {
        holdsAt(Connection.TRANSACTION_REPEATABLE_READ, true);
        holdsAt(Connection.TRANSACTION_SERIALIZABLE, false);
    }

    private void holdsAt(int isolation, boolean autoCommit) throws Exception {
        Postgres.truncate();
        DataSource isolated = TestDataSources.isolated(Postgres.dataSource(), isolation, autoCommit);
        PostgresOtpStore store = PostgresOtpStore.create(isolated);
        StoredOtp otp = entry(PHONE);
        store.put(otp, T0.plusSeconds(660));
        List<Long> values =
                race(64, t -> store.increment("k", 1, Duration.ofHours(1), T0).value());
        assertThat(values)
                .as("isolation %d, autoCommit %s", isolation, autoCommit)
                .doesNotHaveDuplicates()
                .hasSize(64)
                .allMatch(v -> v >= 1 && v <= 64);
        List<Boolean> wins = race(64, t -> store.compareAndSet(otp, otp.withAttemptAt(T0), T0.plusSeconds(660)));
        assertThat(wins).filteredOn(w -> w).hasSize(1);
        OtpService a = OtpService.builder(store)
                .secret(SECRET)
                .throttle(Throttle.none())
                .build();
        String code = a.generate(GenerateRequest.of("+1 555 000 1000").withMaxAttempts(10))
                .code();
        List<Boolean> valid =
                race(64, t -> a.check(CheckRequest.of("+1 555 000 1000", code)).valid());
        assertThat(valid).filteredOn(v -> v).hasSize(1);
    }

    private interface Task<T> {
        T run(int thread) throws Exception;
    }

    private static <T> List<T> race(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(thread);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tableNamesAreConfigurable() {
        PostgresOtpStore custom = PostgresOtpStore.builder(Postgres.dataSource())
                .codesTable("auth.otp_codes")
                .countersTable("auth.otp_counters")
                .build();
        Postgres.execute("CREATE SCHEMA IF NOT EXISTS auth");
        custom.createSchema();
        custom.createSchema();
        assertThat(custom.schemaSql())
                .contains(
                        "CREATE TABLE IF NOT EXISTS auth.otp_codes",
                        "CREATE INDEX IF NOT EXISTS otp_codes_retain_until ON auth.otp_codes")
                .doesNotContain("${");
        StoredOtp otp = entry(PHONE);
        custom.put(otp, T0.plusSeconds(660));
        custom.increment("k", 1, Duration.ofHours(1), T0);
        assertThat(custom.get(PHONE, "")).contains(otp);
        assertThat(count("SELECT count(*) FROM auth.otp_codes")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM auth.otp_counters")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM septet_otp")).isZero();
        assertThat(custom.purgeExpired(T0.plus(Duration.ofHours(1)))).isEqualTo(2);
    }

    @Test
    void tableNamesAreValidated() {
        PostgresOtpStore.Builder builder = PostgresOtpStore.builder(Postgres.dataSource());
        for (String bad : new String[] {
            "", "Otp", "1otp", "otp; DROP TABLE x", "a.b.c", "\"otp\"", "a".repeat(64), "otp-codes", "a."
        }) {
            assertThatThrownBy(() -> builder.codesTable(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("codesTable must be an unquoted identifier");
        }
        assertThatThrownBy(() -> builder.countersTable(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.codesTable("x").countersTable("x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> builder.purgeBatchSize(0))
                .hasMessage("purgeBatchSize must be between 1 and 100000 inclusive, was 0");
        assertThat(builder.codesTable("a".repeat(63))
                        .countersTable("s_1.c_2")
                        .purgeBatchSize(100_000)
                        .build()
                        .tables())
                .containsExactly("a".repeat(63), "s_1.c_2");
    }

    @Test
    void purgeDeletesEverythingDueInBoundedBatches() {
        PostgresOtpStore small = PostgresOtpStore.builder(Postgres.dataSource())
                .purgeBatchSize(7)
                .build();
        for (int i = 0; i < 50; i++) {
            small.put(entry(Integer.toString(1_000_000 + i)), T0.plusSeconds(660));
            small.increment("k" + i, 1, Duration.ofMinutes(1), T0);
        }
        small.put(entry(PHONE), T0.plusSeconds(661));
        assertThat(small.purgeExpired(T0.plusSeconds(660))).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM septet_otp")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM septet_otp_counter")).isZero();
    }

    @Test
    void theSchemaRejectsRowsOutsideTheRanges() {
        String row = "INSERT INTO septet_otp VALUES ('', '34666555444', '%s', '\\x%s', %d, %d, %d, now(), now(),"
                + " now(), now())";
        String id = "0123456789abcdef0123456789abcdef";
        String hash = "00".repeat(32);
        Postgres.execute(String.format(row, id, hash, 0, 3, 60));
        Postgres.truncate();
        String[] bad = {
            String.format(row, "x" + id.substring(1), hash, 0, 3, 60),
            String.format(row, id, "00".repeat(31), 0, 3, 60),
            String.format(row, id, hash, -1, 3, 60),
            String.format(row, id, hash, 4, 3, 60),
            String.format(row, id, hash, 0, 11, 60),
            String.format(row, id, hash, 0, 0, 60),
            String.format(row, id, hash, 0, 3, 29),
            String.format(row, id, hash, 0, 3, 601),
            "INSERT INTO septet_otp_counter VALUES ('k', -1, now())",
            "INSERT INTO septet_otp_counter VALUES ('', 1, now())"
        };
        for (String sql : bad) {
            assertThatThrownBy(() -> Postgres.execute(sql))
                    .as(sql)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause()
                    .hasMessageContaining("check constraint");
        }
    }

    @Test
    void theDatabaseClockIsTheDefaultClock() {
        PostgresOtpStore store = PostgresOtpStore.create(Postgres.dataSource());
        assertThat(store.time())
                .hasValueSatisfying(t ->
                        assertThat(Duration.between(Instant.now(), t).abs()).isLessThan(Duration.ofSeconds(5)));
    }

    @Test
    void theDatabaseClockIsReadInWholeMilliseconds() {
        PostgresOtpStore store = PostgresOtpStore.create(Postgres.dataSource());
        for (int i = 0; i < 20; i++) {
            assertThat(store.time().orElseThrow().getNano() % 1_000_000).isZero();
        }
    }

    @Test
    void schemaResourceIsShipped() {
        assertThat(PostgresOtpStore.create(Postgres.dataSource()).schemaSql())
                .contains(
                        "CREATE TABLE IF NOT EXISTS septet_otp (",
                        "PRIMARY KEY (app_id, recipient)",
                        "CREATE TABLE IF NOT EXISTS septet_otp_counter (");
    }
}
