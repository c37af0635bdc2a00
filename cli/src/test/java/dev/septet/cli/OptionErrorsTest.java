/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.error;
import static dev.septet.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Option errors name the flag, say the rule they apply, and exit with 2. */
class OptionErrorsTest {
    @Test
    void maxPartsErrorNamesTheFlag() {
        Cli.Result r = run("analyze", "--max-parts", "0", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--max-parts must be 1 to 255, was 0").doesNotContain("maxParts");
        Cli.Result json = run("analyze", "--json", "--max-parts", "256", "x");
        assertThat(error(json.json())).containsEntry("option", "--max-parts").containsEntry("code", 422L);
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        Cli.Result r = run("analyze", "--max-part", "3", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--max-part'", "--max-parts");
    }

    @Test
    void aWholeNumberOptionNamesItselfWhenItIsNotOne() {
        Cli.Result r = run("encode", "--reference", "ten", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--reference", "needs a whole number", "'ten'");
    }

    @Test
    void aMalformedOptionValueInJsonModePrintsAnErrorObject() {
        String[][] runs = {
            {"analyze", "--json", "--max-parts", "abc", "x"},
            {"analyze", "--json", "--max-parts", "99999999999", "x"},
            {"decode", "--json", "--dcs", "x", "00"},
            {"encode", "--json", "--reference", "1.5", "x"},
            {"rules", "--json", "--udl", "0x", "x"},
        };
        String[][] named = {
            {"--max-parts", "maxParts", "'abc'"},
            {"--max-parts", "maxParts", "'99999999999'"},
            {"--dcs", "dataCodingScheme", "'x'"},
            {"--reference", "reference", "'1.5'"},
            {"--udl", "udl", "'0x'"},
        };
        for (int i = 0; i < runs.length; i++) {
            Cli.Result r = run(runs[i]);
            assertThat(r.status()).as(runs[i][2]).isEqualTo(2);
            assertThat(r.json()).containsOnlyKeys("error");
            assertThat(error(r.json()))
                    .containsEntry("code", 422L)
                    .containsEntry("name", "INVALID_OPTION")
                    .containsEntry("option", named[i][0])
                    .containsEntry("field", named[i][1]);
            assertThat((String) error(r.json()).get("message")).contains(named[i][0], named[i][2]);
            assertThat(r.err()).contains("Invalid value for option '" + named[i][0] + "'");
        }
        assertThat(error(run("analyze", "--json", "--max-parts").json())).containsEntry("option", "--max-parts");
        assertThat(error(run("analyze", "--json", "--bogus", "x").json())).containsEntry("option", "--bogus");
        assertThat(run("analyze", "--max-parts", "abc", "x").out()).isEmpty();
        assertThat(run("analyze", "--max-parts", "abc", "--", "--json").out()).isEmpty();
    }

    @Test
    void everyOtherUsageErrorInJsonModePrintsAnErrorObjectToo() {
        Cli.Result missing = run("analyze", "--json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(error(missing.json()))
                .containsEntry("name", "TEXT_MISSING")
                .containsEntry("field", "text")
                .containsEntry("message", "missing TEXT");
        assertThat(missing.err()).contains("missing TEXT");
        assertThat(error(run("decode", "--json").json()))
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("field", "userData");
        assertThat(error(run("encode", "--json", "a", "b").json()))
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("field", "text");
        assertThat(error(run("analyze", "--json", "--text-file", "x.txt", "a").json()))
                .containsEntry("option", "--text-file");
        assertThat(run("analyze").out())
                .as("without --json, standard output stays empty")
                .isEmpty();
    }

    @Test
    void replacementAcceptsExtensionCharactersAndSaysSo() {
        Cli.Result euro = run("analyze", "--json", "--encoding", "gsm7", "--replacement", "\u20AC", "\u4E2D");
        assertThat(euro.status()).isZero();
        assertThat(euro.json()).containsEntry("units", 2L);
        Cli.Result acute = run("analyze", "--encoding", "gsm7", "--replacement", "\u00E1", "x");
        assertThat(acute.status()).isEqualTo(2);
        assertThat(acute.err())
                .contains("--replacement must be a character of the GSM 7-bit default alphabet or its "
                        + "extension table, was '\u00E1' (U+00E1)");
        assertThat(run("analyze", "--encoding", "gsm7", "--replacement", "", "x")
                        .err())
                .contains("--replacement needs exactly one character");
    }

    @Test
    void nationalEncodingWithoutALanguageIsAUsageErrorNamingTheFlags() {
        for (String command : new String[] {"analyze", "encode"}) {
            Cli.Result r = run(command, "--json", "--encoding", "gsm7-national", "x");
            assertThat(r.status()).as(command).isEqualTo(2);
            assertThat(error(r.json()))
                    .containsEntry("code", 422L)
                    .containsEntry("name", "INVALID_OPTION")
                    .containsEntry("option", "--national");
            assertThat((String) error(r.json()).get("message"))
                    .contains("--encoding gsm7-national", "--national")
                    .doesNotContain("GSM7_NATIONAL");
        }
        assertThat(run(
                                "rules",
                                "--encoding",
                                "gsm7-national",
                                "--to",
                                "+33612345678",
                                "--purpose",
                                "marketing",
                                "--at",
                                "2026-12-07T10:00:00Z",
                                "x")
                        .status())
                .isEqualTo(2);
        Map<String, Object> line = Cli.runWithInput(
                        "{\"id\":1,\"text\":\"x\",\"encoding\":\"gsm7-national\"}\n", "analyze", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(error(line)).containsEntry("code", 422L).containsEntry("line", 1L);
        assertThat((String) error(line).get("message")).contains("\"encoding\" gsm7-national");
        assertThat(run("analyze", "--json", "--encoding", "gsm7-national", "--national", "pt", "x")
                        .status())
                .isZero();
    }

    @Test
    void badHexIsAUsageError() {
        Cli.Result r = run("decode", "0G");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("HEX is not hexadecimal: 'G' at index 1");
        assertThat(run("decode", "ABC").status()).isEqualTo(2);
        assertThat(error(run("decode", "--json", "0G").json())).containsEntry("index", 1L);
    }

    @Test
    void dcsOutOfRangeIsAUsageError() {
        Cli.Result r = run("decode", "--dcs", "256", "00");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--dcs must be 0 to 255, was 256");
        assertThat(run("decode", "--dcs", "-1", "00").status()).isEqualTo(2);
    }

    @Test
    void aTextStartingWithADashWorksAfterTheEndOfOptions() {
        Cli.Result r = run("analyze", "--json", "--", "-5% today");
        assertThat(r.status()).isZero();
        assertThat(r.json()).containsEntry("characters", 9L);
        Cli.Result without = run("analyze", "-5% today");
        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).contains("goes after '--'");
        assertThat(run("--help").out()).contains("A TEXT that starts with '-' goes after '--'");
    }

    @Test
    void versionAndHelpExitWithZero() {
        assertThat(run("--version").out()).startsWith("septet ");
        assertThat(run("analyze", "--help").out()).contains("--max-parts", "--text-file");
        assertThat(run("help", "decode").out()).contains("--udhi");
    }

    @Test
    void everyCommandPrintsTheVersionItsHelpOffers() {
        String version = run("--version").out();
        for (String command : new String[] {"analyze", "encode", "decode", "rules"}) {
            Cli.Result r = run(command, "--version");
            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("septet ").isEqualTo(version);
            assertThat(run(command, "--help").out()).contains("--version");
        }
    }

    @Test
    void textFileReadsTheInputAsUtf8() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("septet", ".txt");
        try {
            java.nio.file.Files.writeString(file, "Ol\u00E1\n", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(run("analyze", "--json", "--text-file", file.toString()).json())
                    .containsEntry("encoding", "UCS2")
                    .containsEntry("characters", 3L);
            assertThat(run("analyze", "--text-file", file.toString(), "x").status())
                    .isEqualTo(2);
            assertThat(run("analyze", "--text-file", file + ".missing").status())
                    .isEqualTo(2);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void anUnknownCommandListsEveryCommand() {
        Cli.Result r = run("rule", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'rule'; expected analyze, encode, decode or rules");
    }

    @Test
    void anUnknownCommandInJsonModePrintsAnErrorObject() {
        Cli.Result r = run("analyse", "--json", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.json()).containsOnlyKeys("error");
        assertThat(error(r.json()))
                .containsEntry("code", 422L)
                .containsEntry("name", "INVALID_OPTION")
                .doesNotContainKey("option");
        assertThat((String) error(r.json()).get("message")).startsWith("unknown command 'analyse'");
        assertThat(run("analyse", "x").out()).isEmpty();
    }

    @Test
    void anUnreadableFileIsNamedWithItsReasonNotAnExceptionClass() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("septet-cli");
        try {
            String missing = dir.resolve("missing.txt").toString();
            assertThat(error(run("analyze", "--json", "--text-file", missing).json()))
                    .containsEntry("message", "cannot read " + missing + ": no such file");
            Cli.Result directory = run("analyze", "--text-file", dir.toString());
            assertThat(directory.status()).isEqualTo(2);
            assertThat(directory.err()).contains("cannot read " + dir).doesNotContain("Exception");
            Cli.Result arguments = run("analyze", "@" + missing);
            assertThat(arguments.err()).doesNotContain("Exception");
        } finally {
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void hexMaySpanLinesAsXxdWritesIt() {
        // "hello" packed, written over two lines as xxd -p would wrap a longer message
        Cli.Result r = Cli.runWithInput("e832\n9bfd\r\n06\n", "decode", "--json", "--udl", "5", "-");
        assertThat(r.status()).isZero();
        assertThat(r.json()).containsEntry("text", "hello");
    }
}
