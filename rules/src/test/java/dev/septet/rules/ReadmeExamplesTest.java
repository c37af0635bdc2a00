/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "Pre-send checks" examples of README.md: each snippet runs here, its printed output is compared with the
 * README's, and the README must hold the snippet exactly as written between the markers in this file.
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

    @Test
    void checkBeforeSending() throws IOException {
        // README snippet 1 begin
        PreSendCheck rules = PreSendCheck.create();   // the default rules; thread-safe, create once and reuse

        String text = "Soldes d'hiver : -30 % sur tout le magasin ce week-end, en boutique et sur notre site. "
                + "Livraison offerte des 50 euros, retours gratuits sous 30 jours.";   // 150 GSM characters
        Verdict v = rules.check(CheckRequest.of("+33 6 12 34 56 78", text, Purpose.MARKETING,
                        Instant.parse("2026-12-06T14:00:00Z"))   // a Sunday, 15:00 in Paris
                .withShortCode("36180"));

        System.out.println(v.country() + ", sendable now: " + v.sendableNow());
        for (Violation violation : v.violations()) {
            System.out.println(violation.rule().id() + ": " + violation.message());
        }
        System.out.println("next allowed at " + v.nextAllowedAt().orElseThrow());
        AmendedMessage fixed = v.withStopLine().orElseThrow();   // text + "\nSTOP au 36180"
        System.out.println(v.parts() + " part as written, " + fixed.parts() + " parts with the STOP line");
        // README snippet 1 end
        assertPrintedAndDocumented(1);
    }

    @Test
    void changeTheRules() throws IOException {
        // README snippet 2 begin
        RuleTable table = RuleTable.defaults();
        CountryRules colombia = table.country("CO").orElseThrow();
        PreSendCheck rules = PreSendCheck.create(table
                .with(colombia.withHours(colombia.hours().orElseThrow().withHoliday(LocalDate.of(2027, 9, 14))))
                .with(CountryRules.of("DE").withProhibited(List.of(ContentCategory.GAMBLING))));

        Verdict v = rules.check(CheckRequest.of("+49 1512 3456789", "Jetzt wetten!", Purpose.MARKETING, Instant.now())
                .withCategories(ContentCategory.GAMBLING));
        System.out.println(v.violations().get(0).message());
        // README snippet 2 end
        assertPrintedAndDocumented(2);
    }

    /** Checks the printed lines against the README's {@code text} block after snippet n, and the snippet itself. */
    private void assertPrintedAndDocumented(int n) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String snippet = snippet(n);
        String java = "```java\n" + snippet + "```\n";
        assertThat(readme).contains(java);
        int after = readme.indexOf(java) + java.length();
        String printed = captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(readme.substring(after)).startsWith("\nprints\n\n```text\n" + printed + "```\n");
    }

    /** The lines between this file's markers for snippet n, with the method body's indentation removed. */
    private static String snippet(int n) throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/java/dev/septet/rules/ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
        int begin = lines.indexOf("        // README snippet " + n + " begin");
        int end = lines.indexOf("        // README snippet " + n + " end");
        assertThat(begin).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(begin + 1, end)) {
            body.add(line.isEmpty() ? line : line.substring(8));
        }
        return String.join("\n", body) + "\n";
    }
}
