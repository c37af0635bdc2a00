/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.error;
import static dev.septet.cli.Cli.run;
import static dev.septet.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One method per bug found in the command line, named for its cause. */
class RegressionTest {
    @Test
    void numberWithAHugeExponentGetsAnErrorLineAndTheBatchGoesOn() {
        Cli.Result r = runWithInput(
                "{\"id\":1e99999999999,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n"
                        + "{\"id\":3,\"text\":\"c\",\"ignored\":-1e-99999999999}\n{\"id\":4,\"text\":\"d\"}\n",
                "analyze",
                "--jsonl");
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(r.status()).isZero();
        assertThat(lines).hasSize(4);
        assertThat(error(lines.get(0))).containsEntry("code", 125L).containsEntry("line", 1L);
        assertThat(lines.get(1)).containsEntry("id", 2L).containsEntry("parts", 1L);
        assertThat(error(lines.get(2))).containsEntry("line", 3L);
        assertThat(lines.get(3)).containsEntry("id", 4L);
    }

    @Test
    void millionDigitNumberIsRejectedByLengthAndTheBatchGoesOn() {
        String digits = "1".repeat(1_000_000);
        Cli.Result r = runWithInput(
                "{\"id\":" + digits + ",\"text\":\"a\"}\n{\"id\":2,\"text\":\"x\",\"udl\":" + digits
                        + "}\n{\"id\":3,\"text\":\"b\"}\n",
                "analyze",
                "--jsonl");
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(lines).hasSize(3);
        assertThat(error(lines.get(0))).containsEntry("name", "INVALID_JSON").containsEntry("line", 1L);
        assertThat((String) error(lines.get(0)).get("message")).contains("Number value length");
        assertThat(error(lines.get(1))).containsEntry("line", 2L);
        assertThat(lines.get(2)).containsEntry("id", 3L).containsEntry("parts", 1L);
    }

    @Test
    void thousandDigitNumberIsStillAnId() {
        String digits = "9".repeat(Json.MAX_NUMBER_LENGTH);
        Cli.Result r = runWithInput("{\"id\":" + digits + ",\"text\":\"a\"}\n", "analyze", "--jsonl");
        assertThat(r.out()).startsWith("{\"id\":" + digits + ",");
    }

