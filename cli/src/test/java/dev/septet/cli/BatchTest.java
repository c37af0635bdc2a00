/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.error;
import static dev.septet.cli.Cli.run;
import static dev.septet.cli.Cli.runWithBytes;
import static dev.septet.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --jsonl} batches: references per run, options per line, line numbers, piping encode into decode. */
class BatchTest {
    private static final String LONG = "a".repeat(200);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parts(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("parts");
    }

    private static String udh(Map<String, Object> result) {
        return (String) parts(result).get(0).get("udh");
    }

    @Test
    void eachMultiPartMessageOfARunTakesTheNextReference() {
        String input = "{\"id\":1,\"text\":\"" + LONG + "\"}\n{\"id\":2,\"text\":\"short\"}\n{\"id\":3,\"text\":\""
                + LONG + "\"}\n";
        List<Map<String, Object>> lines =
                runWithInput(input, "encode", "--jsonl").jsonLines();
        assertThat(udh(lines.get(0))).isEqualTo("050003000201");
        assertThat(udh(lines.get(1))).isEmpty();
        assertThat(udh(lines.get(2))).isEqualTo("050003010201");
    }

    @Test
    void theReferenceFlagSetsWhereTheRunStartsAndWraps() {
        String input = ("{\"text\":\"" + LONG + "\"}\n").repeat(2);
        List<Map<String, Object>> lines =
                runWithInput(input, "encode", "--jsonl", "--reference", "255").jsonLines();
        assertThat(udh(lines.get(0))).isEqualTo("050003FF0201");
        assertThat(udh(lines.get(1))).isEqualTo("050003000201");
        List<Map<String, Object>> wide = runWithInput(input, "encode", "--jsonl", "--ref16", "--reference", "0x1234")
                .jsonLines();
        assertThat(udh(wide.get(1))).isEqualTo("06080412350201");
    }

    @Test
    void aLinesReferenceIsHonouredAndLeavesTheCounterAlone() {
        String input = "{\"text\":\"" + LONG + "\",\"reference\":7}\n{\"text\":\"" + LONG + "\"}\n";
        List<Map<String, Object>> lines =
                runWithInput(input, "encode", "--jsonl", "--reference", "40").jsonLines();
        assertThat(udh(lines.get(0))).isEqualTo("050003070201");
        assertThat(udh(lines.get(1))).isEqualTo("050003280201");
    }

    @Test
    void lineOptionsUseTheFlagNamesAndOverrideTheFlags() {
        String input = String.join(
                "\n",
                "{\"id\":\"n\",\"text\":\"A\u00E7\u00E3o\",\"national\":\"pt\"}",
                "{\"id\":\"m\",\"text\":\"" + "a".repeat(161) + "\",\"max-parts\":1}",
                "{\"id\":\"c\",\"text\":\"" + "a".repeat(161) + "\",\"maxParts\":1}",
                "{\"id\":\"e\",\"text\":\"hi\",\"encoding\":\"ucs2\"}",
                "{\"id\":\"a\",\"text\":\"hi\",\"national\":[\"tr\",\"es\"],\"smart\":true,\"nfc\":true,\"ref16\":false}",
                "{\"id\":\"d\",\"text\":\"hi\"}");
        List<Map<String, Object>> lines =
                runWithInput(input, "analyze", "--jsonl", "--encoding", "gsm7").jsonLines();
        assertThat(lines.get(0)).containsEntry("id", "n").containsEntry("lockingShift", "pt");
        assertThat(error(lines.get(1))).containsEntry("name", "TOO_MANY_PARTS").containsEntry("line", 2L);
        assertThat(error(lines.get(2))).containsEntry("name", "TOO_MANY_PARTS");
        assertThat(lines.get(3)).containsEntry("encoding", "UCS2");
        assertThat(lines.get(4)).containsEntry("encoding", "GSM7");
        assertThat(lines.get(5)).containsEntry("encoding", "GSM7");
    }

