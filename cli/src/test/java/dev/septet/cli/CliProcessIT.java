/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code cli/target/septet.jar} run as users run it, in a new JVM under the C locale, where the JVM
 * decodes the command line as ASCII.
 */
class CliProcessIT {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private static Path jar() {
        return Path.of(System.getProperty("septet.jar", "target/septet.jar")).toAbsolutePath();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code java ARGS} with LANG=C and LC_ALL=C, feeding {@code stdin}. */
    private Run cLocale(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("LC_")
                        || k.equals("LANG")
                        || k.equals("JAVA_TOOL_OPTIONS")
                        || k.equals("JDK_JAVA_OPTIONS"));
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin);
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run septet(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-jar", jar().toString()));
        all.addAll(List.of(args));
        return cLocale(stdin, all.toArray(new String[0]));
    }

    @Test
    void theJvmReallyLosesNonAsciiArgumentsUnderTheCLocale() throws Exception {
        Run r = septet(new byte[0], "analyze", "Ol\u00E1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("could not decode", "--text-file", "@FILE", "standard input");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anArgumentFileCarriesNonAsciiTextUnderTheCLocale() throws Exception {
        Path args = Files.writeString(
                dir.resolve("args.txt"), "analyze --json \"Ol\u00E1 [mundo] \uD83D\uDC4B\"\n", StandardCharsets.UTF_8);
        Run r = septet(new byte[0], "@" + args);
        assertThat(r.status()).isZero();
        Map<String, Object> json = Cli.object(r.out().strip());
        assertThat(json).containsEntry("encoding", "UCS2").containsEntry("characters", 13L);
        assertThat(r.out()).contains("\"char\":\"\u00E1\"", "\"char\":\"\uD83D\uDC4B\"");
    }

    @Test
    void standardInputAndTextFilesAreUtf8UnderTheCLocale() throws Exception {
        Run stdin = septet("Ol\u00E1\n".getBytes(StandardCharsets.UTF_8), "analyze", "--json", "-");
        assertThat(Cli.object(stdin.out().strip()))
                .containsEntry("characters", 3L)
                .containsEntry("encoding", "UCS2");
        Path text = Files.writeString(dir.resolve("text.txt"), "\u20AC5", StandardCharsets.UTF_8);
        Run file = septet(new byte[0], "analyze", "--json", "--text-file", text.toString());
        assertThat(Cli.object(file.out().strip())).containsEntry("units", 3L);
        Run human = septet(new byte[0], "decode", "--dcs", "8", "00E1");
        assertThat(human.out()).contains("Text:      \u00E1");
    }

    @Test
    void theJavaLaunchersArgumentFileWorksUnderTheCLocale() throws Exception {
        Path launcherArgs = Files.writeString(
                dir.resolve("java-args"), "-jar " + jar() + " analyze --json hello\n", StandardCharsets.UTF_8);
        Run r = cLocale(new byte[0], "@" + launcherArgs);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Cli.object(r.out().strip())).containsEntry("characters", 5L);
    }

    @Test
    void theJarPrintsItsVersionAndRunsTheQuickStart() throws Exception {
        assertThat(septet(new byte[0], "--version").out()).startsWith("septet ");
        Run r = septet(new byte[0], "analyze", "hello");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Parts:       1 (160 septets per part");
    }
}
