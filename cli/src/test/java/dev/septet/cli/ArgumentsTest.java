/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments under a platform charset that cannot carry them: the in-process half. {@code CliProcessIT} runs the jar
 * under a real C locale.
 */
class ArgumentsTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("args"), content, StandardCharsets.UTF_8);
    }

    @Test
    void anArgumentTheJvmCouldNotDecodeIsAUsageErrorNamingTheWaysIn() {
        Cli.Result r = Cli.runWithBytes(new byte[0], StandardCharsets.US_ASCII, "analyze", "Ol\uFFFD\uFFFD");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("argument 2", "US-ASCII", "'-'", "--text-file", "@FILE");
    }

    @Test
    void anArgumentErrorInJsonModePrintsAnErrorObject() throws IOException {
        Cli.Result lost = Cli.runWithBytes(new byte[0], StandardCharsets.US_ASCII, "analyze", "--json", "Ol\uFFFD");
        assertThat(lost.status()).isEqualTo(2);
        assertThat(Cli.error(lost.json()))
                .containsEntry("code", 422L)
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("field", "arguments");
        assertThat((String) Cli.error(lost.json()).get("message")).contains("argument 3", "--text-file");
        Files.write(dir.resolve("args"), new byte[] {'a', ' ', (byte) 0xFF});
        Cli.Result notUtf8 = Cli.run("analyze", "--json", "@" + dir.resolve("args"));
        assertThat(notUtf8.status()).isEqualTo(2);
        assertThat(Cli.error(notUtf8.json()))
                .containsEntry("code", 125L)
                .containsEntry("name", "INVALID_UTF8")
                .containsEntry("offset", 2L);
        assertThat(Cli.runWithBytes(new byte[0], StandardCharsets.US_ASCII, "analyze", "Ol\uFFFD")
                        .out())
                .isEmpty();
    }

    @Test
    void aReplacementCharacterUnderUtf8IsJustText() {
        Cli.Result r = Cli.runWithBytes(new byte[0], StandardCharsets.UTF_8, "analyze", "--json", "\uFFFD");
        assertThat(r.status()).isZero();
        assertThat(r.json()).containsEntry("encoding", "UCS2");
    }

    @Test
    void anArgumentFileIsReadAsUtf8WhateverThePlatformCharset() throws IOException {
        Path args = file("# a comment line\nanalyze --json\n\"Ol\u00E1 [mundo]\" --max-parts 1\n");
        Cli.Result r = Cli.runWithBytes(new byte[0], StandardCharsets.US_ASCII, "@" + args);
        assertThat(r.status()).isZero();
        assertThat(r.json()).containsEntry("characters", 11L).containsEntry("encoding", "UCS2");
    }

    @Test
    void argumentFilesQuoteAndEscape() throws IOException {
        assertThat(Arguments.readFile(file("a 'b c' \"d \\\"e\\\"\" f#g\n  # note\nh")))
                .containsExactly("a", "b c", "d \"e\"", "f#g", "h");
        assertThatThrownBy(() -> Arguments.readFile(file("'open")))
                .isInstanceOf(Failure.class)
                .hasMessageContaining("unclosed");
        Files.write(dir.resolve("args"), new byte[] {'a', ' ', (byte) 0xFF});
        assertThatThrownBy(() -> Arguments.readFile(dir.resolve("args")))
                .isInstanceOf(Failure.class)
                .hasMessageContaining("byte offset 2");
    }

    @Test
    void doubleAtAndArgumentsAfterTheEndOfOptionsStayLiteral() throws IOException {
        Path args = file("analyze");
        String[] out = Arguments.prepare(new String[] {"@@x", "@", "--", "@" + args}, StandardCharsets.UTF_8);
        assertThat(out).containsExactly("@x", "@", "--", "@" + args);
        assertThat(Arguments.prepare(new String[] {"@" + args}, StandardCharsets.UTF_8))
                .containsExactly("analyze");
    }

    @Test
    void anAtSignThatNamesNoFileIsText() {
        Cli.Result r = Cli.run("analyze", "--json", "@" + dir.resolve("team") + " see you");
        assertThat(r.status()).isZero();
        assertThat(Cli.run("analyze", "--json", "@team").json()).containsEntry("characters", 5L);
        assertThat(Cli.run("analyze", "--json", "@@team").json()).containsEntry("characters", 5L);
    }

    @Test
    void argumentsFromAFileAreCheckedLikeAnyOthers() throws IOException {
        Path args = file("analyze");
        Cli.Result directory = Cli.run("@" + args.getParent());
        assertThat(directory.status()).isEqualTo(2);
        assertThat(directory.err()).contains("unknown command");
        assertThat(Cli.run("@" + args).status()).isEqualTo(2);
        assertThat(Cli.run("@" + args).err()).contains("missing TEXT");
    }
}
