/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.sms.Encoding;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** France's opt-out line {@code STOP au <short code>} at the end of marketing, and what it costs in parts. */
class StopLineTest {

    /** Tuesday 2026-12-08 10:00 in Paris: inside the sending hours. */
    static final Instant OPEN = Instant.parse("2026-12-08T09:00:00Z");

    private static final PreSendCheck CHECK = PreSendCheck.create();

    static Verdict france(String text) {
        return CHECK.check(request(text));
    }

    /** Marketing to a French mobile inside the sending hours, declaring the short code 36180. */
    static CheckRequest request(String text) {
        return CheckRequest.of("+33612345678", text, Purpose.MARKETING, OPEN).withShortCode("36180");
    }

    static String gsm(int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append("Soldes d'hiver: -30% sur tout le magasin. ");
        }
        return s.substring(0, length);
    }

    @Test
    void theLinePushesA155CharacterMessageIntoTwoParts() {
        String text = gsm(155);
        assertThat(Sms.analyze(text).encoding()).isEqualTo(Encoding.GSM7);
        Verdict v = france(text);
        assertThat(v.parts()).isEqualTo(1);
        assertThat(v.stopLineRequired()).isTrue();
        assertThat(v.stopLinePresent()).isFalse();
        assertThat(v.withStopLine()).hasValue(new AmendedMessage(text + "\nSTOP au 36180", 2));
        assertThat(v.violations()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(RuleId.STOP_LINE);
            assertThat(x.country()).isEqualTo("FR");
            assertThat(x.message()).contains("STOP au 36180");
            assertThat(x.span()).isEmpty();
        });
        assertThat(v.sendableNow()).isFalse();
    }

    @Test
    void aLineThatStillFitsKeepsOnePart() {
        // 146 + 1 (line break) + 13 = 160 septets, the most one part holds
        Verdict v = france(gsm(146));
        assertThat(v.withStopLine().orElseThrow().parts()).isEqualTo(1);
        assertThat(france(gsm(147)).withStopLine().orElseThrow().parts()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Offre du jour\nSTOP au 36180",
                "Offre du jour STOP au 36180",
                "Offre du jour. STOP au 36180",
                "Offre du jour\nSTOP au 36180\n",
                "Offre du jour\nstop AU 36180  ",
                "Offre du jour\nSTOP  au\t36180",
                "STOP au 36180",
            })
    void presentLines(String text) {
        Verdict v = france(text);
        assertThat(v.stopLinePresent()).isTrue();
        assertThat(v.withStopLine()).isEmpty();
        assertThat(v.sendableNow()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Offre du jour",
                "Offre du jour\nSTOP au 36180 Merci",
                "Offre du jour\nSTOP au 36181",
                "Offre du jour\nSTOP 36180",
                "Offre du jour\nSTOP SMS au 36180",
                "Offre du jour\nXSTOP au 36180",
                "Offre du jour\nSTOP au",
                "Offre du jour\nSTOPau 36180",
                "Offre du jour\nSTOP au36180",
                "36180",
                // only ASCII case is ignored: U+017F LATIN SMALL LETTER LONG S is no 's'
                "Promo \u017FTOP au 36180",
            })
    void missingLines(String text) {
        Verdict v = france(text);
        assertThat(v.stopLinePresent()).isFalse();
        assertThat(v.breaks(RuleId.STOP_LINE)).isTrue();
        assertThat(v.withStopLine().orElseThrow().text()).startsWith(text).endsWith("STOP au 36180");
    }

    @Test
    void theKelvinSignIsNoK() {
        RuleTable table = RuleTable.defaults();
        PreSendCheck check =
                PreSendCheck.create(table.with(table.country("FR").orElseThrow().withStopLine("STOP ok")));
        for (String text : new String[] {"Promo STOP ok 36180", "Promo stop OK 36180"}) {
            assertThat(check.check(request(text)).stopLinePresent()).as(text).isTrue();
        }
        assertThat(check.check(request("Promo STOP o\u212A 36180")).stopLinePresent())
                .isFalse();
    }

    @Test
    void withoutADeclaredShortCodeAnyCodeCountsAndTheAppendedLineHasAPlaceholder() {
        CheckRequest request = CheckRequest.of("+33612345678", "Offre du jour\nSTOP au 36111", Purpose.MARKETING, OPEN);
        assertThat(CHECK.check(request).stopLinePresent()).isTrue();
        Verdict missing = CHECK.check(CheckRequest.of("+33612345678", "Offre du jour\n", Purpose.MARKETING, OPEN));
        assertThat(missing.withStopLine()).hasValue(new AmendedMessage("Offre du jour\nSTOP au XXXXX", 1));
        assertThat(missing.violations().get(0).message()).contains("STOP au <short code>");
    }

    @Test
    void theAmendedPartCountUsesTheRequestOptions() {
        // a UCS-2 text: 70 characters per single part, 67 per part of a long message
        String text = "\u041F".repeat(60);
        Verdict v = CHECK.check(
                CheckRequest.of("+33612345678", text, Purpose.MARKETING, OPEN).withShortCode("36180"));
        assertThat(v.parts()).isEqualTo(1);
        assertThat(v.withStopLine().orElseThrow().parts()).isEqualTo(2);
        // a line that does not fit the options' limit reports the parts it would need
        Verdict limited = CHECK.check(CheckRequest.of("+33612345678", gsm(160), Purpose.MARKETING, OPEN)
                .withShortCode("36180")
                .withOptions(SmsOptions.defaults().withMaxParts(1)));
        assertThat(limited.parts()).isEqualTo(1);
        assertThat(limited.withStopLine().orElseThrow().parts()).isEqualTo(2);
    }

    @Test
    void otherCountriesNeedNoLine() {
        Verdict v = CHECK.check(CheckRequest.of("+34612345678", gsm(155), Purpose.MARKETING, OPEN));
        assertThat(v.stopLineRequired()).isFalse();
        assertThat(v.stopLinePresent()).isFalse();
        assertThat(v.withStopLine()).isEmpty();
    }

    @Test
    void aTransactionalMessageIsExemptButItsLineIsStillSeen() {
        Verdict v =
                CHECK.check(CheckRequest.of("+33612345678", "Code 1234\nSTOP au 36180", Purpose.TRANSACTIONAL, OPEN));
        assertThat(v.stopLineRequired()).isFalse();
        assertThat(v.stopLinePresent()).isTrue();
        assertThat(v.withStopLine()).isEmpty();
    }

    @Test
    void appendingKeepsAnExistingLineBreak() {
        assertThat(StopLines.append("a\r", "STOP au", "1")).isEqualTo("a\rSTOP au 1");
        assertThat(StopLines.append("a", " STOP  au ", "1")).isEqualTo("a\nSTOP  au 1");
        assertThat(StopLines.endsWithLine("a STOP au 1", "STOP au", Optional.of("12")))
                .isFalse();
    }
}
