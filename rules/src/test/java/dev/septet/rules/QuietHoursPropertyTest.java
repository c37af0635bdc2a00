/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link SendingHours#nextAllowed(Instant)} over random instants of 2026 and 2027 (a fixed seed), with
 * France's and Colombia's default hours, and over random zones with windows placed around their daylight-saving
 * changes, where a window can fall wholly into a gap.
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

    private static final List<ZoneId> ZONES =
            ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
    private static final long ZONES_FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long ZONES_TO = Instant.parse("2035-01-01T00:00:00Z").getEpochSecond();

    /**
     * Hours in a random zone and an instant up to three days before one of the zone's transitions (or any instant, in
     * a zone without any): one window a day, or on the transition's weekday only, starting from an hour before to
     * an hour and a half after the local time the transition leaves, 1 to 120 minutes long.
     */
    private static Gen<Case> casesAroundTransitions() {
        return Generate.pick(ZONES)
                .zip(
                        longs().between(ZONES_FROM, ZONES_TO),
                        Generate.range(-60, 90),
                        Generate.range(1, 120),
                        Generate.booleans(),
                        (zone, seed, shift, length, everyDay) -> {
                            Instant from = Instant.ofEpochSecond(seed);
                            ZoneOffsetTransition t = zone.getRules().nextTransition(from);
                            Instant pivot = t == null ? from : t.getInstant();
                            LocalDateTime left =
                                    t == null ? LocalDateTime.ofInstant(from, zone) : t.getDateTimeBefore();
                            int startMinute = Math.floorMod(left.getHour() * 60 + left.getMinute() + shift, 1440);
                            int endMinute = startMinute + length;
                            LocalTime start = LocalTime.of(startMinute / 60, startMinute % 60);
                            LocalTime end = endMinute >= 1440
                                    ? LocalTime.MIDNIGHT
                                    : LocalTime.of(endMinute / 60, endMinute % 60);
                            DayOfWeek day = left.getDayOfWeek();
                            SendingHours hours = everyDay
                                    ? SendingHours.of(zone).withDays(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, start, end)
                                    : SendingHours.of(zone).withDay(day, start, end);
                            return new Case(hours, pivot.minusSeconds(Math.floorMod(seed, 3L * 86_400)));
                        });
    }

    /** Hours and the instant they are asked about. */
    record Case(SendingHours hours, Instant at) {}

    @Test
    void theNextAllowedInstantIsAllowedInEveryZone() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(casesAroundTransitions())
                .checkAssert(c -> {
                    Instant next = c.hours().nextAllowed(c.at()).orElseThrow();
                    assertThat(c.hours().allows(next))
                            .as("%s at %s: %s", c.hours(), c.at(), next)
                            .isTrue();
                });
    }

    @Test
    void nothingBeforeTheNextAllowedInstantIsAllowedInEveryZone() {
        // sampled every minute over two days at most; windows start and end on whole minutes
        qt().withFixedSeed(SEED)
                .withExamples(300)
                .forAll(casesAroundTransitions())
                .checkAssert(c -> {
                    Instant next = c.hours().nextAllowed(c.at()).orElseThrow();
                    Instant until =
                            next.isBefore(c.at().plusSeconds(2 * 86_400)) ? next : c.at().plusSeconds(2 * 86_400);
                    for (Instant t = c.at(); t.isBefore(until); t = t.plusSeconds(60)) {
                        assertThat(c.hours().allows(t))
                                .as("%s at %s: %s before %s", c.hours(), c.at(), t, next)
                                .isFalse();
                    }
                });
    }
}
