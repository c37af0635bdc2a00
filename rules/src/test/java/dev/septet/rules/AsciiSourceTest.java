/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Main sources and resources are ASCII-only, so no build or editor encoding can change them. */
class AsciiSourceTest {
    @Test
    void mainSourcesAreAscii() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> {
                        try {
                            for (byte b : Files.readAllBytes(p)) {
                                if (b < 0) {
                                    return true;
                                }
                            }
                            return false;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertThat(offenders).isEmpty();
        assertThat(Path.of("src/main/java/dev/septet/rules/PreSendCheck.java")).exists();
    }
}
