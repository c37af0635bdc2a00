/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared content categories and consents: prohibited content, age verification, express opt-in. */
class ContentRulesTest {

    /** A Wednesday, inside the sending hours of Europe and Colombia. */
    static final Instant AT = Instant.parse("2026-12-09T15:00:00Z");

    private static final PreSendCheck CHECK = PreSendCheck.create();

    static final String FR = "+33612345678";
    static final String ES = "+34612345678";
    static final String GB = "+447400123456";
    static final String US = "+12015550123";
    static final String CO = "+573211234567";
    static final String IE = "+353850123456";

    static Verdict marketing(String to, ContentCategory... categories) {
        return CHECK.check(CheckRequest.of(to, "Offer\nSTOP au 36180", Purpose.MARKETING, AT)
                .withCategories(categories)
                .withConsents(Consent.EXPRESS_OPT_IN));
    }

    @ParameterizedTest(name = "{0} {1}: prohibited {2}")
    @CsvSource({
        "+33612345678, political, true",
        "+33612345678, religious, true",
        "+33612345678, gambling, true",
        "+33612345678, unsolicited-promotion, true",
        "+33612345678, alcohol, false",
        "+34612345678, political, true",
        "+34612345678, religious, true",
        "+34612345678, gambling, true",
        "+34612345678, unsolicited-promotion, true",
        "+34612345678, crypto, false",
        "+447400123456, political, true",
        "+447400123456, religious, true",
        "+447400123456, unsolicited-promotion, true",
        "+447400123456, gambling, false",
        "+573211234567, political, true",
        "+573211234567, gambling, true",
        "+573211234567, adult, false",
        "+353850123456, religious, true",
        "+353850123456, gambling, true",
        "+353850123456, tax, false",
        "+12015550123, adult, true",
        "+12015550123, harassment, true",
        "+12015550123, firearms, true",
        "+12015550123, alcohol, true",
        "+12015550123, tobacco, true",
        "+12015550123, drugs, true",
        "+12015550123, gambling, true",
        "+12015550123, investment, true",
        "+12015550123, third-party-otp, true",
        "+12015550123, high-risk-finance, true",
        "+12015550123, loans, true",
        "+12015550123, debt-collection, true",
        "+12015550123, tax, true",
        "+12015550123, crypto, true",
        "+12015550123, real-estate-solicitation, true",
        "+12015550123, multi-level-marketing, true",
        "+12015550123, political, false",
    })
    void prohibitedContentByCountry(String to, String category, boolean prohibited) {
        Verdict v = marketing(to, ContentCategory.fromId(category));
        assertThat(v.breaks(RuleId.PROHIBITED_CONTENT)).isEqualTo(prohibited);
        if (prohibited) {
            assertThat(v.violations()).singleElement().satisfies(x -> {
                assertThat(x.country()).isEqualTo(v.country());
                assertThat(x.message()).contains(category, "prohibited");
            });
        }
    }

    @Test
    void eachProhibitedCategoryIsItsOwnViolation() {
        Verdict v = marketing(FR, ContentCategory.GAMBLING, ContentCategory.POLITICAL, ContentCategory.ALCOHOL);
        assertThat(v.violations())
                .extracting(Violation::message)
                .containsExactly(
                        "content category political is prohibited in marketing to FR",
                        "content category gambling is prohibited in marketing to FR");
    }

    @Test
    void theUkAsksForAgeVerificationOfAdultAndGamblingContent() {
        Verdict v = marketing(GB, ContentCategory.ADULT, ContentCategory.GAMBLING);
        assertThat(v.violations())
                .extracting(Violation::rule)
                .containsExactly(RuleId.AGE_VERIFICATION, RuleId.AGE_VERIFICATION);
        assertThat(v.violations().get(0).message()).contains("gambling", "age was verified");
        assertThat(v.violations().get(1).message()).contains("adult", "age was verified");
        Verdict verified = CHECK.check(CheckRequest.of(GB, "Offer", Purpose.MARKETING, AT)
                .withCategories(ContentCategory.ADULT, ContentCategory.GAMBLING)
                .withConsents(Consent.AGE_VERIFIED));
        assertThat(verified.sendableNow()).isTrue();
    }

