/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.sms.EncodedPart;
import dev.septet.sms.Encoding;
import dev.septet.sms.EncodingChoice;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import dev.septet.sms.UserData;
import java.time.Instant;
import java.util.List;
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
    void minutesRoundUpSoAShortValidityNeverReadsZero() {
        OtpMessage message = OtpMessage.of("{code} {minutes} min, {seconds} s");
        assertThat(message.render(generated("1234", 30)).text()).isEqualTo("1234 1 min, 30 s");
        assertThat(message.render(generated("1234", 59)).text()).isEqualTo("1234 1 min, 59 s");
        assertThat(message.render(generated("1234", 60)).text()).isEqualTo("1234 1 min, 60 s");
        assertThat(message.render(generated("1234", 90)).text()).isEqualTo("1234 2 min, 90 s");
        assertThat(message.render(generated("1234", 600)).text()).isEqualTo("1234 10 min, 600 s");
    }

    @Test
    void theTextIsWhatWasPricedAndEncodesToThoseParts() {
        OtpMessage curly = OtpMessage.of("Your code is \u201c{code}\u201d \u2013 don\u2019t share it")
                .withSmsOptions(SmsOptions.defaults().withSmartEncoding(true));
        RenderedMessage m = curly.render(generated("123456", 60));
        assertThat(m.analysis().encoding()).isEqualTo(Encoding.GSM7);
        assertThat(m.analysis().parts()).isEqualTo(1);
        assertThat(m.text()).isEqualTo("Your code is \"123456\" - don't share it");
        assertThat(Sms.analyze(m.text(), m.options()).encoding())
                .as("sending text() costs what was priced")
                .isEqualTo(Encoding.GSM7);
        List<EncodedPart> parts = m.encode(7);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).text()).isEqualTo(m.text());
        assertThat(Sms.decode(UserData.of(
                                parts.get(0).dcs(),
                                parts.get(0).udhi(),
                                parts.get(0).userData()))
                        .text())
                .isEqualTo(m.text());
        assertThat(m.options().maxParts()).isEqualTo(1);
        RenderedMessage nfc = OtpMessage.of("Cafe\u0301 {code}")
                .withSmsOptions(SmsOptions.defaults().withNormalizeNfc(true))
                .render(generated("1234", 60));
        assertThat(nfc.text()).isEqualTo("Caf\u00e9 1234");
    }

    @Test
    void templatesCoreCannotEncodeAreValidationErrors() {
        assertThatThrownBy(() -> OtpMessage.of("{code} \uD83D"))
                .isInstanceOfSatisfying(OtpValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("template");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "The template field must not contain an unpaired surrogate; found one at index 7.");
                });
        assertThatThrownBy(() -> OtpMessage.of("\uDC00{code}")).isInstanceOf(OtpValidationException.class);
        OtpMessage huge = OtpMessage.of("x".repeat(153 * 255) + "{code}").withMaxParts(255);
        assertThatThrownBy(() -> huge.render(generated("1234", 60)))
                .isInstanceOfSatisfying(OtpValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("template");
                    assertThat(e.getMessage())
                            .isEqualTo("The template field renders to more than 255 SMS parts; at most 255 allowed.");
                });
        OtpMessage forced = OtpMessage.of("\u4f60\u597d {code}")
                .withSmsOptions(SmsOptions.defaults().withEncoding(EncodingChoice.GSM7));
        assertThatThrownBy(() -> forced.render(generated("1234", 60)))
                .isInstanceOf(OtpValidationException.class)
                .hasMessageStartingWith("The template field cannot be encoded with these SMS options (UNENCODABLE");
    }

    @Test
    void appendsTheWebOtpLine() {
        RenderedMessage m = OtpMessage.of("Your code is {code}")
                .withWebOtpDomain("Example.COM")
                .render(generated("123456", 60));
        assertThat(m.text()).isEqualTo("Your code is 123456\n\n@example.com #123456");
    }

    @Test
    void failsClearlyWhenTheMessageNeedsTooManyParts() {
        OtpMessage tooLong = OtpMessage.of("x".repeat(157) + "{code}");
        assertThatThrownBy(() -> tooLong.render(generated("1234", 60)))
                .isInstanceOfSatisfying(OtpValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("template");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "The template field renders to 2 SMS parts (GSM7, 161 septets); at most 1 allowed.");
                });
        assertThat(tooLong.withMaxParts(2)
                        .render(generated("1234", 60))
                        .analysis()
                        .parts())
                .isEqualTo(2);
        assertThat(OtpMessage.of("x".repeat(156) + "{code}")
                        .render(generated("1234", 60))
                        .analysis()
                        .parts())
                .isEqualTo(1);
    }

    @Test
    void unicodeTemplatesAreCountedAsUcs2() {
        OtpMessage greek = OtpMessage.of(
                "\u039f \u03ba\u03c9\u03b4\u03b9\u03ba\u03cc\u03c2 \u03c3\u03b1\u03c2: {code} \uD83D\uDD10");
        RenderedMessage m = greek.render(generated("1234", 60));
        assertThat(m.analysis().encoding()).isEqualTo(Encoding.UCS2);
        assertThatThrownBy(() ->
                        OtpMessage.of("\uD83D\uDD10".repeat(34) + "{code}").render(generated("1234", 60)))
                .hasMessage(
                        "The template field renders to 2 SMS parts (UCS2, 72 UTF-16 code units); at most 1 allowed.");
    }

    @Test
    void invalidTemplatesAreRejected() {
        assertThatThrownBy(() -> OtpMessage.of("no placeholder"))
                .isInstanceOf(OtpValidationException.class)
                .hasMessage("The template field must contain {code}.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withMaxParts(0))
                .hasMessage("The maxParts field must be between 1 and 255.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withWebOtpDomain("not a domain"))
                .hasMessage("The webOtpDomain field must be a host name.");
        assertThatThrownBy(() -> OtpMessage.of("{code}").withWebOtpDomain("localhost"))
                .isInstanceOf(OtpValidationException.class);
    }

    @Test
    void nullArgumentsAreRejectedNamingTheParameter() {
        OtpMessage message = OtpMessage.of("{code}");
        assertThatThrownBy(() -> OtpMessage.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("template");
        assertThatThrownBy(() -> message.withWebOtpDomain(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("domain");
        assertThatThrownBy(() -> message.withSmsOptions(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("smsOptions");
        assertThatThrownBy(() -> message.render(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("generated");
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
        RenderedMessage m = OtpMessage.of("{code} is your code")
                .withSmsOptions(dev.septet.sms.SmsOptions.defaults())
                .render(code);
        assertThat(m.text()).isEqualTo(code.code() + " is your code");
    }
}
