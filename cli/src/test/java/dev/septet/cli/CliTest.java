/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.error;
import static dev.septet.cli.Cli.run;
import static dev.septet.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line through {@link Main#run}: human output, the {@code --json} contract, {@code --jsonl} batches and
 * exit statuses (0 ok, 1 rejected message, 2 usage). JSON output is read with the tests' own Jackson mapper.
 */
class CliTest {
    @Test
    void humanSummary() {
        Cli.Result r = run("analyze", "Hello [world]");

        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains(
                        "Encoding:    GSM7 (locking shift: default, single shift: default)",
                        "Units:       15 septets",
                        "Parts:       1 (160 septets per part, UDH 0 octets)",
                        "Remaining:   145 septets",
                        "Non-GSM:     none",
                        "Part 1 (15 septets): Hello [world]");
    }

    @Test
    void humanSummaryListsOffendersAndEachPart() {
        Cli.Result r = run("analyze", "Ol\u00E1\n" + "\u0436".repeat(70));

        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains(
                        "Encoding:    UCS2",
                        "\u00E1 U+00E1 at 2",
                        "\u0436 U+0436 at 4",
                        "Part 1 (67 UTF-16 units): Ol\u00E1\\n",
                        "Part 2 (7 UTF-16 units): ");
    }

    @Test
    void jsonCarriesTheContractFields() {
        Map<String, Object> j = run("analyze", "--json", "Hello [world]").json();

        assertThat(j)
                .containsEntry("encoding", "GSM7")
                .containsEntry("lockingShift", null)
                .containsEntry("singleShift", null)
                .containsEntry("characters", 13L)
                .containsEntry("units", 15L)
                .containsEntry("parts", 1L)
                .containsEntry("unitsPerPart", 160L)
                .containsEntry("remaining", 145L)
                .containsEntry("udhOctets", 0L)
                .containsEntry("nonGsm", List.of())
                .containsEntry("replacements", List.of())
                .containsEntry("segments", List.of(Map.of("text", "Hello [world]", "units", 15L)));
    }

    @Test
    void jsonListsNonGsmCharacters() {
        Cli.Result r = run("analyze", "--json", "Ol\u00E1 \uD83D\uDE00");

        assertThat(r.status()).isZero();
        assertThat(r.json())
                .containsEntry("encoding", "UCS2")
                .containsEntry("units", 6L)
                .containsEntry("characters", 5L)
                .containsEntry(
                        "nonGsm",
                        List.of(
                                Map.of(
                                        "index",
                                        2L,
                                        "char",
                                        "\u00E1",
                                        "codePoint",
                                        "U+00E1",
                                        "name",
                                        "LATIN SMALL LETTER A WITH ACUTE"),
                                Map.of(
                                        "index",
                                        4L,
                                        "char",
                                        "\uD83D\uDE00",
                                        "codePoint",
                                        "U+1F600",
                                        "name",
                                        "GRINNING FACE")))
                .containsEntry("partsWithoutNonGsm", 1L)
                .containsEntry("partsWithoutSmartEncoding", 1L);
    }

    @Test
    void jsonlAnswersEveryLineWithItsIdAndKeepsGoingAfterBadLines() {
        String input = String.join(
                "\n",
                "{\"id\": \"a\", \"text\": \"Hi\"}",
                "",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": 7}",
                "[1, 2]",
                "{\"id\": \"u\", \"text\": \"\\u0436\\u0436\"}",
                "{\"id\": \"long\", \"text\": \"" + "a".repeat(161) + "\"}");

        Cli.Result r = runWithInput(input, "analyze", "--jsonl", "--max-parts", "1");
        List<Map<String, Object>> lines = r.jsonLines();

        assertThat(r.status()).isZero();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0))
                .containsEntry("id", "a")
                .containsEntry("encoding", "GSM7")
                .containsEntry("units", 2L);
        assertThat(error(lines.get(1))).containsEntry("code", 125L).containsEntry("name", "INVALID_JSON");
        assertThat(lines.get(2)).containsEntry("id", 7L);
        assertThat(error(lines.get(2))).containsEntry("code", 104L).containsEntry("name", "TEXT_MISSING");
        assertThat(error(lines.get(3))).containsEntry("code", 125L);
        assertThat(lines.get(4)).containsEntry("id", "u").containsEntry("encoding", "UCS2");
        assertThat(lines.get(5)).containsEntry("id", "long").doesNotContainKey("parts");
        assertThat(error(lines.get(5)))
                .containsEntry("code", 110L)
                .containsEntry("name", "TOO_MANY_PARTS")
                .containsEntry("partsNeeded", 2L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no arguments              |
            unknown command           | frobnicate x
            missing text              | analyze
            two texts                 | analyze a b
            json and jsonl            | analyze --json --jsonl
            jsonl with text           | analyze --jsonl x
            unknown option            | analyze --colour x
            max-parts not a number    | analyze --max-parts many x
            max-parts without value   | analyze x --max-parts
            max-parts zero            | analyze --max-parts 0 x
            max-parts 256             | analyze --max-parts 256 x
            unknown encoding          | analyze --encoding latin1 x
            unknown national language | analyze --national xx x
            two-character replacement | analyze --encoding gsm7 --replacement ab x
            """)
    void usageErrorsExitWithTwo(String what, String args) {
        Cli.Result r = run(args == null ? new String[0] : args.split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
    }

    @Test
    void anInvalidOptionInJsonModeAlsoPrintsAnErrorObject() {
        Cli.Result r = run("analyze", "--json", "--max-parts", "0", "x");

        assertThat(r.status()).isEqualTo(2);
        assertThat(error(r.json()))
                .containsEntry("name", "INVALID_OPTION")
                .containsEntry("field", "maxParts")
                .containsEntry("code", 422L);
    }

    @Test
    void aRejectedMessageExitsWithOneAndAnErrorObject() {
        Cli.Result r = run("analyze", "--json", "--encoding", "gsm7", "x\u00E7");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.json()).containsOnlyKeys("error");
        assertThat(error(r.json()))
                .containsEntry("code", 113L)
                .containsEntry("name", "UNENCODABLE")
                .containsEntry("index", 1L);
    }

    @Test
    void aRejectedMessageInHumanModeGoesToStandardError() {
        Cli.Result r = run("analyze", "--max-parts", "2", "a".repeat(307));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("TOO_MANY_PARTS (110)", "3 parts");
    }

    @Test
    void maxPartsAllowsExactlyThatMany() {
        assertThat(run("analyze", "--json", "--max-parts", "2", "a".repeat(306)).json())
                .containsEntry("parts", 2L);
    }

    @Test
    void ref16UsesTheSixOctetElement() {
        assertThat(run("analyze", "--json", "--ref16", "a".repeat(161)).json())
                .containsEntry("unitsPerPart", 152L)
                .containsEntry("udhOctets", 7L)
                .containsEntry("parts", 2L);
    }

    @Test
    void nationalPortugueseUsesTheSingleShiftTable() {
        Map<String, Object> j = run("analyze", "--json", "--national", "pt", "A\u00E7\u00E3o \u00E8 \u00F3tima")
                .json();

        assertThat(j)
                .containsEntry("encoding", "GSM7")
                .containsEntry("lockingShift", null)
                .containsEntry("singleShift", "pt")
                .containsEntry("units", 15L)
                .containsEntry("udhOctets", 4L);
    }

    @ParameterizedTest(name = "--encoding {0}")
    @CsvSource({
        "auto,          '',  GSM7, ",
        "gsm7,          '',  GSM7, ",
        "gsm7-pt,       '',  GSM7, pt",
        "GSM7-PT,       '',  GSM7, pt",
        "gsm7-national, pt,  GSM7, pt",
        "ucs2,          '',  UCS2, ",
    })
    void encodingValues(String encoding, String national, String expected, String table) {
        Map<String, Object> j = run("analyze", "--json", "--encoding", encoding, "--national", national, "Hello")
                .json();

        assertThat(j).containsEntry("encoding", expected);
        List<Object> tables = new ArrayList<>();
        tables.add(j.get("lockingShift"));
        tables.add(j.get("singleShift"));
        if (table == null) {
            assertThat(tables).containsOnlyNulls();
        } else {
            assertThat(tables).contains(table);
        }
    }

    @Test
    void aDashReadsTheTextFromStandardInput() {
        Cli.Result r = runWithInput("\u20AC5\n", "analyze", "--json", "-");

        assertThat(r.json()).containsEntry("units", 3L).containsEntry("characters", 2L);
    }

    @Test
    void helpPrintsUsage() {
        Cli.Result r = run("--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage:", "--jsonl", "--max-parts");
    }
}
