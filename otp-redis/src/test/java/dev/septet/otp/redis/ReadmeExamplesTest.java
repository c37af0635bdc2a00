/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.otp.CheckRequest;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The README's Redis store example, verbatim, run against the test redis-server; the README must still hold it. */
class ReadmeExamplesTest {
    private static final String SNIPPET = """
            ```java
            RedisOtpStore store = RedisOtpStore.create(RedisClient.create(host, port));   // a pooled Jedis client
            OtpService otp = OtpService.builder(store).secret(secretBytes).build();       // the Redis server's TIME is the clock
            ```
            """;

    @Test
    void redisExampleRunsAndIsInTheReadme() throws IOException {
        String host = "127.0.0.1";
        int port = Redis.port();
        byte[] secretBytes = new byte[32];
        RedisOtpStore store = RedisOtpStore.create(RedisClient.create(host, port));   // a pooled Jedis client
        OtpService otp = OtpService.builder(store).secret(secretBytes).build();       // the Redis server's TIME is the clock
        var generated = otp.generate(GenerateRequest.of("+34 666 555 444").withAppId("readme"));
        assertThat(Duration.between(Instant.now(), generated.otp().createdAt()).abs())
                .isLessThan(Duration.ofSeconds(5));
        assertThat(otp.check(CheckRequest.of("0034 666 555 444", generated.code()).withAppId("readme")).valid())
                .isTrue();
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(SNIPPET);
        String source = Files.readString(Path.of("src/test/java/dev/septet/otp/redis/ReadmeExamplesTest.java"));
        for (String line : SNIPPET.lines().filter(l -> !l.startsWith("```")).toList()) {
            assertThat(source).as("the test runs the snippet's line").contains("        " + line + "\n");
        }
    }
}
