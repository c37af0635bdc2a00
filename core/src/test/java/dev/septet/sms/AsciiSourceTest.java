/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything under {@code core/src/main} is ASCII, so table characters are written as escapes with
 * their Unicode names and no build depends on the platform encoding. Surefire runs in the module directory.
 */
class AsciiSourceTest {
    @Test
    void everyMainSourceFileIsAscii() throws IOException {
        Path main = Path.of("src", "main");
        assertThat(main).as("run from the core module directory").isDirectory();
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(main)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int line = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                } else if (bytes[i] < 0) { // a byte of 0x80 or more
                    offenders.add(String.format("%s:%d: byte 0x%02X", file, line, bytes[i] & 0xFF));
                    break;
                }
            }
        }
        assertThat(files).as("main sources found").isNotEmpty();
        assertThat(offenders).isEmpty();
    }
}