    @Test
    void unknownFieldsAndBadValuesGetAnErrorLineWithTheLineNumber() {
        String input = String.join(
                "\n",
                "{\"id\":1,\"text\":\"hi\",\"colour\":\"red\"}",
                "",
                "{\"id\":3,\"text\":\"hi\",\"max-parts\":0}",
                "{\"id\":4,\"text\":\"hi\",\"max-parts\":1,\"maxParts\":2}",
                "{\"id\":5,\"text\":\"hi\",\"smart\":\"yes\"}",
                "{\"id\":6,\"text\":\"hi\",\"national\":\"xx\"}",
                "{\"id\":7,\"text\":\"hi\"}");
        Cli.Result r = runWithInput(input, "analyze", "--jsonl");
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(r.status()).isZero();
        assertThat(lines).hasSize(6);
        assertThat(error(lines.get(0)))
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("code", 422L)
                .containsEntry("field", "colour")
                .containsEntry("line", 1L);
        assertThat((String) error(lines.get(0)).get("message")).contains("unknown field \"colour\"", "max-parts");
        assertThat(error(lines.get(1))).containsEntry("line", 3L).containsEntry("field", "maxParts");
        assertThat((String) error(lines.get(1)).get("message")).startsWith("\"max-parts\" must be 1 to 255");
        assertThat((String) error(lines.get(2)).get("message")).contains("\"max-parts\"", "\"maxParts\"");
        assertThat((String) error(lines.get(3)).get("message")).contains("smart", "true or false");
        assertThat(error(lines.get(4))).containsEntry("field", "national").containsEntry("line", 6L);
        assertThat(lines.get(5)).containsEntry("id", 7L).containsEntry("parts", 1L);
    }

    @Test
    void aWrongTypedLineFieldNamesTheFieldAsOptionAndTheApiNameAsField() {
        String[][] keys = {
            {"encoding", "encoding"},
            {"national", "national"},
            {"max-parts", "maxParts"},
            {"maxParts", "maxParts"},
            {"ref16", "reference16"},
            {"reference16", "reference16"},
            {"replace-lone-surrogates", "replaceLoneSurrogates"},
            {"replaceLoneSurrogates", "replaceLoneSurrogates"},
            {"replacement", "replacement"},
            {"smart", "smartEncoding"},
            {"smartEncoding", "smartEncoding"},
            {"nfc", "normalizeNfc"},
            {"normalizeNfc", "normalizeNfc"},
            {"format", "septetFormat"},
            {"septetFormat", "septetFormat"},
            {"packed", "septetFormat"},
            {"unpacked", "septetFormat"},
            {"reference", "reference"},
            {"cr-padding", "crPadding"},
            {"crPadding", "crPadding"},
            {"dcs", "dataCodingScheme"},
            {"dataCodingScheme", "dataCodingScheme"},
            {"udhi", "udhi"},
            {"udl", "udl"},
            {"strict", "strict"},
        };
        StringBuilder input = new StringBuilder();
        for (String[] key : keys) {
            input.append("{\"text\":\"a\",\"").append(key[0]).append("\":{}}\n");
        }
        input.append("{\"text\":\"a\",\"max-parts\":\"5\"}\n{\"text\":\"a\",\"ref16\":\"yes\"}\n");
        List<Map<String, Object>> lines =
                runWithInput(input.toString(), "encode", "--jsonl").jsonLines();
        for (int i = 0; i < keys.length; i++) {
            assertThat(error(lines.get(i)))
                    .as(keys[i][0])
                    .containsEntry("option", "\"" + keys[i][0] + "\"")
                    .containsEntry("field", keys[i][1]);
        }
        assertThat(error(lines.get(keys.length))).containsEntry("field", "maxParts");
        assertThat(error(lines.get(keys.length + 1))).containsEntry("field", "reference16");
    }

    @Test
    void optionValuesMatchWithAsciiCaseIgnoredOnly() {
        List<Map<String, Object>> lines = runWithInput(
                        "{\"text\":\"a\",\"format\":\"PACKED\"}\n{\"text\":\"a\",\"format\":\"pac\u212Aed\"}\n",
                        "encode",
                        "--jsonl")
                .jsonLines();
        assertThat(lines.get(0)).containsEntry("format", "packed");
        assertThat(error(lines.get(1))).containsEntry("field", "septetFormat");
    }

    @Test
    void encodeJsonPipesIntoDecodeJsonl() {
        String text = "Ol\u00E1, pre\u00E7o 5\u20AC [ok] " + "x".repeat(160);
        for (String format : new String[] {"--packed", "--unpacked"}) {
            Cli.Result encoded = run("encode", "--json", "--national", "pt", format, text);
            Cli.Result decoded = runWithInput(encoded.out(), "decode", "--jsonl");
            Map<String, Object> line = decoded.jsonLines().get(0);
            assertThat(line).as(format).containsEntry("text", text);
            assertThat(parts(line)).hasSize(2).allSatisfy(p -> assertThat(p).containsKey("concat"));
        }
    }

