/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.error;
import static dev.septet.cli.Cli.run;
import static dev.septet.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code rules} subcommand and its JSON contract: {@code recipient}, {@code country}, {@code purpose},
 * {@code sendableNow}, {@code nextAllowedAt}, {@code violations}, {@code parts}, {@code withStopLine}; read with the
 * tests' own Jackson mapper.
 */
class RulesCliTest {

    static final List<String> FIELDS = List.of(
            "recipient", "country", "purpose", "sendableNow", "nextAllowedAt", "violations", "parts", "withStopLine");

    @Test
    void sundayInFranceWaitsForMondayAndLacksTheStopLine() {
        Cli.Result r = run(
                "rules",
                "--to",
                "+33612345678",
                "--purpose",
                "marketing",
                "--at",
                "2026-12-06T14:00:00Z",
                "--short-code",
                "36180",
                "--json",
                "Soldes ce week-end");

        assertThat(r.status()).isZero();
        Map<String, Object> j = r.json();
        assertThat(j.keySet()).containsExactlyElementsOf(FIELDS);
        assertThat(j)
                .containsEntry("recipient", "+33612345678")
                .containsEntry("country", "FR")
                .containsEntry("purpose", "marketing")
                .containsEntry("sendableNow", false)
                .containsEntry("nextAllowedAt", "2026-12-07T07:00:00Z")
                .containsEntry("parts", 1L)
                .containsEntry("withStopLine", Map.of("text", "Soldes ce week-end\nSTOP au 36180", "parts", 1L));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) j.get("violations");
        assertThat(violations).extracting(v -> v.get("rule")).containsExactly("quiet-hours", "stop-line");
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.keySet()).containsExactly("rule", "country", "message");
            assertThat(v).containsEntry("country", "FR");
        });
    }

    @Test
    void aSendableMessageHasNoViolationsAndNulls() {
        Map<String, Object> j = run(
                        "rules",
                        "--json",
                        "--to",
                        "+33 6 12 34 56 78",
                        "--purpose",
                        "marketing",
                        "--at",
                        "2026-12-08T09:00:00Z",
                        "Offre\nSTOP au 36180")
                .json();
        assertThat(j)
                .containsEntry("sendableNow", true)
                .containsEntry("nextAllowedAt", null)
                .containsEntry("violations", List.of())
                .containsEntry("withStopLine", null)
                .containsEntry("recipient", "+33612345678");
    }

    @Test
    void theStopLineTurnsA155CharacterMessageIntoTwoParts() {
        String text = "a".repeat(155);
        Map<String, Object> j = run(
                        "rules",
                        "--json",
                        "--to",
                        "+33612345678",
                        "--purpose",
                        "marketing",
                        "--at",
                        "2026-12-08T09:00:00Z",
                        text)
                .json();
        assertThat(j)
                .containsEntry("parts", 1L)
                .containsEntry("withStopLine", Map.of("text", text + "\nSTOP au XXXXX", "parts", 2L));
    }

    @Test
    void shortenerViolationsCarryTheirSpan() {
        Map<String, Object> j = run(
                        "rules",
                        "--json",
                        "--to",
                        "+12015550123",
                        "--purpose",
                        "marketing",
                        "--at",
                        "2026-12-08T15:00:00Z",
                        "--category",
                        "crypto,gambling",
                        "Sale: HTTPS://bit.ly/x.")
                .json();
        assertThat(j).containsEntry("country", "US").containsEntry("nextAllowedAt", null);
        assertThat(j.get("violations"))
                .isEqualTo(List.of(
                        Map.of(
                                "rule",
                                "public-shortener",
                                "country",
                                "US",
                                "message",
                                "Marketing to US may not link through the public URL shortener bit.ly "
                                        + "(\"HTTPS://bit.ly/x\"); use a custom domain",
                                "start",
                                6L,
                                "end",
                                22L),
                        Map.of(
                                "rule",
                                "prohibited-content",
                                "country",
                                "US",
                                "message",
                                "content category gambling is prohibited in marketing to US"),
                        Map.of(
                                "rule",
                                "prohibited-content",
                                "country",
                                "US",
                                "message",
                                "content category crypto is prohibited in marketing to US")));
    }

    @Test
    void aCanadianNumberIsNotAmerican() {
        Map<String, Object> j = run(
                        "rules",
                        "--json",
                        "--to",
                        "+15062345678",
                        "--purpose",
                        "marketing",
                        "--at",
                        "2026-12-08T15:00:00Z",
                        "Sale: bit.ly/x")
                .json();
        assertThat(j).containsEntry("country", "CA").containsEntry("sendableNow", true);
    }

    @Test
    void consentAndAgeVerificationFlags() {
        Map<String, Object> ireland = run(
                        "rules",
                        "--json",
                        "--to",
                        "+353850123456",
                        "--purpose",
                        "marketing",
                        "--at",
                        "2026-12-08T15:00:00Z",
                        "Offer")
                .json();
        assertThat(ireland).containsEntry("sendableNow", false);
        assertThat(run(
                                "rules",
                                "--json",
                                "--consent",
                                "--to",
                                "+353850123456",
                                "--purpose",
                                "marketing",
                                "--at",
                                "2026-12-08T15:00:00Z",
                                "Offer")
                        .json())
                .containsEntry("sendableNow", true);
        assertThat(run(
                                "rules",
                                "--json",
                                "--age-verified",
                                "--category",
                                "gambling",
                                "--to",
                                "+447400123456",
                                "--purpose",
                                "marketing",
                                "--at",
                                "2026-12-08T15:00:00Z",
                                "Bet")
                        .json())
                .containsEntry("sendableNow", true);
        assertThat(run(
                                "rules",
                                "--json",
                                "--category",
                                "gambling",
                                "--to",
                                "+447400123456",
                                "--purpose",
                                "marketing",
                                "--at",
                                "2026-12-08T15:00:00Z",
                                "Bet")
                        .json())
                .containsEntry("sendableNow", false);
    }

    @Test
    void nationalNumbersNeedARegion() {
        Map<String, Object> j = run(
                        "rules",
                        "--json",
                        "--region",
                        "CO",
                        "--to",
                        "321 1234567",
                        "--purpose",
                        "transactional",
                        "--at",
                        "2026-12-08T15:00:00+01:00",
                        "Hola")
                .json();
        assertThat(j)
                .containsEntry("country", "CO")
                .containsEntry("recipient", "+573211234567")
                .containsEntry("purpose", "transactional");
        Cli.Result r = run(
                "rules",
                "--json",
                "--to",
                "321 1234567",
                "--purpose",
                "marketing",
                "--at",
                "2026-12-08T15:00:00Z",
                "Hola");
        assertThat(r.status()).isEqualTo(2);
        assertThat(error(r.json()))
                .containsEntry("field", "to")
                .containsEntry("option", "--to")
                .containsEntry("code", 422L);
    }

    @Test
    void badInputIsAUsageErrorNamingTheOption() {
        Cli.Result unknown = run(
                "rules",
                "--json",
                "--to",
                "+33612345678",
                "--purpose",
                "marketing",
                "--at",
                "2026-12-08T15:00:00Z",
                "--category",
                "casino",
                "x");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(error(unknown.json())).containsEntry("field", "categories").containsEntry("option", "--category");
        assertThat((String) error(unknown.json()).get("message")).contains("\"casino\"");

        Cli.Result badAt = run("rules", "--to", "+33612345678", "--purpose", "marketing", "--at", "tomorrow", "x");
        assertThat(badAt.status()).isEqualTo(2);
        assertThat(badAt.err()).contains("--at must be an ISO-8601 instant", "'tomorrow'");

        Cli.Result noAt = run("rules", "--to", "+33612345678", "--purpose", "marketing", "x");
        assertThat(noAt.status()).isEqualTo(2);
        assertThat(noAt.err()).contains("missing --at");

        Cli.Result badPurpose = run(
                "rules", "--json", "--to", "+33612345678", "--purpose", "promo", "--at", "2026-12-08T15:00:00Z", "x");
        assertThat(error(badPurpose.json())).containsEntry("field", "purpose");

        Cli.Result badRecipient =
                run("rules", "--json", "--to", "hello", "--purpose", "marketing", "--at", "2026-12-08T15:00:00Z", "x");
        assertThat(badRecipient.status()).isEqualTo(2);
        assertThat((String) error(badRecipient.json()).get("message")).startsWith("recipient is not a phone number");
    }

    @Test
    void aLineMayNameItsConsents() {
        String ie = "{\"id\": %s, \"to\": \"+353850123456\", \"purpose\": \"marketing\", \"at\": "
                + "\"2026-12-08T15:00:00Z\", \"text\": \"Offer\", %s}";
        String gb = "{\"id\": %s, \"to\": \"+447400123456\", \"purpose\": \"marketing\", \"at\": "
                + "\"2026-12-08T15:00:00Z\", \"text\": \"Bet\", \"categories\": \"gambling\", %s}";
        String input = String.join(
                "\n",
                String.format(ie, 1, "\"consent\": false"),
                String.format(ie, 2, "\"consent\": \"express-opt-in\""),
                String.format(gb, 3, "\"consent\": [\"age-verified\"]"),
                String.format(gb, 4, "\"ageVerified\": true"),
                String.format(gb, 5, "\"ageVerified\": false"),
                String.format(ie, 6, "\"consent\": 1"),
                String.format(ie, 7, "\"consent\": [\"yes\"]"));
        List<Map<String, Object>> lines =
                runWithInput(input, "rules", "--jsonl", "--consent").jsonLines();
        assertThat(lines.get(0)).containsEntry("sendableNow", false);
        assertThat(lines.get(1)).containsEntry("sendableNow", true);
        assertThat(lines.get(2)).containsEntry("sendableNow", true);
        assertThat(lines.get(3)).containsEntry("sendableNow", true);
        assertThat(lines.get(4)).containsEntry("sendableNow", false);
        assertThat(error(lines.get(5))).containsEntry("field", "consent");
        assertThat(error(lines.get(6))).containsEntry("field", "consent");
    }

    @Test
    void theReadmeExampleIsWhatTheCommandPrints() throws IOException {
        String[] args = {
            "rules",
            "--json",
            "--to",
            "+33612345678",
            "--purpose",
            "marketing",
            "--at",
            "2026-12-06T14:00:00Z",
            "--short-code",
            "36180",
            "Soldes ce week-end"
        };
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String command = "java -jar cli/target/septet.jar "
                + String.join(" ", List.of(args).subList(0, 10)) + " \"" + args[10] + "\"";
        String sh = "```sh\n" + command + "\n```\n\n```json\n";
        assertThat(readme).contains(sh);
        int start = readme.indexOf(sh) + sh.length();
        String documented = readme.substring(start, readme.indexOf("```", start));
        assertThat(Cli.object(documented)).isEqualTo(run(args).json());
    }

    @Test
    void humanOutput() {
        Cli.Result r = run(
                "rules", "--to", "+33612345678", "--purpose", "marketing", "--at", "2026-12-06T14:00:00Z", "Soldes");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains(
                        "Recipient:    +33612345678 (FR)",
                        "Sendable now: no",
                        "Violation:    quiet-hours: ",
                        "Next allowed: 2026-12-07T07:00:00Z",
                        "Parts:        1",
                        "With STOP:    1 part(s): Soldes\\nSTOP au XXXXX");
    }

    @Test
    void jsonlAnswersEachLineWithItsId() {
        String input = String.join(
                "\n",
                "{\"id\": \"fr\", \"to\": \"+33612345678\", \"purpose\": \"marketing\", \"at\": "
                        + "\"2026-12-12T21:30:00Z\", \"text\": \"Offre\"}",
                "{\"id\": 2, \"to\": \"+12015550123\", \"purpose\": \"marketing\", \"at\": \"2026-12-08T15:00:00Z\", "
                        + "\"text\": \"Bet bit.ly/x\", \"categories\": [\"gambling\"]}",
                "{\"id\": \"ie\", \"to\": \"+353850123456\", \"purpose\": \"marketing\", \"at\": "
                        + "\"2026-12-08T15:00:00Z\", \"text\": \"Offer\", \"consent\": true}",
                "{\"id\": \"bad\", \"to\": \"+33612345678\", \"purpose\": \"marketing\", \"at\": "
                        + "\"2026-12-08T15:00:00Z\", \"text\": \"x\", \"categories\": [\"casino\"]}",
                "{\"id\": \"noat\", \"to\": \"+33612345678\", \"purpose\": \"marketing\", \"text\": \"x\"}",
                "{\"id\": \"co\", \"to\": \"+573211234567\", \"purpose\": \"marketing\", \"at\": "
                        + "\"2026-01-12T15:00:00Z\", \"text\": \"Oferta\"}",
                "{\"id\": \"odd\", \"to\": \"+33612345678\", \"purpose\": \"marketing\", \"at\": "
                        + "\"2026-12-08T15:00:00Z\", \"text\": \"x\", \"colour\": \"red\"}");
        Cli.Result r = runWithInput(input, "rules", "--jsonl", "--short-code", "36180");

        assertThat(r.status()).isZero();
        List<Map<String, Object>> lines = r.jsonLines();
        assertThat(lines).hasSize(7);
        // Saturday 22:30 in Paris: Monday 08:00
        assertThat(lines.get(0).keySet())
                .containsExactly(
                        "id",
                        "recipient",
                        "country",
                        "purpose",
                        "sendableNow",
                        "nextAllowedAt",
                        "violations",
                        "parts",
                        "withStopLine");
        assertThat(lines.get(0))
                .containsEntry("id", "fr")
                .containsEntry("nextAllowedAt", "2026-12-14T07:00:00Z")
                .containsEntry("withStopLine", Map.of("text", "Offre\nSTOP au 36180", "parts", 1L));
        assertThat(lines.get(1))
                .containsEntry("id", 2L)
                .containsEntry("country", "US")
                .containsEntry("sendableNow", false);
        assertThat(lines.get(2)).containsEntry("id", "ie").containsEntry("sendableNow", true);
        assertThat(lines.get(3)).containsEntry("id", "bad");
        assertThat(error(lines.get(3))).containsEntry("field", "categories").containsEntry("line", 4L);
        assertThat(error(lines.get(4))).containsEntry("field", "at").containsEntry("option", "\"at\"");
        // Monday 12 January 2026 is a Colombian holiday (Reyes Magos, moved): Tuesday 07:00 in Bogota
        assertThat(lines.get(5)).containsEntry("id", "co").containsEntry("nextAllowedAt", "2026-01-13T12:00:00Z");
        assertThat(error(lines.get(6))).containsEntry("field", "colour");
    }

    @Test
    void readableOutputEscapesControlsAndBidiOverridesFromTheText() {
        Cli.Result stop = run(
                "rules",
                "--to",
                "+33612345678",
                "--purpose",
                "marketing",
                "--at",
                "2026-12-06T14:00:00Z",
                "Offre\u001B[2J\u202E");
        Cli.Result link = run(
                "rules",
                "--to",
                "+14155550100",
                "--purpose",
                "marketing",
                "--at",
                "2026-12-07T18:00:00Z",
                "go bit.ly/\u001B]0;x\u0007y");

        assertThat(stop.status()).isZero();
        assertThat(stop.out())
                .contains("With STOP:    1 part(s): Offre\\u001B[2J\\u202E\\nSTOP au XXXXX")
                .doesNotContain("\u001B", "\u202E");
        assertThat(link.status()).isZero();
        assertThat(link.out())
                .contains("public-shortener")
                .contains("\\u001B]0;x\\u0007y")
                .doesNotContain("\u001B", "\u0007");
    }
}
