/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.Encoding;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rendering an OTP SMS template and checking its cost with core's analysis before sending. */
class OtpMessageTest {
    private static GeneratedCode generated(String code, int seconds) {
        Instant t = Instant.parse("2020-01-01T12:00:00Z");
        return new GeneratedCode(code, new OtpRecord("34666555444", 0, 3, seconds, "", t, t, t.plusSeconds(seconds)));
    }

    @Test
    void rendersCodeAndMinutesInOneGsmPart() {
        RenderedMessage m = OtpMessage.of("Your code is {code}. It expires in {minutes} minutes.")
                .render(generated("0421", 300));
        assertThat(m.text()).isEqualTo("Your code is 0421. It expires in 5 minutes.");
        assertThat(m.analysis().encoding()).isEqualTo(Encoding.GSM7);
        assertThat(m.analysis().parts()).isEqualTo(1);
        assertThat(m.analysis().units()).isEqualTo(m.text().length());
    }

    @Test
    void minutesRoundDownSoTheMessageNeverPromisesTooMuch() {
        assertThat(OtpMessage.of("{code} {minutes}").render(generated("1234", 90)).text()).isEqualTo("1234 1");
    }

    @Test
    void appendsTheWebOtpLine() {
        RenderedMessage m = OtpMessage.of("Your code is {code}").withWebOtpDomain("Example.COM")
                .render(generated("123456", 60));
        assertThat(m.text()).isEqualTo("Your code is 123456\n\n@example.com #123456");
    }

    @Test
    void failsClearlyWhenTheMessageNeedsTooManyParts() {
        OtpMessage tooLong = OtpMessage.of("x".repeat(157) + "{code}");
        assertThatThrownBy(() -> tooLong.render(generated("1234", 60)))
                .isInstanceOfSatisfying(OtpValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("template");
                    assertThat(e.getMessage()).isEqualTo(
                            "The template field renders to 2 SMS parts (GSM7, 161 septets); at most 1 allowed.");
                });
        assertThat(tooLong.withMaxParts(2).render(generated("1234", 60)).analysis().parts()).isEqualTo(2);
        assertThat(OtpMessage.of("x".repeat(156) + "{code}").render(generated("1234", 60)).analysis().parts())
                .isEqualTo(1);
    }

    @Test
    void unicodeTemplatesAreCountedAsUcs2() {
        OtpMessage greek = OtpMessage.of("\u039f \u03ba\u03c9\u03b4\u03b9\u03ba\u03cc\u03c2 \u03c3\u03b1\u03c2: {code} \uD83D\uDD10");
        RenderedMessage m = greek.render(generated("1234", 60));
        assertThat(m.analysis().encoding()).isEqualTo(Encoding.UCS2);
        assertThatThrownBy(() -> OtpMessage.of("\uD83D\uDD10".repeat(34) + "{code}").render(generated("1234", 60)))
                .hasMessage("The template field renders to 2 SMS parts (UCS2, 72 UTF-16 code units); at most 1 allowed.");
    }

    @Test
    void invalidTemplatesAreRejected() {
        assertThatThrownBy(() -> OtpMessage.of("no placeholder")).isInstanceOf(OtpValidationException.class)
                .hasMessage("The template field must contain {code}.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withMaxParts(0))
                .hasMessage("The maxParts field must be between 1 and 255.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withWebOtpDomain("not a domain"))
                .hasMessage("The webOtpDomain field must be a host name.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withWebOtpDomain("localhost"))
                .isInstanceOf(OtpValidationException.class);
    }

    @Test
    void toStringLeavesTheCodeOut() {
        RenderedMessage m = OtpMessage.of("Code {code}").render(generated("98765432", 60));
        assertThat(m.toString()).doesNotContain("98765432").contains("parts=1");
    }

    @Test
    void rendersWhatTheServiceGenerates() {
        OtpService otp = OtpService.builder(InMemoryOtpStore.create()).build();
        GeneratedCode code = otp.generate(GenerateRequest.of("+34 666 555 444").withLength(6));
        RenderedMessage m = OtpMessage.of("{code} is your code").withSmsOptions(dev.septet.sms.SmsOptions.defaults())
                .render(code);
        assertThat(m.text()).isEqualTo(code.code() + " is your code");
    }
}
