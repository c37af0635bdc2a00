/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line through {@link Main#run}: human output, the {@code --json} contract of issue 2, {@code --jsonl}
 * batches and exit statuses (0 ok, 1 rejected message, 2 usage). JSON output is read with a parser of this test's
 * own, so the CLI's writer is not checked against itself.
 */
class CliTest {
    record Result(int status, String out, String err) {
        Map<String, Object> json() {
            return TinyJson.object(out.strip());
        }

        List<Map<String, Object>> jsonLines() {
            List<Map<String, Object>> lines = new ArrayList<>();
            out.lines().forEach(line -> lines.add(TinyJson.object(line)));
            return lines;
        }
    }

    private static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void humanSummary() {
        Result r = run("analyze", "Hello [world]");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Encoding:    GSM7 (locking shift: default, single shift: default)",
                "Units:       15 septets", "Parts:       1 (160 septets per part, UDH 0 octets)",
                "Remaining:   145 septets", "Non-GSM:     none", "Part 1 (15 septets): Hello [world]");
    }

    @Test
    void humanSummaryListsOffendersAndEachPart() {
        Result r = run("analyze", "Ol\u00E1\n" + "\u0436".repeat(70));

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Encoding:    UCS2", "\u00E1 U+00E1 at 2", "\u0436 U+0436 at 4",
                "Part 1 (67 UTF-16 units): Ol\u00E1\\n", "Part 2 (7 UTF-16 units): ");
    }

    @Test
    void jsonCarriesTheContractFields() {
        Map<String, Object> j = run("analyze", "--json", "Hello [world]").json();

        assertThat(j).containsEntry("encoding", "GSM7").containsEntry("lockingShift", null)
                .containsEntry("singleShift", null).containsEntry("characters", 13L).containsEntry("units", 15L)
                .containsEntry("parts", 1L).containsEntry("unitsPerPart", 160L).containsEntry("remaining", 145L)
                .containsEntry("udhOctets", 0L).containsEntry("nonGsm", List.of())
                .containsEntry("replacements", List.of())
                .containsEntry("segments", List.of(Map.of("text", "Hello [world]", "units", 15L)));
    }

    @Test
    void jsonListsNonGsmCharacters() {
        Result r = run("analyze", "--json", "Ol\u00E1 \uD83D\uDE00");

        assertThat(r.status()).isZero();
        assertThat(r.json()).containsEntry("encoding", "UCS2").containsEntry("units", 6L)
                .containsEntry("characters", 5L).containsEntry("nonGsm", List.of(
                        Map.of("index", 2L, "char", "\u00E1", "codePoint", "U+00E1", "name",
                                "LATIN SMALL LETTER A WITH ACUTE"),
                        Map.of("index", 4L, "char", "\uD83D\uDE00", "codePoint", "U+1F600", "name",
                                "GRINNING FACE")))
                .containsEntry("partsWithoutNonGsm", 1L).containsEntry("partsWithoutSmartEncoding", 1L);
    }

    @Test
    void jsonlAnswersEveryLineWithItsIdAndKeepsGoingAfterBadLines() {
        String input = String.join("\n",
                "{\"id\": \"a\", \"text\": \"Hi\"}",
                "",
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": 7}",
                "[1, 2]",
                "{\"id\": \"u\", \"text\": \"\\u0436\\u0436\"}",
                "{\"id\": \"long\", \"text\": \"" + "a".repeat(161) + "\"}");

        Result r = runWithInput(input, "analyze", "--jsonl", "--max-parts", "1");
        List<Map<String, Object>> lines = r.jsonLines();

        assertThat(r.status()).isZero();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).containsEntry("id", "a").containsEntry("encoding", "GSM7").containsEntry("units", 2L);
        assertThat(error(lines.get(1))).containsEntry("code", 125L).containsEntry("name", "INVALID_JSON");
        assertThat(lines.get(2)).containsEntry("id", 7L);
        assertThat(error(lines.get(2))).containsEntry("code", 104L).containsEntry("name", "TEXT_MISSING");
        assertThat(error(lines.get(3))).containsEntry("code", 125L);
        assertThat(lines.get(4)).containsEntry("id", "u").containsEntry("encoding", "UCS2");
        assertThat(lines.get(5)).containsEntry("id", "long").doesNotContainKey("parts");
        assertThat(error(lines.get(5))).containsEntry("code", 110L).containsEntry("name", "TOO_MANY_PARTS")
                .containsEntry("partsNeeded", 2L);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> line) {
        assertThat(line).containsKey("error");
        return (Map<String, Object>) line.get("error");
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
        Result r = run(args == null ? new String[0] : args.split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
    }

    @Test
    void anInvalidOptionInJsonModeAlsoPrintsAnErrorObject() {
        Result r = run("analyze", "--json", "--max-parts", "0", "x");

        assertThat(r.status()).isEqualTo(2);
        assertThat(error(r.json())).containsEntry("name", "INVALID_OPTION").containsEntry("field", "maxParts")
                .containsEntry("code", 422L);
    }

    @Test
    void aRejectedMessageExitsWithOneAndAnErrorObject() {
        Result r = run("analyze", "--json", "--encoding", "gsm7", "x\u00E7");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.json()).containsOnlyKeys("error");
        assertThat(error(r.json())).containsEntry("code", 113L).containsEntry("name", "UNENCODABLE")
                .containsEntry("index", 1L);
    }

    @Test
    void aRejectedMessageInHumanModeGoesToStandardError() {
        Result r = run("analyze", "--max-parts", "2", "a".repeat(307));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("TOO_MANY_PARTS (110)", "3 parts");
    }

    @Test
    void maxPartsAllowsExactlyThatMany() {
        assertThat(run("analyze", "--json", "--max-parts", "2", "a".repeat(306)).json()).containsEntry("parts", 2L);
    }

    @Test
    void ref16UsesTheSixOctetElement() {
        assertThat(run("analyze", "--json", "--ref16", "a".repeat(161)).json()).containsEntry("unitsPerPart", 152L)
                .containsEntry("udhOctets", 7L).containsEntry("parts", 2L);
    }

    @Test
    void nationalPortugueseUsesTheSingleShiftTable() {
        Map<String, Object> j = run("analyze", "--json", "--national", "pt", "A\u00E7\u00E3o \u00E8 \u00F3tima").json();

        assertThat(j).containsEntry("encoding", "GSM7").containsEntry("lockingShift", null)
                .containsEntry("singleShift", "pt").containsEntry("units", 15L).containsEntry("udhOctets", 4L);
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
        Map<String, Object> j = run("analyze", "--json", "--encoding", encoding, "--national", national, "Hello").json();

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
        Result r = runWithInput("\u20AC5\n", "analyze", "--json", "-");

        assertThat(r.json()).containsEntry("units", 3L).containsEntry("characters", 2L);
    }

    @Test
    void helpPrintsUsage() {
        Result r = run("--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage:", "--jsonl", "--max-parts");
    }

    /** Just enough of RFC 8259 to read the CLI's output: objects keep their order, numbers are longs. */
    static final class TinyJson {
        private final String s;
        private int i;

        private TinyJson(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String json) {
            TinyJson p = new TinyJson(json);
            Object v = p.value();
            p.space();
            if (p.i != json.length() || !(v instanceof Map)) {
                throw new IllegalArgumentException("not one JSON object: " + json);
            }
            return (Map<String, Object>) v;
        }

        private void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private char next() {
            space();
            return s.charAt(i++);
        }

        private Object value() {
            char c = next();
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    if (peek() == '}') {
                        i++;
                        return map;
                    }
                    do {
                        if (next() != '"') {
                            throw new IllegalArgumentException("key expected at " + i + ": " + s);
                        }
                        String key = string();
                        if (next() != ':') {
                            throw new IllegalArgumentException("':' expected at " + i + ": " + s);
                        }
                        map.put(key, value());
                    } while (next() == ',');
                    return map;
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    if (peek() == ']') {
                        i++;
                        return list;
                    }
                    do {
                        list.add(value());
                    } while (next() == ',');
                    return list;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = i - 1;
                    while (i < s.length() && ",]} ".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    return switch (word) {
                        case "null" -> null;
                        case "true" -> true;
                        case "false" -> false;
                        default -> Long.parseLong(word);
                    };
                }
            }
        }

        private char peek() {
            space();
            return s.charAt(i);
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    if (c < 0x20) {
                        throw new IllegalArgumentException("raw control character in a string: " + s);
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
