/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core examples of README.md, verbatim, with the output the README shows. Each snippet stands between
 * {@code // readme:} and {@code // end readme} markers; each test reads its own snippet from this source file and
 * checks that the README shows exactly that code followed by exactly the output it printed, and one test checks that
 * every java block of the README's API section is a snippet here, so the two cannot drift apart.
 */
class ReadmeExamplesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "septet", "sms",
            "ReadmeExamplesTest.java");
    private static final String BEGIN = "// readme: ";
    private static final String END = "// end readme";

    /** The snippets of this file: the lines between the markers, without the method body's indentation. */
    private static Map<String, String> snippets() throws IOException {
        Map<String, String> snippets = new LinkedHashMap<>();
        String name = null;
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(BEGIN)) {
                name = trimmed.substring(BEGIN.length());
                code.setLength(0);
            } else if (trimmed.equals(END)) {
                snippets.put(name, code.toString());
                name = null;
            } else if (name != null) {
                code.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
            }
        }
        return snippets;
    }

    /** The java blocks of the README's "API by example" section, which this class owns. */
    private static List<String> readmeJavaBlocks() throws IOException {
        String readme = readme();
        int from = readme.indexOf("\n## API by example\n");
        int to = readme.indexOf("\n## ", from + 1);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(from, to));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /**
     * Asserts that the snippet ran printed {@code output}, and that the README shows exactly this snippet's code
     * followed by exactly this output.
     */
    private void assertPrintedAndDocumented(String snippet, String output) throws IOException {
        assertThat(printed()).isEqualTo(output);
        String code = snippets().get(snippet);
        assertThat(code).as("snippet " + snippet + " in this file").isNotBlank();
        assertThat(readme()).as("README holds snippet " + snippet + " and its output")
                .contains("```java\n" + code + "```\n\n```text\n" + output + "```");
    }

    @Test
    void everyJavaBlockOfTheApiSectionIsRunHere() throws IOException {
        assertThat(snippets().values()).containsExactlyInAnyOrderElementsOf(readmeJavaBlocks());
    }

    @Test
    void whatDoesAMessageCost() throws IOException {
        // readme: cost
        Analysis a = Sms.analyze("Hello [world], 5€ off!");
        System.out.println(a.encoding() + ", " + a.parts() + " part, " + a.units() + " septets, " + a.remaining() + " left");
        // end readme
        assertPrintedAndDocumented("cost", "GSM7, 1 part, 25 septets, 135 left\n");
    }

    @Test
    void whyIsItUcs2() throws IOException {
        // readme: why
        Analysis why = Sms.analyze("Olá 👋 " + "x".repeat(80));
        System.out.println(why.encoding() + ", " + why.parts() + " parts");
        for (CharacterAt c : why.nonGsm()) {
            System.out.println("  " + c.unicode() + " " + c.name() + " at " + c.index());
        }
        System.out.println("without them: " + why.partsWithoutNonGsm() + " part");
        // end readme
        assertPrintedAndDocumented("why", "UCS2, 2 parts\n  U+00E1 LATIN SMALL LETTER A WITH ACUTE at 2\n"
                + "  U+1F44B WAVING HAND SIGN at 4\nwithout them: 1 part\n");
    }

    @Test
    void nationalTables() throws IOException {
        // readme: national
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        Analysis b = Sms.analyze("Olá! Ação às 10h, preço 5€", pt);
        System.out.println(b.encoding() + " " + b.lockingShift().orElseThrow() + " " + b.units() + "/" + b.unitsPerPart());
        // end readme
        assertPrintedAndDocumented("national", "GSM7 PORTUGUESE 26/155\n");
    }

    @Test
    void split() throws IOException {
        // readme: split
        for (Segment s : Sms.split("]".repeat(153))) {
            System.out.println(s.units() + " septets");
        }
        // end readme
        assertPrintedAndDocumented("split", "152 septets\n152 septets\n2 septets\n");
    }

    @Test
    void encodeAndDecode() throws IOException {
        // readme: encode
        List<EncodedPart> parts = Sms.encode("x".repeat(200), SmsOptions.defaults(), ReferenceSource.counter(42));
        for (EncodedPart p : parts) {
            System.out.println(HexFormat.of().formatHex(p.udh()) + " udl=" + p.udl() + " dcs=" + p.dcs()
                    + " udhi=" + p.udhi() + " octets=" + p.userData().length);
        }
        EncodedPart part = Sms.encode("hellohello", SmsOptions.defaults(), 0).get(0);
        DecodedMessage d = Sms.decode(UserData.of(part), DecodeOptions.defaults());
        System.out.println(HexFormat.of().formatHex(part.userData()) + " -> " + d.text());
        // end readme
        assertPrintedAndDocumented("encode", "0500032a0201 udl=160 dcs=0 udhi=true octets=140\n"
                + "0500032a0202 udl=54 dcs=0 udhi=true octets=48\ne8329bfd4697d9ec37 -> hellohello\n");
    }

    @Test
    void smartEncodingAndCharset() throws IOException {
        // readme: smart
        Analysis s = Sms.analyze("It’s “smart” — really…", SmsOptions.defaults().withSmartEncoding(true));
        System.out.println(s.encoding() + ", " + s.replacements().size() + " replacements");
        System.out.println(HexFormat.of().formatHex("5€ [net]".getBytes(Charset.forName("GSM-7"))));
        // end readme
        assertPrintedAndDocumented("smart", "GSM7, 5 replacements\n351b65201b3c6e65741b3e\n");
    }
}
