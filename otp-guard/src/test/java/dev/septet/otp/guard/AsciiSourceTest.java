/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Main sources are ASCII-only, so no build or editor encoding can change them. */
class AsciiSourceTest {
    @Test
    void mainSourcesAreAscii() throws IOException {
        List<Path> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!StandardCharsets.US_ASCII.newEncoder().canEncode(Files.readString(p, StandardCharsets.UTF_8))) {
                    offenders.add(p);
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(Path.of("src/main/java/dev/septet/otp/guard/Guard.java")).exists();
    }
}