    @Test
    void negativeUdlIsRejectedNotIgnored() {
        Cli.Result flag = run("decode", "--udl", "-5", "E8329BFD4697D9EC37");
        assertThat(flag.status()).isEqualTo(2);
        assertThat(flag.err()).contains("--udl must not be negative, was -5");
        Map<String, Object> line = runWithInput("{\"udl\":-5,\"userData\":\"E8329BFD4697D9EC37\"}", "decode", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(error(line))
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("field", "udl")
                .containsEntry("line", 1L);
        assertThat((String) error(line).get("message")).contains("\"udl\" must not be negative, was -5");
    }

    @Test
    void dcsOutOfRangeExitsWithTwoLikeEveryUsageError() {
        assertThat(run("decode", "--dcs", "256", "00").status()).isEqualTo(2);
        assertThat(run("analyze", "--max-parts", "0", "x").status()).isEqualTo(2);
        Map<String, Object> line = runWithInput("{\"dcs\":256,\"userData\":\"00\"}", "decode", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(error(line)).containsEntry("field", "dataCodingScheme").containsEntry("option", "\"dcs\"");
    }

    @Test
    void c1ControlsAndBidiOverridesFromAReceivedMessageAreEscaped() {
        // UCS-2: "a" CSI "2J" RLO "b" LRI "c" NEL
        Cli.Result r = run("decode", "--dcs", "8", "0061009B0032004A202E0062206600630085");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("Text:      a\\u009B2J\\u202Eb\\u2066c\\u0085")
                .doesNotContain("\u009B", "\u202E", "\u2066", "\u0085");
        Cli.Result analyze = run("analyze", "x\u202Ey\u001B[2J");
        assertThat(analyze.out()).contains("\\u202E", "\\u001B").doesNotContain("\u202E", "\u001B");
    }

    @Test
    void loneSurrogatesInJsonOutputAreEscapedNotReplaced() {
        Cli.Result r = run("decode", "--json", "--dcs", "8", "D800");
        assertThat(r.out()).contains("\"text\":\"\\ud800\"");
        assertThat(r.json()).containsEntry("text", "\uD800");
        assertThat(run("decode", "--json", "--dcs", "8", "D83DDE00").out()).contains("\"text\":\"\uD83D\uDE00\"");
        assertThat(run("decode", "--json", "--dcs", "8", "2028").out()).contains("\"text\":\"\\u2028\"");
    }

    @Test
    void longUnencodableTextListsTheFirstHundredCharactersAndTheCount() {
        String text = "\u4E2D".repeat(5_000);
        Cli.Result rejected = run("analyze", "--json", "--encoding", "gsm7", text);
        assertThat(rejected.status()).isEqualTo(1);
        assertThat(error(rejected.json())).containsEntry("nonGsmCount", 5_000L);
        assertThat((List<?>) error(rejected.json()).get("nonGsm")).hasSize(Results.MAX_LISTED);
        Cli.Result ucs2 = run("analyze", "--json", text);
        assertThat(ucs2.json()).containsEntry("nonGsmCount", 5_000L);
        assertThat((List<?>) ucs2.json().get("nonGsm")).hasSize(Results.MAX_LISTED);
        assertThat(run("analyze", text).out()).contains("... (5000 in all)");
        assertThat(run("analyze", "--json", "x\u00E7").json()).containsEntry("nonGsmCount", 1L);
    }

    @Test
    void gsm7PtPricesOnlyThePortugueseAndDefaultTablesWhateverNationalSays() {
        Map<String, Object> spanish = run("analyze", "--json", "--encoding", "gsm7-pt", "--national", "es", "hello")
                .json();
        assertThat(spanish).containsEntry("lockingShift", null).containsEntry("singleShift", "pt");
        Cli.Result turkish =
                run("analyze", "--json", "--encoding", "gsm7-pt", "--national", "tr", "\u015F\u011F hello");
        assertThat(turkish.status()).isEqualTo(1);
        assertThat(error(turkish.json())).containsEntry("name", "UNENCODABLE");
        List<Map<String, Object>> lines = runWithInput(
                        "{\"id\":1,\"text\":\"hello\",\"encoding\":\"gsm7-pt\",\"national\":\"es\"}\n"
                                + "{\"id\":2,\"text\":\"\u015F\u011F hello\",\"encoding\":\"gsm7-pt\",\"national\":[\"tr\"]}\n",
                        "analyze",
                        "--jsonl")
                .jsonLines();
        assertThat(lines.get(0)).containsEntry("singleShift", "pt").containsEntry("lockingShift", null);
        assertThat(error(lines.get(1))).containsEntry("name", "UNENCODABLE");
        assertThat(run("analyze", "--json", "--encoding", "gsm7-pt", "--national", "xx", "hello")
                        .status())
                .isEqualTo(2);
    }

    @Test
    void everyCommandChecksEveryOptionItIsGivenNotOnlyTheOnesItUses() {
        String[][] runs = {
            {"analyze", "--dcs", "256", "x"},
            {"analyze", "--udl", "-5", "x"},
            {"encode", "--dcs", "999", "x"},
            {"encode", "--udl", "-1", "x"},
            {"rules", "--dcs", "-1", "--to", "+33612345678", "--purpose", "transactional", "x"},
            {"decode", "--max-parts", "0", "00"},
            {"decode", "--encoding", "bogus", "00"},
            {"decode", "--national", "xx", "00"},
            {"decode", "--replacement", "\u4E2D\u6587", "00"},
        };
        String[] flags = {
            "--dcs",
            "--udl",
            "--dcs",
            "--udl",
            "--dcs",
            "--max-parts",
            "--encoding",
            "national language code 'xx'",
            "--replacement"
        };
        for (int i = 0; i < runs.length; i++) {
            Cli.Result r = run(runs[i]);
            assertThat(r.status()).as(String.join(" ", runs[i])).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", runs[i])).contains(flags[i]);
        }
        List<Map<String, Object>> analyze = runWithInput(
                        "{\"text\":\"x\",\"dcs\":256}\n{\"text\":\"x\",\"udl\":-5}\n", "analyze", "--jsonl")
                .jsonLines();
        assertThat(error(analyze.get(0))).containsEntry("option", "\"dcs\"").containsEntry("line", 1L);
        assertThat(error(analyze.get(1))).containsEntry("option", "\"udl\"").containsEntry("line", 2L);
        List<Map<String, Object>> decode = runWithInput(
                        "{\"userData\":\"00\",\"max-parts\":0}\n{\"userData\":\"00\",\"encoding\":\"bogus\"}\n",
                        "decode",
                        "--jsonl")
                .jsonLines();
        assertThat(error(decode.get(0))).containsEntry("field", "maxParts").containsEntry("line", 1L);
        assertThat(error(decode.get(1))).containsEntry("field", "encoding").containsEntry("line", 2L);
        assertThat(run("decode", "--replacement", "?", "--max-parts", "3", "00").status())
                .isZero();
    }

    @Test
    void aByteOrderMarkIsSkippedOnEveryFileAndStandardInputRoute() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] hello = concat(bom, "Hello\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.createTempFile("septet", ".txt");
        try {
            Files.write(file, hello);
            Map<String, Object> fromFile =
                    run("analyze", "--json", "--text-file", file.toString()).json();
            Map<String, Object> fromStdin = Cli.runWithBytes(hello, StandardCharsets.UTF_8, "analyze", "--json", "-")
                    .json();
            for (Map<String, Object> r : List.of(fromFile, fromStdin)) {
                assertThat(r)
                        .containsEntry("encoding", "GSM7")
                        .containsEntry("characters", 5L)
                        .containsEntry("nonGsmCount", 0L);
            }
            Files.write(file, concat(bom, "analyze --json Hello".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("@" + file).json()).containsEntry("characters", 5L);
            Files.write(file, concat(bom, "E8329BFD4697D9EC37\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("decode", "--json", "--text-file", file.toString()).json())
                    .containsEntry("text", "hellohello");
        } finally {
            Files.delete(file);
        }
        Cli.Result decoded = Cli.runWithBytes(
                concat(bom, "E8329BFD4697D9EC37\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                "decode",
                "--json",
                "-");
        assertThat(decoded.status()).isZero();
        assertThat(decoded.json()).containsEntry("text", "hellohello");
        assertThat(Cli.runWithBytes(
                                concat(bom, "{\"id\":1,\"text\":\"Hello\"}\n".getBytes(StandardCharsets.UTF_8)),
                                StandardCharsets.UTF_8,
                                "analyze",
                                "--jsonl")
                        .jsonLines()
                        .get(0))
                .containsEntry("characters", 5L);
        assertThat(run("analyze", "--json", "\uFEFFHello").json()).containsEntry("encoding", "UCS2");
    }

    @Test
    void controlsInOptionValuesAndArgumentsAreEscapedOnStandardError() {
        String csi = "\u001B[31m\u009B\u202E";
        List<Cli.Result> runs = List.of(
                run("analyze", "--encoding", "x" + csi, "a"),
                run("analyze", "--national", csi, "a"),
                run("analyze", "--encoding", "gsm7", "--replacement", csi, "a"),
                run("analyze", "--max-parts", csi, "a"),
                run("analyze", "--x" + csi, "a"),
                run("analyze", "--json", "--encoding", "x" + csi, "a"),
                Cli.runWithBytes(new byte[0], StandardCharsets.US_ASCII, "analyze", csi + "\uFFFD"));
        for (Cli.Result r : runs) {
            assertThat(r.status()).isNotZero();
            assertThat(r.err()).contains("\\u001B[31m\\u009B\\u202E").doesNotContain("\u001B", "\u009B", "\u202E");
        }
        assertThat(runs.get(5).json().toString()).contains(csi);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
