/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.otp.GenerateRequest;
import dev.septet.otp.InMemoryOtpStore;
import dev.septet.otp.OtpService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "SMS pumping" example: the code between the README markers below is the README's Java block, line for
 * line, and it prints what the README says.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/septet/otp/guard/ReadmeExamplesTest.java");

    @Test
    void pumpingExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin
            OtpService otp = OtpService.builder(InMemoryOtpStore.create())
                    .sendGuard(Guard.defaults()
                            .withAllowedCountries("ES", "PT", "FR")           // where your users are
                            .withListener(new GuardListener() {             // for logs and metrics
                                @Override
                                public void refused(Refusal r) {
                                    System.out.println("Refused by " + r.rule() + ", key " + r.key());
                                }
                            }))
                    .build();

            String clientIp = "203.0.113.7";                                   // counted per client key
            otp.generate(GenerateRequest.of("+34 612 34 56 78"), clientIp);    // a Spanish mobile: sent
            for (String number : new String[] {"+34 803 12 34 56", "+44 7400 123456"}) {
                try {
                    otp.generate(GenerateRequest.of(number), clientIp);
                } catch (GuardRefusedException e) {
                    // e.retryAt() is empty for these: retrying never helps (HTTP 403, not 429)
                    System.out.println(e.getMessage());
                }
            }
            // README end
        });
        assertThat(printed).isEqualToNormalizingNewlines("""
                Refused by NUMBER_TYPE, key PREMIUM_RATE
                Codes to PREMIUM_RATE numbers are blocked (NUMBER_TYPE).
                Refused by COUNTRY_NOT_ALLOWED, key GB
                Codes to region GB are not allowed (COUNTRY_NOT_ALLOWED).
                """);
        String readme = Files.readString(README);
        assertThat(readme).contains("```text\n" + printed.replace("\r\n", "\n") + "```");
        assertThat(javaBlockAfter(readme, "## SMS pumping")).isEqualTo(markedRegion(Files.readString(SOURCE)));
    }

    /** The first fenced Java block after a heading, as lines. */
    private static List<String> javaBlockAfter(String readme, String heading) {
        int at = readme.indexOf(heading);
        assertThat(at).as("README has " + heading).isNotNegative();
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return List.of(readme.substring(start, end).split("\n", -1)).subList(0,
                readme.substring(start, end).split("\n", -1).length - 1);
    }

    /** The lines between the README markers of this file, with the method body's indentation removed. */
    private static List<String> markedRegion(String source) {
        String[] lines = source.split("\n", -1);
        List<String> region = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.strip().equals("// README end")) {
                break;
            }
            if (in) {
                region.add(line.length() >= 12 ? line.substring(12) : line.strip());
            }
            if (line.strip().equals("// README begin")) {
                in = true;
            }
        }
        return region;
    }

    /** Runs a README example and returns what it printed to {@code System.out}. */
    private static String printedBy(Runnable example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
