/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link SendingHours#nextAllowed(Instant)} over random instants of 2026 and 2027 (a fixed seed), with
 * France's and Colombia's default hours.
 */
class QuietHoursPropertyTest {

    private static final long SEED = 0x5E97E7L;
    private static final int EXAMPLES = 3000;
    private static final long FROM = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();

    private static final SendingHours FRANCE =
            RuleTable.defaults().country("FR").orElseThrow().hours().orElseThrow();
    private static final SendingHours COLOMBIA =
            RuleTable.defaults().country("CO").orElseThrow().hours().orElseThrow();

    private static Gen<Instant> instants() {
        return longs().between(FROM, TO).map((Long s) -> Instant.ofEpochSecond(s));
    }

    @Test
    void theNextAllowedInstantIsAllowed() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(instants()).checkAssert(at -> {
            assertThat(FRANCE.allows(FRANCE.nextAllowed(at).orElseThrow())).isTrue();
            assertThat(COLOMBIA.allows(COLOMBIA.nextAllowed(at).orElseThrow())).isTrue();
        });
    }

    @Test
    void aLaterNextAllowedInstantIsTheStartOfAWindow() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(instants()).checkAssert(at -> {
            for (SendingHours hours : new SendingHours[] {FRANCE, COLOMBIA}) {
                Instant next = hours.nextAllowed(at).orElseThrow();
                assertThat(next).isAfterOrEqualTo(at);
                if (next.isAfter(at)) {
                    ZonedDateTime local = next.atZone(hours.zone());
                    assertThat(local.toLocalTime())
                            .isEqualTo(hours.days().get(local.getDayOfWeek()).start());
                    assertThat(hours.allows(next.minusNanos(1))).isFalse();
                    assertThat(hours.holidays()).doesNotContain(local.toLocalDate());
                }
            }
        });
    }

    @Test
    void nothingBetweenTheInstantAndTheNextAllowedOneIsAllowed() {
        // sampled every quarter of an hour; windows start and end on whole hours
        qt().withFixedSeed(SEED).withExamples(300).forAll(instants()).checkAssert(at -> {
            for (SendingHours hours : new SendingHours[] {FRANCE, COLOMBIA}) {
                Instant next = hours.nextAllowed(at).orElseThrow();
                for (Instant t = at; t.isBefore(next); t = t.plusSeconds(900)) {
                    assertThat(hours.allows(t)).as("%s before %s", t, next).isFalse();
                }
            }
        });
    }
}
