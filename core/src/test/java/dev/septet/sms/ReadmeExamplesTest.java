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
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core examples of README.md, verbatim, with the output the README shows. Each test also checks that the README
 * still holds the snippet and the output, so the two cannot drift apart.
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

    private void assertPrintedAndDocumented(String output) throws IOException {
        assertThat(printed()).isEqualTo(output);
        assertThat(readme()).contains("```text\n" + output + "```");
    }

    @Test
    void whatDoesAMessageCost() throws IOException {
        Analysis a = Sms.analyze("Hello [world], 5€ off!");
        System.out.println(a.encoding() + ", " + a.parts() + " part, " + a.units() + " septets, " + a.remaining() + " left");
        assertPrintedAndDocumented("GSM7, 1 part, 25 septets, 135 left\n");
        assertThat(readme()).contains("Analysis a = Sms.analyze(\"Hello [world], 5€ off!\");");
    }

    @Test
    void whyIsItUcs2() throws IOException {
        Analysis why = Sms.analyze("Olá 👋 " + "x".repeat(80));
        System.out.println(why.encoding() + ", " + why.parts() + " parts");
        for (CharacterAt c : why.nonGsm()) {
            System.out.println("  " + c.unicode() + " " + c.name() + " at " + c.index());
        }
        System.out.println("without them: " + why.partsWithoutNonGsm() + " part");
        assertPrintedAndDocumented("UCS2, 2 parts\n  U+00E1 LATIN SMALL LETTER A WITH ACUTE at 2\n"
                + "  U+1F44B WAVING HAND SIGN at 4\nwithout them: 1 part\n");
    }

    @Test
    void nationalTables() throws IOException {
        SmsOptions pt = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        Analysis b = Sms.analyze("Olá! Ação às 10h, preço 5€", pt);
        System.out.println(b.encoding() + " " + b.lockingShift().orElseThrow() + " " + b.units() + "/" + b.unitsPerPart());
        assertPrintedAndDocumented("GSM7 PORTUGUESE 26/155\n");
    }

    @Test
    void split() throws IOException {
        for (Segment s : Sms.split("]".repeat(153))) {
            System.out.println(s.units() + " septets");
        }
        assertPrintedAndDocumented("152 septets\n152 septets\n2 septets\n");
    }

    @Test
    void encodeAndDecode() throws IOException {
        List<EncodedPart> parts = Sms.encode("x".repeat(200), SmsOptions.defaults(), ReferenceSource.counter(42));
        for (EncodedPart p : parts) {
            System.out.println(HexFormat.of().formatHex(p.udh()) + " udl=" + p.udl() + " dcs=" + p.dcs()
                    + " udhi=" + p.udhi() + " octets=" + p.userData().length);
        }
        EncodedPart part = Sms.encode("hellohello", SmsOptions.defaults(), 0).get(0);
        DecodedMessage d = Sms.decode(UserData.of(part), DecodeOptions.defaults());
        System.out.println(HexFormat.of().formatHex(part.userData()) + " -> " + d.text());
        assertPrintedAndDocumented("0500032a0201 udl=160 dcs=0 udhi=true octets=140\n"
                + "0500032a0202 udl=54 dcs=0 udhi=true octets=48\ne8329bfd4697d9ec37 -> hellohello\n");
    }

    @Test
    void smartEncodingAndCharset() throws IOException {
        Analysis s = Sms.analyze("It’s “smart” — really…", SmsOptions.defaults().withSmartEncoding(true));
        System.out.println(s.encoding() + ", " + s.replacements().size() + " replacements");
        System.out.println(HexFormat.of().formatHex("5€ [net]".getBytes(Charset.forName("GSM-7"))));
        assertPrintedAndDocumented("GSM7, 5 replacements\n351b65201b3c6e65741b3e\n");
    }
}
