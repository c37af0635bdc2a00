/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/**
 * One real redis-server for the whole test run, on 127.0.0.1 and a free port: the Linux binary that
 * com.github.codemonstur:embedded-redis ships inside its Maven Central jar, started on first use and stopped when
 * the JVM exits. Nothing needs installing by hand, and nothing but the loopback address is used.
 */
final class Redis {
    private static RedisServer server;
    private static int port;

    private Redis() {}

    /** Returns the port of the started server. */
    static synchronized int port() {
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

    /** Returns a new pooled client, as a node would create one. */
    static UnifiedJedis client() {
        return RedisClient.create("127.0.0.1", port());
    }

    /** Returns a client on a flushed server. */
    static UnifiedJedis flushedClient() {
        UnifiedJedis jedis = client();
        jedis.flushAll();
        return jedis;
    }
}
