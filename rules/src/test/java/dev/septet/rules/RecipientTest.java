/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The recipient's country from libphonenumber, in national and international spelling, and bad recipients. */
class RecipientTest {

    static final Instant AT = Instant.parse("2026-12-08T15:00:00Z");
    private static final PreSendCheck CHECK = PreSendCheck.create();

    static Verdict check(CheckRequest request) {
        return CHECK.check(request);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+33 6 12 34 56 78   |    | FR | +33612345678",
                "06 12 34 56 78      | FR | FR | +33612345678",
                "0612345678          | fr | FR | +33612345678",
                "+34 612 345 678     |    | ES | +34612345678",
                "612 34 56 78        | ES | ES | +34612345678",
                "+44 7400 123456     |    | GB | +447400123456",
                "07400 123456        | GB | GB | +447400123456",
                "+1 (201) 555-0123   |    | US | +12015550123",
                "(201) 555-0123      | US | US | +12015550123",
                "+1 506 234 5678     |    | CA | +15062345678",
                "(506) 234-5678      | CA | CA | +15062345678",
                "+1 416 555 0199     |    | CA | +14165550199",
                "+57 321 123 4567    |    | CO | +573211234567",
                "321 1234567         | CO | CO | +573211234567",
                "+353 85 012 3456    |    | IE | +353850123456",
                "085 012 3456        | IE | IE | +353850123456",
                "+33612345678        | US | FR | +33612345678",
                "+1 809 555 0100     |    | DO | +18095550100",
                "+44 7624 123456     |    | IM | +447624123456",
            })
    void countryOfEachSpelling(String number, String region, String country, String e164) {
        CheckRequest request = CheckRequest.of(number, "Hello", Purpose.TRANSACTIONAL, AT);
        if (region != null) {
            request = request.withDefaultRegion(region);
        }
        Verdict v = check(request);
        assertThat(v.country()).isEqualTo(country);
        assertThat(v.recipient()).isEqualTo(e164);
    }

    @Test
    void aCanadianPlusOneNumberIsNotAmerican() {
        // same country calling code, same text, same instant: the US shortener rule binds only the US number
        String text = "Sale: bit.ly/a";
        Verdict canada = check(CheckRequest.of("+1 506 234 5678", text, Purpose.MARKETING, AT));
        Verdict usa = check(CheckRequest.of("+1 201 555 0123", text, Purpose.MARKETING, AT));
        assertThat(canada.country()).isEqualTo("CA");
        assertThat(usa.country()).isEqualTo("US");
        assertThat(canada.sendableNow()).isTrue();
        assertThat(usa.breaks(RuleId.PUBLIC_SHORTENER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "+",
                "+999 123 456",
                "+1 000 555 0100",
                "+800 1234 5678",
                "+33 1",
                "+33 6 12 34 56 78 90 12",
                "06 12 34 56 78",
                "+33 123"
            })
    void badRecipientsAreClearErrors(String number) {
        assertThatThrownBy(() -> check(CheckRequest.of(number, "Hello", Purpose.MARKETING, AT)))
                .isInstanceOfSatisfying(RulesException.class, e -> {
                    assertThat(e.error()).isEqualTo(RulesError.INVALID_RECIPIENT);
                    assertThat(e.field()).isEqualTo("recipient");
                    assertThat(e.getMessage()).startsWith("recipient ");
                });
    }

    @Test
    void aNationalNumberWithoutRegionSaysHowToFixIt() {
        assertThatThrownBy(() -> check(CheckRequest.of("06 12 34 56 78", "Hello", Purpose.MARKETING, AT)))
                .hasMessageContaining("international form")
                .hasMessageContaining("default region");
        assertThatThrownBy(() -> check(CheckRequest.of("06 12 34 56 78", "Hello", Purpose.MARKETING, AT)
                        .withDefaultRegion("XX")))
                .hasMessageContaining("\"XX\" is no region");
    }

    @Test
    void anUnknownCountryCodeIsBlamedOnTheNumberNotOnTheRegion() {
        assertThatThrownBy(() -> check(CheckRequest.of("+999 1234 5678", "Hello", Purpose.MARKETING, AT)
                        .withDefaultRegion("FR")))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.error()).isEqualTo(RulesError.INVALID_RECIPIENT))
                .hasMessageContaining("country calling code")
                .hasMessageNotContaining("\"FR\" is no region");
        assertThatThrownBy(() -> check(CheckRequest.of("+999 1234 5678", "Hello", Purpose.MARKETING, AT)))
                .hasMessageContaining("country calling code")
                .hasMessageNotContaining("international form")
                .hasMessageNotContaining("12345678");
    }

    @Test
    void errorMessagesDoNotRepeatTheNumber() {
        assertThatThrownBy(() -> check(CheckRequest.of("+33 6 12 34 56 78 90 12", "Hello", Purpose.MARKETING, AT)))
                .hasMessageNotContaining("612345678");
    }

    @Test
    void countriesWithoutRulesHaveNoViolations() {
        Verdict v = check(CheckRequest.of("+49 1512 3456789", "Werbung", Purpose.MARKETING, AT)
                .withCategories(ContentCategory.GAMBLING));
        assertThat(v.country()).isEqualTo("DE");
        assertThat(v.sendableNow()).isTrue();
        assertThat(v.parts()).isEqualTo(1);
    }
}