    @Test
    void irelandRequiresExpressOptIn() {
        Verdict without = CHECK.check(CheckRequest.of(IE, "Offer", Purpose.MARKETING, AT));
        assertThat(without.violations()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(RuleId.CONSENT_REQUIRED);
            assertThat(x.country()).isEqualTo("IE");
            assertThat(x.message()).contains("opt-in");
        });
        assertThat(CHECK.check(CheckRequest.of(IE, "Offer", Purpose.MARKETING, AT)
                                .withConsents(Consent.EXPRESS_OPT_IN))
                        .sendableNow())
                .isTrue();
        assertThat(CHECK.check(CheckRequest.of(IE, "Your code", Purpose.TRANSACTIONAL, AT))
                        .sendableNow())
                .isTrue();
        assertThat(CHECK.check(CheckRequest.of(FR, "Offre\nSTOP au 1", Purpose.MARKETING, AT))
                        .sendableNow())
                .isTrue();
    }

    @Test
    void violationsComeInRuleOrder() {
        // Sunday in Paris, no STOP line, a prohibited category
        Verdict v =
                CHECK.check(CheckRequest.of(FR, "Parions!", Purpose.MARKETING, Instant.parse("2026-12-06T14:00:00Z"))
                        .withCategories(ContentCategory.GAMBLING));
        assertThat(v.violations())
                .extracting(Violation::rule)
                .containsExactly(RuleId.QUIET_HOURS, RuleId.STOP_LINE, RuleId.PROHIBITED_CONTENT);
        Verdict us = CHECK.check(CheckRequest.of(US, "Bet now bit.ly/x", Purpose.MARKETING, AT)
                .withCategories(ContentCategory.GAMBLING));
        assertThat(us.violations())
                .extracting(Violation::rule)
                .containsExactly(RuleId.PUBLIC_SHORTENER, RuleId.PROHIBITED_CONTENT);
        Verdict ie =
                CHECK.check(CheckRequest.of(IE, "Bet", Purpose.MARKETING, AT).withCategories(ContentCategory.GAMBLING));
        assertThat(ie.violations())
                .extracting(Violation::rule)
                .containsExactly(RuleId.CONSENT_REQUIRED, RuleId.PROHIBITED_CONTENT);
    }

    @Test
    void transactionalMessagesAreExemptByDefaultButACountryCanBindThem() {
        CheckRequest political =
                CheckRequest.of(ES, "Vote", Purpose.TRANSACTIONAL, AT).withCategories(ContentCategory.POLITICAL);
        assertThat(CHECK.check(political).sendableNow()).isTrue();
        RuleTable table = RuleTable.defaults();
        CountryRules spain = table.country("ES").orElseThrow();
        PreSendCheck strict = PreSendCheck.create(table.with(spain.withPurposes(EnumSet.allOf(Purpose.class))));
        assertThat(strict.check(political).breaks(RuleId.PROHIBITED_CONTENT)).isTrue();
    }

    @Test
    void namesParseAndUnknownOnesAreClearErrors() {
        assertThat(ContentCategory.fromId("Gambling")).isEqualTo(ContentCategory.GAMBLING);
        assertThat(ContentCategory.fromId("THIRD_PARTY_OTP")).isEqualTo(ContentCategory.THIRD_PARTY_OTP);
        // names match with ASCII case ignored only: the Kelvin sign lower-cases to k under Unicode rules
        assertThat(Purpose.fromId("MARKETING")).isEqualTo(Purpose.MARKETING);
        assertThatThrownBy(() -> Purpose.fromId("mar\u212Aeting")).isInstanceOf(RulesException.class);
        assertThatThrownBy(() -> ContentCategory.fromId("high-risk-finance".replace('k', '\u212A')))
                .isInstanceOf(RulesException.class);
        assertThat(Consent.fromId("AGE-VERIFIED")).isEqualTo(Consent.AGE_VERIFIED);
        for (ContentCategory c : ContentCategory.values()) {
            assertThat(ContentCategory.fromId(c.id())).isEqualTo(c);
        }
        assertThatThrownBy(() -> ContentCategory.fromId("casino")).isInstanceOfSatisfying(RulesException.class, e -> {
            assertThat(e.error()).isEqualTo(RulesError.UNKNOWN_CATEGORY);
            assertThat(e.field()).isEqualTo("categories");
            assertThat(e.getMessage()).contains("\"casino\"", "gambling", "political");
        });
        assertThat(Purpose.fromId("MARKETING")).isEqualTo(Purpose.MARKETING);
        assertThat(Purpose.fromId("transactional")).isEqualTo(Purpose.TRANSACTIONAL);
        assertThatThrownBy(() -> Purpose.fromId("promo"))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.error()).isEqualTo(RulesError.UNKNOWN_PURPOSE));
        assertThat(Consent.fromId("Age-Verified")).isEqualTo(Consent.AGE_VERIFIED);
        assertThat(Consent.fromId("express-opt-in")).isEqualTo(Consent.EXPRESS_OPT_IN);
        assertThatThrownBy(() -> Consent.fromId("yes"))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.error()).isEqualTo(RulesError.UNKNOWN_CONSENT));
        for (RuleId r : RuleId.values()) {
            assertThat(r.id())
                    .isEqualTo(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> CheckRequest.of(FR, "x", Purpose.MARKETING, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("at (the instant of sending)");
        assertThatThrownBy(() -> CheckRequest.of(null, "x", Purpose.MARKETING, AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> CheckRequest.of(FR, null, Purpose.MARKETING, AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> CheckRequest.of(FR, "x", null, AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("purpose");
        assertThatThrownBy(() -> CheckRequest.of(FR, "x", Purpose.MARKETING, AT)
                        .withCategories(List.of())
                        .withCategories((ContentCategory) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("categories");
        assertThatThrownBy(() -> CHECK.check(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ContentCategory.fromId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void instantsOutsideTheCalendarYearsAreClearErrors() {
        for (Instant bad : new Instant[] {
            Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59Z")
        }) {
            assertThatThrownBy(() -> CheckRequest.of(FR, "x", Purpose.MARKETING, bad))
                    .isInstanceOfSatisfying(RulesException.class, e -> {
                        assertThat(e.error()).isEqualTo(RulesError.INVALID_INSTANT);
                        assertThat(e.field()).isEqualTo("at");
                    });
            assertThatThrownBy(() -> RuleTable.defaults()
                            .country("FR")
                            .orElseThrow()
                            .hours()
                            .orElseThrow()
                            .nextAllowed(bad))
                    .isInstanceOf(RulesException.class);
        }
        // the latest instant is already 1 January 10000 in Paris, a Saturday: the answer lies past the range
        assertThat(CHECK.check(CheckRequest.of(FR, "x\nSTOP au 1", Purpose.MARKETING, CheckRequest.LATEST))
                        .nextAllowedAt())
                .contains(Instant.parse("+10000-01-01T07:00:00Z"));
        assertThat(CHECK.check(CheckRequest.of(FR, "x\nSTOP au 1", Purpose.MARKETING, CheckRequest.EARLIEST))
                        .country())
                .isEqualTo("FR");
    }

    @Test
    void shortCodesAndRegionsAreValidated() {
        CheckRequest r = CheckRequest.of(FR, "x", Purpose.MARKETING, AT);
        assertThatThrownBy(() -> r.withShortCode(""))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("shortCode");
        assertThatThrownBy(() -> r.withShortCode("36 180")).isInstanceOf(RulesException.class);
        assertThatThrownBy(() -> r.withShortCode("12345678901234567")).isInstanceOf(RulesException.class);
        assertThat(r.withShortCode("1234567890123456").shortCode()).contains("1234567890123456");
        assertThatThrownBy(() -> r.withDefaultRegion("FRA"))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.field()).isEqualTo("defaultRegion"));
        assertThat(r.withDefaultRegion("fr").defaultRegion()).contains("FR");
    }

    @Test
    void anEmptyTextIsCoresError() {
        assertThatThrownBy(() -> CHECK.check(CheckRequest.of(FR, "", Purpose.MARKETING, AT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void requestsAreImmutableValues() {
        Set<ContentCategory> mutable = EnumSet.of(ContentCategory.GAMBLING);
        CheckRequest r = CheckRequest.of(FR, "x", Purpose.MARKETING, AT).withCategories(mutable);
        mutable.add(ContentCategory.POLITICAL);
        assertThat(r.categories()).containsExactly(ContentCategory.GAMBLING);
        assertThatThrownBy(() -> r.categories().add(ContentCategory.TAX))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(r)
                .isEqualTo(CheckRequest.of(FR, "x", Purpose.MARKETING, AT).withCategories(ContentCategory.GAMBLING));
    }
}
