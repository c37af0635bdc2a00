/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of core: module {@code dev.septet.sms} exports exactly its one
 * public package, unqualified, and requires nothing but {@code java.base}. Read from
 * {@code target/classes} (its {@code module-info.class}), relative to the module directory surefire runs in.
 */
class ModuleDescriptorTest {
    /** The exploded module; ModuleFinder also scans its directories for the packages it holds. */
    private static ModuleDescriptor descriptor() {
        Path classes = Path.of("target", "classes");
        assertThat(classes.resolve("module-info.class"))
                .as("compiled before tests run")
                .isRegularFile();
        return ModuleFinder.of(classes).findAll().stream()
                .map(ModuleReference::descriptor)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void isNamedDevSeptetSms() {
        assertThat(descriptor().name()).isEqualTo("dev.septet.sms");
    }

    @Test
    void exportsExactlyThePublicApiPackage() {
        assertThat(descriptor().exports()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("dev.septet.sms");
            assertThat(e.isQualified()).as("exported to everyone").isFalse();
        });
        assertThat(descriptor().opens()).isEmpty();
    }

    @Test
    void requiresOnlyJavaBase() {
        assertThat(descriptor().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactly("java.base");
    }

    @Test
    void theOnlyPackageIsTheExportedOne() {
        assertThat(descriptor().packages()).containsExactly("dev.septet.sms");
    }
}
