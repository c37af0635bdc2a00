/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports exactly {@code dev.septet.otp.redis} and requires otp and Jedis. */
class ModuleDescriptorTest {

    @Test
    void exportsExactlyTheApiPackageAndRequiresOtpAndJedis() throws IOException {
        Path classes = Path.of(RedisOtpStore.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("dev.septet.otp.redis");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.septet.otp.redis");
        assertThat(d.packages()).containsExactly("dev.septet.otp.redis");
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "dev.septet.otp", "redis.clients.jedis");
    }
}
