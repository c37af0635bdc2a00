/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import dev.septet.otp.OtpStore;
import dev.septet.otp.redis.RedisOtpStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/**
 * One real redis-server for the module's test run, on 127.0.0.1 and a free port, from the binary that
 * embedded-redis ships in its Maven Central jar; started on first use and stopped when the JVM exits.
 */
final class Redis {
    private static RedisServer server;
    private static int port;

    private Redis() {}

    private static synchronized int port() {
        if (server == null) {
            try {
                try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = probe.getLocalPort();
                }
                server = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RedisServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.stop();
                } catch (IOException e) {
                    // the JVM is exiting; nothing to do
                }
            }));
        }
        return port;
    }

    /** Returns a new pooled client of the server, for a test that writes to it directly. */
    static UnifiedJedis client() {
        return RedisClient.create("127.0.0.1", port());
    }

    /** Flushes the server and returns one store per node, each with its own pooled client. */
    static OtpStore[] emptyStores(int nodes) {
        try (UnifiedJedis jedis = RedisClient.create("127.0.0.1", port())) {
            jedis.flushAll();
        }
        OtpStore[] stores = new OtpStore[nodes];
        for (int i = 0; i < nodes; i++) {
            stores[i] = RedisOtpStore.create(RedisClient.create("127.0.0.1", port()));
        }
        return stores;
    }
}
