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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's command-line examples, with the output the README shows. */
class ReadmeTest {
    private static final String JAR = "java -jar cli/target/septet.jar";

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void quickStartBuildsTheCliJarAndShowsWhatItPrints() throws IOException {
        Cli.Result r = Cli.run("analyze", "Ol\u00E1 [mundo] \uD83D\uDC4B");
        assertThat(r.status()).isZero();
        assertThat(readme()).contains("./mvnw -B -q -DskipTests package -pl cli -am && " + JAR
                + " analyze \"Ol\u00E1 [mundo] \uD83D\uDC4B\"\n```\n\n```text\n" + r.out() + "```");
    }

    @Test
    void theEncodeToDecodePipeWorksAsDocumented() throws IOException {
        assertThat(readme()).contains(JAR + " encode --json \"$(printf 'x%.0s' {1..200})\" | " + JAR
                + " decode --jsonl");
        Cli.Result encoded = Cli.run("encode", "--json", "x".repeat(200));
        assertThat(Cli.runWithInput(encoded.out(), "decode", "--jsonl").jsonLines().get(0))
                .containsEntry("text", "x".repeat(200));
    }

    @Test
    void everyDocumentedLineOptionIsAccepted() throws IOException {
        for (String name : Settings.lineOptionNames().split(", ")) {
            assertThat(readme()).as(name).contains("`" + name + "`");
        }
    }

    @Test
    void theReadmeListsExactlyTheApiNamesALineMayUse() throws IOException {
        Matcher sentence = Pattern.compile("\\((?:the API names )?([^)]*) are accepted too\\)")
                .matcher(readme().replaceAll("\\s+", " "));
        assertThat(sentence.find()).isTrue();
        Set<String> listed = new LinkedHashSet<>();
        Matcher name = Pattern.compile("`([A-Za-z0-9]+)`").matcher(sentence.group(1));
        while (name.find()) {
            listed.add(name.group(1));
        }
        assertThat(listed).isEqualTo(Settings.lineOptionAliases());
        StringBuilder lines = new StringBuilder();
        for (String alias : listed) {
            lines.append("{\"text\":\"a\",\"").append(alias).append("\":{}}\n");
        }
        lines.append("{\"text\":\"a\",\"smart_encoding\":true}\n");
        List<Map<String, Object>> answers =
                Cli.runWithInput(lines.toString(), "encode", "--jsonl").jsonLines();
        for (int i = 0; i < listed.size(); i++) {
            assertThat((String) Cli.error(answers.get(i)).get("message")).doesNotContain("unknown field");
        }
        assertThat((String) Cli.error(answers.get(listed.size())).get("message"))
                .contains("unknown field \"smart_encoding\"");
    }

    @Test
    void theRulesExitStatusesAreTheDocumentedOnes() throws IOException {
        String readme = readme().replaceAll("\\s+", " ");
        int start = readme.indexOf("The exit status is 0 for every verdict");
        assertThat(start).isNotNegative();
        String sentence = readme.substring(start, readme.indexOf("2 for bad input", start));
        String help = Cli.run("rules", "--help").out();
        assertThat(help).contains("1 for a text the options reject");
        String[][] rejected = {
            {"TEXT_MISSING", ""}, {"TOO_MANY_PARTS", "--max-parts", "1", "x".repeat(200)}, {"UNENCODABLE", "--encoding", "gsm7", "\u4E2D"}
        };
        for (String[] c : rejected) {
            List<String> args = new ArrayList<>(List.of(
                    "rules", "--json", "--to", "+33612345678", "--purpose", "marketing", "--at", "2026-12-07T10:00:00Z"));
            args.addAll(Arrays.asList(c).subList(1, c.length));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.status()).as(c[0]).isEqualTo(1);
            assertThat(Cli.error(r.json())).containsEntry("name", c[0]);
            assertThat(sentence).as(c[0]).contains("`" + c[0] + "`");
        }
    }
}