    @Test
    void encodeJsonlPipesIntoDecodeJsonlKeepingIds() {
        String input = "{\"id\":\"x\",\"text\":\"" + LONG + "\"}\n{\"id\":\"y\",\"text\":\"\u0436\"}\n";
        Cli.Result encoded = runWithInput(input, "encode", "--jsonl", "--unpacked");
        List<Map<String, Object>> decoded =
                runWithInput(encoded.out(), "decode", "--jsonl").jsonLines();
        assertThat(decoded.get(0)).containsEntry("id", "x").containsEntry("text", LONG);
        assertThat(decoded.get(1)).containsEntry("id", "y").containsEntry("text", "\u0436");
    }

    @Test
    void oneEncodedPartPerLineDecodesToo() {
        Map<String, Object> part =
                parts(run("encode", "--json", "hellohello").json()).get(0);
        String json = "{\"udh\":\"\",\"userData\":\"" + part.get("userData") + "\",\"udl\":10,\"dcs\":0,"
                + "\"udhi\":false,\"text\":\"hellohello\",\"units\":10}";
        assertThat(runWithInput(json, "decode", "--jsonl").jsonLines().get(0)).containsEntry("text", "hellohello");
    }

    @Test
    void aDecodeLineWithBothUserDataAndPartsIsAnError() {
        Map<String, Object> line = runWithInput("{\"userData\":\"00\",\"parts\":[]}", "decode", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(error(line)).containsEntry("name", "INVALID_OPTION").containsEntry("line", 1L);
    }

    @Test
    void aLineLongerThanTheLimitIsAnErrorLineAndTheBatchGoesOn() throws Exception {
        byte[] input = ("{\"id\":1,\"text\":\"short\"}\n{\"id\":2,\"text\":\"" + "x".repeat(100) + "\"}\n"
                        + "{\"id\":3,\"text\":\"caf\u00E9\"}\n{\"id\":4,\"text\":\"caf\u00E9" + "y".repeat(100))
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Io io = new Main.Io(
                new java.io.ByteArrayInputStream(input),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        picocli.CommandLine cli = new picocli.CommandLine(new SeptetCommand(io));
        cli.parseArgs("analyze", "--jsonl");
        AnalyzeCommand analyze = cli.getSubcommands().get("analyze").getCommand();

        new Batch(analyze, 64).run(io.in());

        List<Map<String, Object>> lines = new Cli.Result(0, out.toString(StandardCharsets.UTF_8), "").jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).containsEntry("id", 1L).containsEntry("characters", 5L);
        assertThat(lines.get(1)).containsEntry("id", null);
        assertThat(error(lines.get(1)))
                .containsEntry("code", 125L)
                .containsEntry("name", "INVALID_JSON")
                .containsEntry("message", "line 2 is longer than 64 bytes")
                .containsEntry("line", 2L);
        assertThat(lines.get(2)).containsEntry("id", 3L).containsEntry("characters", 4L);
        assertThat(error(lines.get(3))).containsEntry("line", 4L).containsEntry("name", "INVALID_JSON");
    }

    @Test
    void anErrorInOnePartOfAnEncodeResultNamesThatPart() {
        String input = "{\"id\":1,\"parts\":[{\"userData\":\"E8329BFD4697D9EC37\"},{\"userData\":\"4G\"}]}\n"
                + "{\"id\":2,\"parts\":[{\"userData\":\"41\"},{\"userData\":\"1B\"}]}\n"
                + "{\"id\":3,\"parts\":[{\"userData\":\"41\"},{\"userData\":\"41\",\"dcs\":256}]}\n"
                + "{\"id\":4,\"parts\":[{\"userData\":\"41\"},{\"userData\":\"41\",\"colour\":1}]}\n"
                + "{\"id\":5,\"parts\":[{\"userData\":\"41\"},7]}\n";

        List<Map<String, Object>> lines =
                runWithInput(input, "decode", "--jsonl").jsonLines();

        assertThat(lines).hasSize(5);
        assertThat(error(lines.get(0)))
                .containsEntry("index", 1L)
                .containsEntry("message", "parts[1]: the userData field is not hexadecimal: 'G' at index 1");
        assertThat(error(lines.get(1)))
                .containsEntry("name", "MALFORMED_USER_DATA")
                .containsEntry("index", 0L)
                .containsEntry("line", 2L);
        assertThat((String) error(lines.get(1)).get("message")).startsWith("parts[1]: ");
        assertThat((String) error(lines.get(2)).get("message")).startsWith("parts[1]: \"dcs\" must be 0 to 255");
        assertThat((String) error(lines.get(3)).get("message")).startsWith("unknown field \"colour\" in parts[1];");
        assertThat((String) error(lines.get(4)).get("message")).isEqualTo("parts[1] must be an object");
    }

    @Test
    void invalidUtf8OnStandardInputIsAnErrorWithTheByteOffset() {
        byte[] input = {'c', 'a', 'f', (byte) 0xE9};
        Cli.Result r = runWithBytes(input, StandardCharsets.UTF_8, "analyze", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("standard input is not valid UTF-8", "0xE9", "byte offset 3");
        Cli.Result json = runWithBytes(input, StandardCharsets.UTF_8, "analyze", "--json", "-");
        assertThat(error(json.json())).containsEntry("name", "INVALID_UTF8").containsEntry("offset", 3L);
    }

    @Test
    void invalidUtf8OnABatchLineIsThatLinesErrorAndTheBatchGoesOn() {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
        input.write(0xE9);
        input.writeBytes("\"}\n{\"id\":3,\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
        Cli.Result r = runWithBytes(input.toByteArray(), StandardCharsets.UTF_8, "analyze", "--jsonl");
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(lines).hasSize(3);
        assertThat(error(lines.get(1)))
                .containsEntry("name", "INVALID_UTF8")
                .containsEntry("code", 125L)
                .containsEntry("offset", 40L)
                .containsEntry("line", 2L);
        assertThat(lines.get(2)).containsEntry("id", 3L).containsEntry("parts", 1L);
    }

    @Test
    void containerIdsAreEchoedAsTheirJsonText() {
        Map<String, Object> line = runWithInput("{\"id\":{\"a\":[1,2]},\"text\":\"hi\"}", "analyze", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(line).containsEntry("id", "{\"a\":[1,2]}");
    }

    @Test
    void exactDecimalIdsAreEchoedAsGiven() {
        Cli.Result r = runWithInput("{\"id\":1.10,\"text\":\"hi\"}", "analyze", "--jsonl");
        assertThat(r.out()).startsWith("{\"id\":1.10,");
        assertThat(r.jsonLines().get(0)).containsEntry("parts", 1L);
    }

    @Test
    void numberIdsAreEchoedWithTheirJsonText() {
        String[] ids = {"0.1e1", "-0", "1E+2", "-0.0", "10", "1.500", "12345678901234567890123"};
        StringBuilder input = new StringBuilder();
        for (String id : ids) {
            input.append("{\"text\":\"hi\",\"id\":").append(id).append("}\n");
        }
        input.append("{\"id\":-0,\"text\":\"hi\",\"max-parts\":0}\n");
        input.append("{\"id\":2e0,\"text\":\"hi\",\"colour\":1}\n");
        List<String> out = runWithInput(input.toString(), "analyze", "--jsonl")
                .out()
                .lines()
                .toList();
        for (int i = 0; i < ids.length; i++) {
            assertThat(out.get(i)).startsWith("{\"id\":" + ids[i] + ",\"encoding\":\"GSM7\"");
        }
        assertThat(out.get(ids.length)).startsWith("{\"id\":-0,\"error\":");
        assertThat(out.get(ids.length + 1)).startsWith("{\"id\":2e0,\"error\":");
        assertThat(runWithInput("{\"id\":\"0.1e1\",\"text\":\"hi\"}", "encode", "--jsonl")
                        .out())
                .startsWith("{\"id\":\"0.1e1\",");
        assertThat(runWithInput("{\"id\":true,\"text\":\"hi\"}", "encode", "--jsonl")
                        .out())
                .startsWith("{\"id\":true,");
    }

    @Test
    void duplicateKeysAreInvalidJson() {
        Map<String, Object> line = runWithInput("{\"id\":1,\"text\":\"a\",\"text\":\"b\"}", "analyze", "--jsonl")
                .jsonLines()
                .get(0);
        assertThat(error(line)).containsEntry("name", "INVALID_JSON").containsEntry("line", 1L);
    }
}
