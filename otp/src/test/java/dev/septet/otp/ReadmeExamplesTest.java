/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The README's OTP examples, verbatim, with their printed output checked. */
class ReadmeExamplesTest {

    @Test
    void quickExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin
            OtpService otp = OtpService.builder(InMemoryOtpStore.create()).build();

            GeneratedCode generated = otp.generate(GenerateRequest.of("+34 666 555 444").withLength(6));
            RenderedMessage sms = OtpMessage.of("Your code is {code}. It expires in {minutes} minute.")
                    .withWebOtpDomain("example.com")
                    .render(generated);
            System.out.println(sms.analysis().encoding() + ", " + sms.analysis().parts() + " part");
            // send sms.text() through your SMS gateway; later, check what the user typed:
            CheckResult result = otp.check(CheckRequest.of("34666555444", generated.code()));
            System.out.println(result.reason().text() + ", attempts " + result.otp().get().attempts());
            // README end
            assertThat(sms.text()).endsWith("\n\n@example.com #" + generated.code());
        });
        assertThat(printed).isEqualToNormalizingNewlines("GSM7, 1 part\nValid, attempts 1\n");
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("GSM7, 1 part\nValid, attempts 1",
                "OtpService otp = OtpService.builder(InMemoryOtpStore.create()).build();",
                ".render(generated);");
    }

    @Test
    void jdbcExampleRuns() {
        DataSource dataSource = Postgres.dataSource();
        byte[] secretBytes = new byte[32];
        PostgresOtpStore store = PostgresOtpStore.create(dataSource);   // a pooled javax.sql.DataSource
        store.createSchema();                                   // idempotent
        OtpService otp = OtpService.builder(store).secret(secretBytes).build();   // 32 random bytes
        String code = otp.generate(GenerateRequest.of("john@example.com").withAppId("readme")).code();
        assertThat(otp.check(CheckRequest.of("John@Example.com", code).withAppId("readme")).valid()).isTrue();
    }

    @Test
    void throttleExamplePrintsWhatTheReadmeSays() throws IOException {
        String printed = printedBy(() -> {
            // README begin
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
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("```text\nThrottled by MIN_INTERVAL\n```",
                ".withMaxFailedChecks(10, Duration.ofHours(1)))   // 10 wrong codes per hour, across new codes",
                "System.out.println(\"Throttled by \" + e.limit());");
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
