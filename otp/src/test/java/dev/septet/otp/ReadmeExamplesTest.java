/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's OTP examples, verbatim: each test runs one, checks what it printed, and checks that the README still
 * holds it, by reading the lines between its {@code README begin} and {@code README end} markers from this file.
 */
class ReadmeExamplesTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/septet/otp/ReadmeExamplesTest.java");

    /**
     * Asserts that the README holds the snippet between the markers named {@code name} in this file, re-indented
     * as the README's code blocks are, followed by {@code output} in a text block when it is not empty.
     */
    static void assertReadmeHolds(String name, String output) throws IOException {
        String source = Files.readString(SOURCE);
        int begin = source.indexOf("// README begin " + name + "\n");
        int end = source.indexOf("// README end", begin);
        assertThat(begin).as("marker %s", name).isPositive();
        String[] lines = source.substring(source.indexOf('\n', begin) + 1, source.lastIndexOf('\n', end) + 1)
                .split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder snippet = new StringBuilder("```java\n");
        for (int i = 0; i < lines.length - 1; i++) {
            snippet.append(lines[i].isBlank() ? "" : lines[i].substring(indent)).append('\n');
        }
        snippet.append("```\n");
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).as("README snippet %s", name).contains(snippet);
        if (!output.isEmpty()) {
            assertThat(readme).contains(snippet + "\nprints\n\n```text\n" + output + "```\n");
        }
    }

    @Test
    void quickExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin quick
            OtpService otp = OtpService.builder(InMemoryOtpStore.create()).build();

            GeneratedCode generated = otp.generate(GenerateRequest.of("+34 666 555 444").withLength(6));
            RenderedMessage sms = OtpMessage.of("Your code is {code}. It expires in {minutes} minute.")
                    .withWebOtpDomain("example.com")
                    .render(generated);
            System.out.println(sms.analysis().encoding() + ", " + sms.analysis().parts() + " part");
            // send sms.text() (or the parts of sms.encode(reference)) through your SMS gateway; later, check what the user typed:
            CheckResult result = otp.check(CheckRequest.of("0034 666 555 444", generated.code()));
            System.out.println(result.reason().text() + ", attempts " + result.otp().get().attempts());
            // README end
            assertThat(sms.text()).endsWith("\n\n@example.com #" + generated.code());
        });
        assertThat(printed).isEqualToNormalizingNewlines("GSM7, 1 part\nValid, attempts 1\n");
        assertReadmeHolds("quick", "GSM7, 1 part\nValid, attempts 1\n");
    }

    @Test
    void postgresExampleRuns() throws IOException {
        DataSource dataSource = Postgres.dataSource();
        byte[] secretBytes = new byte[32];
        // README begin postgres
        PostgresOtpStore store = PostgresOtpStore.create(dataSource);   // a pooled javax.sql.DataSource
        store.createSchema();                                           // idempotent
        OtpService otp = OtpService.builder(store).secret(secretBytes).build();   // 32 random bytes
        // README end
        String code = otp.generate(GenerateRequest.of("john@example.com").withAppId("readme")).code();
        assertThat(otp.check(CheckRequest.of("John@Example.com", code).withAppId("readme")).valid()).isTrue();
        assertReadmeHolds("postgres", "");
    }

    @Test
    void libphonenumberNormaliserPrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin libphonenumber
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            RecipientNormalizer libphonenumber = recipient -> {
                if (recipient.contains("@")) {
                    return RecipientNormalizer.e164().normalize(recipient);   // e-mail addresses as before
                }
                try {
                    PhoneNumber number = phones.parse(recipient, "ES");         // national numbers read as Spanish
                    if (!phones.isValidNumber(number)) {
                        throw new OtpValidationException("recipient", "The recipient field must be a valid phone or email.");
                    }
                    return phones.format(number, PhoneNumberFormat.E164).substring(1);
                } catch (NumberParseException e) {
                    throw new OtpValidationException("recipient", "The recipient field must be a valid phone or email.");
                }
            };
            OtpService otp = OtpService.builder(InMemoryOtpStore.create()).recipientNormalizer(libphonenumber).build();
            System.out.println(otp.generate(GenerateRequest.of("666 55 54 44")).otp().recipient());
            // README end
            assertThat(otp.generate(GenerateRequest.of("+34 666 55 54 44")).otp().recipient()).isEqualTo("34666555444");
            assertThat(otp.generate(GenerateRequest.of("John@Example.com")).otp().recipient())
                    .isEqualTo("john@example.com");
        });
        assertThat(printed).isEqualToNormalizingNewlines("34666555444\n");
        assertReadmeHolds("libphonenumber", "34666555444\n");
    }

    @Test
    void throttleExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin throttle
            OtpService otp = OtpService.builder(InMemoryOtpStore.create())
                    .throttle(Throttle.none()
                            .withMinInterval(Duration.ofSeconds(30))         // one code per 30 seconds
                            .withMaxCodes(5, Duration.ofHours(1))            // and 5 per hour
                            .withMaxFailedChecks(10, Duration.ofHours(1)))   // 10 wrong codes per hour, across new codes
                    .build();

            otp.generate(GenerateRequest.of("+34 666 555 444"));
            try {
                otp.generate(GenerateRequest.of("+34 666 555 444"));
            } catch (ThrottledException e) {
                // e.retryAt() is when to try again
                System.out.println("Throttled by " + e.limit());
            }
            // README end
        });
        assertThat(printed).isEqualToNormalizingNewlines("Throttled by MIN_INTERVAL\n");
        assertReadmeHolds("throttle", "Throttled by MIN_INTERVAL\n");
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
