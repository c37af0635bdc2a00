/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of the command line, read from {@code target/classes}: module {@code dev.septet.cli}
 * has one package, reaches core and the rules through their public APIs only, and opens its package to picocli
 * alone.
 */
class ModuleDescriptorTest {
    private static ModuleDescriptor descriptor() {
        Path classes = Path.of("target", "classes");
        assertThat(classes.resolve("module-info.class")).as("compiled before tests run").isRegularFile();
        return ModuleFinder.of(classes).findAll().stream().map(ModuleReference::descriptor).findFirst()
                .orElseThrow();
    }

    @Test
    void isNamedDevSeptetCliWithOnePackage() {
        assertThat(descriptor().name()).isEqualTo("dev.septet.cli");
        assertThat(descriptor().packages()).containsExactly("dev.septet.cli");
    }

    @Test
    void requiresCoreRulesPicocliAndJacksonOnly() {
        Set<String> requires = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(requires).containsExactlyInAnyOrder("java.base", "dev.septet.sms", "dev.septet.rules",
                "info.picocli", "com.fasterxml.jackson.databind");
    }

    @Test
    void opensItsPackageToPicocliOnly() {
        assertThat(descriptor().opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("dev.septet.cli");
            assertThat(o.targets()).containsExactly("info.picocli");
        });
    }
}
