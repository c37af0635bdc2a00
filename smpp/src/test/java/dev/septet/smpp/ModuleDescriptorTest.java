/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports exactly {@code dev.septet.smpp} and requires only core, jsmpp and the JDK.
 * Read from the class file, since the tests run on the class path.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws IOException {
        Path classes = Path.of(SmppSender.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsExactlyTheApiPackage() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("dev.septet.smpp");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.septet.smpp");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(d.opens()).isEmpty();
    }

    @Test
    void requiresCoreJsmppAndTheJdkOnly() throws IOException {
        assertThat(descriptor().requires().stream()
                        .map(r -> r.name()
                                + (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)
                                        ? " transitive"
                                        : ""))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "dev.septet.sms transitive", "jsmpp transitive");
    }

    @Test
    void everyPublicTypeIsInTheExportedPackage() throws IOException {
        assertThat(descriptor().packages()).containsExactly("dev.septet.smpp");
    }

    @Test
    void mainSourcesAreAscii() throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(Path.of("src", "main"))) {
            assertThat(walk.filter(Files::isRegularFile).collect(Collectors.toList()))
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(
                                    new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                                            .chars()
                                            .filter(c -> c > 0x7F)
                                            .count())
                            .as("bytes above 0x7F in %s", file)
                            .isZero());
        }
    }
}
