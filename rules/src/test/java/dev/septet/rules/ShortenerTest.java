/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Public URL shorteners in marketing to the United States; custom domains pass. */
class ShortenerTest {

    static final String US = "+12015550123";
    static final Instant AT = Instant.parse("2026-12-08T15:00:00Z");
    private static final PreSendCheck CHECK = PreSendCheck.create();

    static Verdict us(String text) {
        return CHECK.check(CheckRequest.of(US, text, Purpose.MARKETING, AT));
    }

    /** Each text holds one shortener link; the second column is exactly the flagged span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sale today: bit.ly/3abcDEF                 | bit.ly/3abcDEF",
                "Sale today: https://bit.ly/3abcDEF         | https://bit.ly/3abcDEF",
                "Sale today: http://bit.ly/3abcDEF          | http://bit.ly/3abcDEF",
                "Sale today: HTTPS://BIT.LY/3ABCDEF         | HTTPS://BIT.LY/3ABCDEF",
                "Sale today: Bit.Ly/x                       | Bit.Ly/x",
                "Sale today: bit.ly/3abcDEF.                | bit.ly/3abcDEF",
                "Sale today (bit.ly/3abcDEF)!               | bit.ly/3abcDEF",
                "Sale today: <https://tinyurl.com/y6z>,     | https://tinyurl.com/y6z",
                "Sale today: \"tinyurl.com/y6z\"?           | tinyurl.com/y6z",
                "Sale today: www.bit.ly/abc...              | www.bit.ly/abc",
                "Sale today: bit.ly./abc                    | bit.ly./abc",
                "Sale today: bit.ly:443/abc;                | bit.ly:443/abc",
                "Sale today: bit.ly?x=1                     | bit.ly?x=1",
                "Sale today: bit.ly                         | bit.ly",
                "Sale today:https://t.co/xyz                | https://t.co/xyz",
                "Sale today: https://user@goo.gl/abc        | https://user@goo.gl/abc",
                "Sale today: https://user:pw@goo.gl/abc     | https://user:pw@goo.gl/abc",
                "Sale today: http://a:b@BIT.LY:8080/x       | http://a:b@BIT.LY:8080/x",
                "\u00ABrb.gy/abc\u00BB                      | rb.gy/abc",
                "Sale today: is.gd/abc\u2026                | is.gd/abc",
                "Sale today:\u00A0ow.ly/abc                 | ow.ly/abc",
                "Info:bit.ly/abc                            | bit.ly/abc",
                "Sale: bit.ly/abc\u3002                     | bit.ly/abc",
                "Sale: \uFF08bit.ly/abc\uFF09\uFF01             | bit.ly/abc",
                "Sale: \u300Cbit.ly/abc\u300D\u3001             | bit.ly/abc",
                "Oferta: caf\u00E9.is.gd/abc               | caf\u00E9.is.gd/abc",
                "\u7279\u4EF7bit.ly/abc                     | bit.ly/abc",
                "Prix:3.50\u20AC,bit.ly/abc                 | bit.ly/abc",
                "R\u00E9duction\u00A0:\u00A0cutt.ly/x!         | cutt.ly/x",
                "Go->BIT.LY/x                               | BIT.LY/x",
            })
    void flagged(String text, String link) {
        Verdict v = us(text);
        assertThat(v.country()).isEqualTo("US");
        assertThat(v.violations()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(RuleId.PUBLIC_SHORTENER);
            assertThat(x.country()).isEqualTo("US");
            TextSpan span = x.span().orElseThrow();
            assertThat(text.substring(span.start(), span.end())).isEqualTo(link);
            assertThat(x.message()).contains(link, "custom domain");
        });
        assertThat(v.sendableNow()).isFalse();
        assertThat(v.nextAllowedAt()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sale today: go.mybrand.com/3abc",
                "Sale today: https://links.example.com/bit.ly",
                "Sale today: links.example.com/bit.ly",
                "Sale today: example.com/x,bit.ly",
                "Mail:deals@bit.ly",
                "Sale today: orbit.ly/abc",
                "Oferta: m\u00E9t.co/abc",
                "Oferta: me\u0301t.co/abc",
                "Angebot: gr\u00FC\u00DFs.id/abc",
                "Sale today: bit.ly.example.com/abc",
                "Sale today: bitly.example/abc",
                "Sale today: notbit.ly/abc",
                "Write to deals@bit.ly for offers",
                "Sale today: tinyurl.co/abc",
                "Sale today: https://example.com/?next=bit.ly",
                "Sale today, no link at all.",
                "bit . ly / abc",
            })
    void notFlagged(String text) {
        assertThat(us(text).violations()).isEmpty();
    }

    @Test
    void everyLinkIsReportedInTextOrder() {
        String text = "A: bit.ly/a B: https://example.com/b C: TINYURL.COM/c";
        Verdict v = us(text);
        List<String> links = new ArrayList<>();
        for (Violation x : v.violations()) {
            links.add(text.substring(
                    x.span().orElseThrow().start(), x.span().orElseThrow().end()));
        }
        assertThat(links).containsExactly("bit.ly/a", "TINYURL.COM/c");
    }

    @Test
    void aCanadianNumberIsNotBoundByTheUsRule() {
        Verdict v = CHECK.check(CheckRequest.of("+1 506 234 5678", "Sale: bit.ly/a", Purpose.MARKETING, AT));
        assertThat(v.country()).isEqualTo("CA");
        assertThat(v.violations()).isEmpty();
    }

    @Test
    void transactionalLinksAreExempt() {
        assertThat(CHECK.check(CheckRequest.of(US, "Track: bit.ly/a", Purpose.TRANSACTIONAL, AT))
                        .violations())
                .isEmpty();
    }

    @Test
    void theDomainListIsData() {
        RuleTable table = RuleTable.defaults();
        List<String> domains = new ArrayList<>(table.publicShortenerDomains());
        domains.add("Short.Example.");
        PreSendCheck check = PreSendCheck.create(table.withPublicShortenerDomains(domains));
        Verdict v = check.check(CheckRequest.of(US, "Sale: short.example/a", Purpose.MARKETING, AT));
        assertThat(v.violations()).singleElement().extracting(Violation::rule).isEqualTo(RuleId.PUBLIC_SHORTENER);
        assertThat(check.rules().publicShortenerDomains()).contains("short.example");
        PreSendCheck none = PreSendCheck.create(table.withPublicShortenerDomains(List.of()));
        assertThat(none.check(CheckRequest.of(US, "Sale: bit.ly/a", Purpose.MARKETING, AT))
                        .violations())
                .isEmpty();
    }

    @Test
    void theReadmeListsExactlyTheDefaultDomains() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String marker = "`RuleTable.defaults().publicShortenerDomains()`: ";
        int start = readme.indexOf(marker) + marker.length();
        String list = readme.substring(start, readme.indexOf(".\n", start));
        List<String> documented = new ArrayList<>();
        for (String d : list.replace('\n', ' ').split(",")) {
            documented.add(d.strip());
        }
        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(RuleTable.defaults().publicShortenerDomains());
    }

    @Test
    void theDefaultListHoldsTheWellKnownServices() {
        assertThat(RuleTable.defaults().publicShortenerDomains())
                .contains("bit.ly", "tinyurl.com", "t.co", "ow.ly", "is.gd", "rebrand.ly", "cutt.ly", "goo.gl")
                .allMatch(d -> d.equals(d.toLowerCase(java.util.Locale.ROOT)));
    }
}
