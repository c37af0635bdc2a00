/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's encode and decode commands and their JSON contract. */
class CliCodecTest {
    private static Cli.Result run(String stdin, String... args) {
        return Cli.runWithInput(stdin, args);
    }

    @Test
    void encodeJsonCarriesEveryPartField() {
        Cli.Result r = run("", "encode", "--json", "hellohello");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip())
                .isEqualTo("{\"encoding\":\"GSM7\",\"lockingShift\":null,\"singleShift\":null,"
                        + "\"format\":\"packed\",\"parts\":[{\"udh\":\"\",\"userData\":\"E8329BFD4697D9EC37\",\"udl\":10,"
                        + "\"dcs\":0,\"udhi\":false,\"text\":\"hellohello\",\"units\":10}]}");
    }

    @Test
    void encodeConcatenatedUnpackedWithReference() {
        Cli.Result r = run("", "encode", "--json", "--unpacked", "--reference", "0x2A", "a".repeat(160) + "b");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) r.json().get("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0))
                .containsEntry("udh", "0500032A0201")
                .containsEntry("udhi", true)
                .containsEntry("udl", 160L);
        assertThat((String) parts.get(1).get("userData")).isEqualTo("0500032A0202" + "61".repeat(7) + "62");
        assertThat(r.json()).containsEntry("format", "unpacked");
    }

    @Test
    void encodeHumanOutputShowsEachPart() {
        Cli.Result r = run("", "encode", "--ref16", "x".repeat(200));
        assertThat(r.out()).contains("Part 1/2: UDL 160, DCS 0x00, UDHI true", "UDH:       06080400000201", "Part 2/2");
    }

    @Test
    void encodeCrPaddingAndPortuguese() {
        Cli.Result r = run("", "encode", "--json", "--cr-padding", "abcdefg");
        assertThat(r.out()).contains("\"userData\":\"61F1985C369F1B\"");
        Cli.Result pt = run("", "encode", "--json", "--encoding", "gsm7-pt", "A\u00E7\u00E3o");
        assertThat(pt.json()).containsEntry("lockingShift", "pt");
        assertThat(pt.out()).contains("\"udh\":\"03250103\"");
    }

    @Test
    void decodeRoundTripsEncodeOutput() {
        Cli.Result encoded = run("", "encode", "--json", "--national", "pt", "Ol\u00E1 \u00E7 [x] \u20AC");
        @SuppressWarnings("unchecked")
        Map<String, Object> part = ((List<Map<String, Object>>) encoded.json().get("parts")).get(0);
        Cli.Result decoded = run(
                "",
                "decode",
                "--json",
                "--udhi",
                "--dcs",
                "0",
                "--udl",
                part.get("udl").toString(),
                (String) part.get("userData"));
        assertThat(decoded.status()).isZero();
        assertThat(decoded.json())
                .containsEntry("text", "Ol\u00E1 \u00E7 [x] \u20AC")
                .containsEntry("concat", null);
    }

    @Test
    void decodeReportsConcatenationAndElements() {
        Cli.Result r = run("", "decode", "--json", "--udhi", "--unpacked", "0B000307030270012225010341");
        assertThat(r.json())
                .containsEntry("text", "A")
                .containsEntry("lockingShift", "pt")
                .containsEntry("concat", Map.of("reference", 7L, "total", 3L, "sequence", 2L, "reference16", false));
        assertThat(r.json().get("ies"))
                .isEqualTo(List.of(
                        Map.of("iei", 0L, "data", "070302", "applied", true),
                        Map.of("iei", 0x70L, "data", "22", "applied", false),
                        Map.of("iei", 0x25L, "data", "03", "applied", true)));
        Cli.Result human = run("", "decode", "--udhi", "--unpacked", "0B000307030270012225010341");
        assertThat(human.out()).contains("Text:      A", "part 2 of 3, reference 7", "0x70 data 22 (skipped)");
    }

    @Test
    void decodeErrorsNameTheOffset() {
        Cli.Result r = run("", "decode", "--json", "--udhi", "0A0003");
        assertThat(r.status()).isEqualTo(Main.REJECTED);
        assertThat(r.out()).contains("\"name\":\"MALFORMED_HEADER\"", "\"index\":0", "\"code\":113");
        Cli.Result odd = run("", "decode", "--dcs", "8", "004100");
        assertThat(odd.status()).isEqualTo(Main.REJECTED);
        assertThat(odd.err()).contains("odd UCS-2 length", "byte offset 2");
        Cli.Result strict = run("", "decode", "--unpacked", "--strict", "1B41");
        assertThat(strict.status()).isEqualTo(Main.REJECTED);
        assertThat(run("", "decode", "--unpacked", "1B41").out()).contains("Text:      A");
    }

    @Test
    void decodeJsonlUsesEachLinesFields() {
        String input = String.join(
                "\n",
                "{\"id\": \"a\", \"dcs\": 8, \"udhi\": false, \"userData\": \"006800690020D83DDE00\"}",
                "{\"id\": \"b\", \"dcs\": 0, \"udl\": 10, \"userData\": \"E8329BFD4697D9EC37\"}",
                "{\"id\": \"c\", \"dcs\": \"eight\", \"userData\": \"00\"}",
                "{\"id\": \"d\"}",
                "{\"id\": \"e\", \"udhi\": 1, \"userData\": \"00\"}",
                "{\"id\": \"f\", \"userData\": \"0G\"}");
        List<Map<String, Object>> lines = run(input, "decode", "--jsonl").jsonLines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).containsEntry("id", "a").containsEntry("text", "hi \uD83D\uDE00");
        assertThat(lines.get(1)).containsEntry("text", "hellohello");
        for (int i = 2; i < 6; i++) {
            assertThat(lines.get(i)).containsKey("error");
        }
        assertThat(lines.get(5).toString()).contains("index=1");
    }

    @Test
    void jsonlSkipsAByteOrderMarkBeforeTheFirstLine() {
        List<Map<String, Object>> lines = run("\uFEFF{\"id\": 1, \"text\": \"hi\"}\n", "analyze", "--jsonl")
                .jsonLines();
        assertThat(lines.get(0)).containsEntry("id", 1L).containsEntry("parts", 1L);
    }

    @Test
    void encodeJsonlCarriesIds() {
        List<Map<String, Object>> lines = run(
                        "{\"id\": 7, \"text\": \"hi\"}\n{\"id\": 8, \"text\": \"\"}\n", "encode", "--jsonl")
                .jsonLines();
        assertThat(lines.get(0)).containsEntry("id", 7L).containsKey("parts");
        assertThat(lines.get(1).toString()).contains("TEXT_MISSING");
    }

    @Test
    void smartAndNfcFlags() {
        Cli.Result smart = run("", "analyze", "--json", "--smart", "It\u2019s");
        assertThat(smart.json()).containsEntry("encoding", "GSM7");
        assertThat(smart.out())
                .contains("\"replacements\":[{\"index\":2,\"original\":\"\u2019\",\"replacement\":\"'\"}]");
        assertThat(run("", "analyze", "--json", "--nfc", "e\u0301").json()).containsEntry("encoding", "GSM7");
        assertThat(run("", "analyze", "x\uD83D\uDE00").out()).contains("Without them: 1 part(s)");
    }

    @Test
    void unencodableErrorListsTheCharactersAsJson() {
        Cli.Result r = run("", "analyze", "--json", "--encoding", "gsm7", "a\u00E7b\uD83D\uDE00");
        assertThat(r.status()).isEqualTo(Main.REJECTED);
        assertThat(r.out())
                .contains("\"nonGsm\":[{\"index\":1,\"char\":\"\u00E7\"", "{\"index\":3,\"char\":\"\uD83D\uDE00\"");
    }
}
