/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quiet hours: France (Monday to Saturday 08:00-22:00 Europe/Paris) and Colombia (Monday to Friday 07:00-19:00,
 * Saturday 08:00-15:00, never on Sundays or holidays, America/Bogota). Windows are half-open: the start hour is
 * allowed, the end hour is not.
 */
class QuietHoursTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    static final String FR = "+33612345678";
    static final String CO = "+573211234567";

    private static final PreSendCheck CHECK = PreSendCheck.create();

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static Verdict marketing(String to, Instant at) {
        // the STOP line keeps France's stop-line rule out of these verdicts
        return CHECK.check(CheckRequest.of(to, "Offre du jour\nSTOP au 36180", Purpose.MARKETING, at));
    }

    @ParameterizedTest(name = "France {0} local: sendable {1}")
    @CsvSource({
        // Tuesday 2026-12-08
        "2026-12-08T07:59:59, false, 2026-12-08T07:00:00Z",
        "2026-12-08T08:00:00, true, ",
        "2026-12-08T21:59:59, true, ",
        "2026-12-08T21:59:59.999999999, true, ",
        "2026-12-08T22:00:00, false, 2026-12-09T07:00:00Z",
        "2026-12-08T23:30:00, false, 2026-12-09T07:00:00Z",
        "2026-12-08T00:00:00, false, 2026-12-08T07:00:00Z",
        // Saturday 2026-12-05 is open, Sunday 2026-12-06 is not
        "2026-12-05T21:59:59, true, ",
        "2026-12-05T22:00:00, false, 2026-12-07T07:00:00Z",
        "2026-12-06T14:00:00, false, 2026-12-07T07:00:00Z",
        "2026-12-06T23:59:59, false, 2026-12-07T07:00:00Z",
        "2026-12-07T08:00:00, true, ",
    })
    void franceHourBoundaries(String localTime, boolean sendable, String next) {
        Verdict v = marketing(FR, local(localTime, PARIS));
        assertThat(v.country()).isEqualTo("FR");
        assertThat(v.sendableNow()).isEqualTo(sendable);
        assertThat(v.breaks(RuleId.QUIET_HOURS)).isEqualTo(!sendable);
        assertThat(v.nextAllowedAt()).isEqualTo(Optional.ofNullable(next).map(Instant::parse));
    }

    @Test
    void sundayAfternoonGoesOnMondayAtEight() {
        // the source's own example, and the command-line example: Sunday 15:00 in Paris
        Verdict v = marketing(FR, Instant.parse("2026-12-06T14:00:00Z"));
        assertThat(v.nextAllowedAt()).contains(Instant.parse("2026-12-07T07:00:00Z"));
        assertThat(v.violations()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(RuleId.QUIET_HOURS);
            assertThat(x.country()).isEqualTo("FR");
            assertThat(x.span()).isEmpty();
            assertThat(x.message())
                    .contains(
                            "Mon-Sat 08:00-22:00 (Europe/Paris)",
                            "Sunday",
                            "2026-12-07T08:00:00+01:00",
                            "2026-12-07T07:00:00Z");
        });
    }

    @Test
    void saturdayEveningGoesOnMondayAtEight() {
        Verdict v = marketing(FR, local("2026-12-12T22:15:00", PARIS));
        assertThat(v.nextAllowedAt()).contains(local("2026-12-14T08:00:00", PARIS));
        assertThat(v.nextAllowedAt()).contains(Instant.parse("2026-12-14T07:00:00Z"));
    }

    @Test
    void springForwardOnTheLastSundayOfMarch() {
        // 2026-03-29 02:00 CET becomes 03:00 CEST; Saturday night waits for Monday 08:00 summer time
        Instant saturdayNight = local("2026-03-28T22:30:00", PARIS);
        assertThat(saturdayNight).isEqualTo(Instant.parse("2026-03-28T21:30:00Z"));
        Verdict v = marketing(FR, saturdayNight);
        assertThat(v.nextAllowedAt()).contains(Instant.parse("2026-03-30T06:00:00Z"));
        // during the Sunday, before and after the change
        assertThat(marketing(FR, Instant.parse("2026-03-29T00:59:59Z")).nextAllowedAt())
                .contains(Instant.parse("2026-03-30T06:00:00Z"));
        assertThat(marketing(FR, Instant.parse("2026-03-29T01:00:00Z")).nextAllowedAt())
                .contains(Instant.parse("2026-03-30T06:00:00Z"));
        // the Saturday before the change closes at 22:00 winter time, the Monday after opens at 08:00 summer time
        assertThat(marketing(FR, Instant.parse("2026-03-28T20:59:59Z")).sendableNow())
                .isTrue();
        assertThat(marketing(FR, Instant.parse("2026-03-28T21:00:00Z")).sendableNow())
                .isFalse();
        assertThat(marketing(FR, Instant.parse("2026-03-30T05:59:59Z")).sendableNow())
                .isFalse();
        assertThat(marketing(FR, Instant.parse("2026-03-30T06:00:00Z")).sendableNow())
                .isTrue();
    }

    @Test
    void fallBackOnTheLastSundayOfOctober() {
        // 2026-10-25 03:00 CEST becomes 02:00 CET
        Instant saturdayNight = local("2026-10-24T23:00:00", PARIS);
        assertThat(saturdayNight).isEqualTo(Instant.parse("2026-10-24T21:00:00Z"));
        assertThat(marketing(FR, saturdayNight).nextAllowedAt()).contains(Instant.parse("2026-10-26T07:00:00Z"));
        assertThat(marketing(FR, Instant.parse("2026-10-24T19:59:59Z")).sendableNow())
                .isTrue();
        assertThat(marketing(FR, Instant.parse("2026-10-24T20:00:00Z")).sendableNow())
                .isFalse();
        assertThat(marketing(FR, Instant.parse("2026-10-25T01:30:00Z")).nextAllowedAt())
                .contains(Instant.parse("2026-10-26T07:00:00Z"));
        assertThat(marketing(FR, Instant.parse("2026-10-26T06:59:59Z")).sendableNow())
                .isFalse();
        assertThat(marketing(FR, Instant.parse("2026-10-26T07:00:00Z")).sendableNow())
                .isTrue();
        // 2027: the last Sundays are 28 March and 31 October
        assertThat(marketing(FR, local("2027-03-27T23:00:00", PARIS)).nextAllowedAt())
                .contains(Instant.parse("2027-03-29T06:00:00Z"));
        assertThat(marketing(FR, local("2027-10-30T23:00:00", PARIS)).nextAllowedAt())
                .contains(Instant.parse("2027-11-01T07:00:00Z"));
    }

    @ParameterizedTest(name = "Colombia {0} local: sendable {1}")
    @CsvSource({
        // Wednesday 2026-12-02
        "2026-12-02T06:59:59, false, 2026-12-02T07:00:00",
        "2026-12-02T07:00:00, true, ",
        "2026-12-02T18:59:59, true, ",
        "2026-12-02T19:00:00, false, 2026-12-03T07:00:00",
        // Friday evening waits for Saturday 08:00
        "2026-12-04T19:00:00, false, 2026-12-05T08:00:00",
        // Saturday 2026-12-05
        "2026-12-05T07:59:59, false, 2026-12-05T08:00:00",
        "2026-12-05T08:00:00, true, ",
        "2026-12-05T14:59:59, true, ",
        "2026-12-05T15:00:00, false, 2026-12-07T07:00:00",
        // Sunday
        "2026-12-06T10:00:00, false, 2026-12-07T07:00:00",
        // Tuesday 2026-12-08 is the Immaculate Conception: Monday evening waits for Wednesday
        "2026-12-07T19:00:00, false, 2026-12-09T07:00:00",
        "2026-12-08T10:00:00, false, 2026-12-09T07:00:00",
    })
    void colombiaHourBoundaries(String localTime, boolean sendable, String nextLocal) {
        Verdict v = marketing(CO, local(localTime, BOGOTA));
        assertThat(v.country()).isEqualTo("CO");
        assertThat(v.sendableNow()).isEqualTo(sendable);
        assertThat(v.nextAllowedAt()).isEqualTo(Optional.ofNullable(nextLocal).map(t -> local(t, BOGOTA)));
    }

    @Test
    void colombianHolidayMondayIsClosed() {
        // Reyes Magos (6 January, a Tuesday in 2026) is kept on Monday 12 January: the weekend waits for Tuesday
        Verdict saturday = marketing(CO, local("2026-01-10T16:00:00", BOGOTA));
        assertThat(saturday.nextAllowedAt()).contains(local("2026-01-13T07:00:00", BOGOTA));
        assertThat(saturday.nextAllowedAt()).contains(Instant.parse("2026-01-13T12:00:00Z"));
        Verdict monday = marketing(CO, local("2026-01-12T10:00:00", BOGOTA));
        assertThat(monday.breaks(RuleId.QUIET_HOURS)).isTrue();
        assertThat(monday.violations().get(0).message()).contains("Monday and a public holiday");
        // the original date is an ordinary working day
        assertThat(marketing(CO, local("2026-01-06T10:00:00", BOGOTA)).sendableNow())
                .isTrue();
    }

    @Test
    void holyWeekClosesThursdayAndFriday() {
        Verdict v = marketing(CO, local("2026-04-01T19:30:00", BOGOTA));
        assertThat(v.nextAllowedAt()).contains(local("2026-04-04T08:00:00", BOGOTA));
    }

    @Test
    void everyColombianHolidayOf2026And2027IsClosedAllDay() {
        for (LocalDate holiday : ColombianHolidaysTest.OFFICIAL_2026_AND_2027) {
            for (String time : new String[] {"07:00:00", "10:00:00", "14:59:59", "18:59:59"}) {
                Verdict v = marketing(
                        CO, holiday.atTime(LocalTime.parse(time)).atZone(BOGOTA).toInstant());
                assertThat(v.breaks(RuleId.QUIET_HOURS))
                        .as("%s %s", holiday, time)
                        .isTrue();
                assertThat(v.nextAllowedAt().orElseThrow().atZone(BOGOTA).toLocalDate())
                        .as("%s", holiday)
                        .isAfter(holiday);
            }
        }
    }

    @Test
    void transactionalMessagesAreExempt() {
        Verdict v = CHECK.check(CheckRequest.of(
                FR, "Votre colis arrive demain", Purpose.TRANSACTIONAL, Instant.parse("2026-12-06T14:00:00Z")));
        assertThat(v.sendableNow()).isTrue();
        assertThat(v.nextAllowedAt()).isEmpty();
        assertThat(v.stopLineRequired()).isFalse();
        assertThat(v.withStopLine()).isEmpty();
        assertThat(v.purpose()).isEqualTo(Purpose.TRANSACTIONAL);
    }

    @Test
    void countriesWithoutHoursAreAlwaysOpen() {
        Verdict v = CHECK.check(
                CheckRequest.of("+34612345678", "Hola", Purpose.MARKETING, Instant.parse("2026-12-06T03:00:00Z")));
        assertThat(v.sendableNow()).isTrue();
        assertThat(v.nextAllowedAt()).isEmpty();
    }

    @Test
    void editedHoursApply() {
        RuleTable table = RuleTable.defaults();
        CountryRules france = table.country("fr").orElseThrow();
        SendingHours shorter = france.hours()
                .orElseThrow()
                .withDays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(20, 0))
                .withoutDay(DayOfWeek.SATURDAY)
                .withHoliday(LocalDate.of(2026, 12, 25));
        PreSendCheck check = PreSendCheck.create(table.with(france.withHours(shorter)));
        Instant thursdayNight = local("2026-12-24T20:00:00", PARIS);
        Verdict v = check.check(CheckRequest.of(FR, "Joyeux Noel\nSTOP au 1", Purpose.MARKETING, thursdayNight));
        // Friday 25th is a holiday and Saturday is closed now: Monday 28th at 09:00
        assertThat(v.nextAllowedAt()).contains(local("2026-12-28T09:00:00", PARIS));
        // the default table is unchanged
        assertThat(marketing(FR, thursdayNight).sendableNow()).isTrue();
    }

    @Test
    void aWindowStartingInTheSpringGapOpensAtTheEndOfTheGap() {
        SendingHours hours = SendingHours.of(PARIS).withDay(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.MIDNIGHT);
        // 2026-03-29 02:30 does not exist in Paris; the clock jumps from 02:00 CET to 03:00 CEST at 01:00Z
        assertThat(hours.nextAllowed(Instant.parse("2026-03-28T12:00:00Z")))
                .contains(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(hours.allows(Instant.parse("2026-03-29T21:59:59Z"))).isTrue();
        assertThat(hours.allows(Instant.parse("2026-03-29T22:00:00Z"))).isFalse();
    }

    @Test
    void aWindowStartingInTheAutumnOverlapOpensAtItsFirstOccurrence() {
        SendingHours hours = SendingHours.of(PARIS).withDay(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0));
        // 2026-10-25 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET)
        assertThat(hours.nextAllowed(Instant.parse("2026-10-24T12:00:00Z")))
                .contains(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aWindowInsideTheSpringGapIsClosedThatDay() {
        RuleTable table = RuleTable.defaults()
                .with(CountryRules.of("US")
                        .withHours(SendingHours.of(ZoneId.of("America/New_York"))
                                .withDay(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(2, 30))));
        PreSendCheck check = PreSendCheck.create(table);
        // 2026-03-08 02:00-03:00 does not exist in New York: the window of that Sunday is empty
        Verdict v = check.check(
                CheckRequest.of("+12015550123", "Hi", Purpose.MARKETING, Instant.parse("2026-03-08T05:00:00Z")));
        Instant next = Instant.parse("2026-03-15T06:00:00Z"); // the next Sunday, 02:00 EDT
        assertThat(v.nextAllowedAt()).contains(next);
        assertThat(check.check(CheckRequest.of("+12015550123", "Hi", Purpose.MARKETING, next))
                        .sendableNow())
                .isTrue();
    }

    @Test
    void aWindowInsideAGapAtMidnightIsClosedThatDay() {
        // Cairo's clocks went from Friday 2000-04-28 00:00 straight to 01:00 (EET to EEST)
        SendingHours hours = SendingHours.of(ZoneId.of("Africa/Cairo"))
                .withDay(DayOfWeek.FRIDAY, LocalTime.of(0, 0), LocalTime.of(0, 1));
        Instant next = Instant.parse("2000-05-04T21:00:00Z"); // Friday 2000-05-05, 00:00 EEST
        assertThat(hours.nextAllowed(Instant.parse("2000-04-26T22:00:00Z"))).contains(next);
        assertThat(hours.allows(next)).isTrue();
    }

    @Test
    void aWindowOnADateTheZoneSkippedIsClosed() {
        // Samoa went from 29 December 2011 (UTC-10) straight to 31 December (UTC+14): Friday 30 December never was
        SendingHours hours = SendingHours.of(ZoneId.of("Pacific/Apia"))
                .withDay(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant next = Instant.parse("2012-01-05T19:00:00Z"); // Friday 6 January 2012, 09:00 local
        assertThat(hours.nextAllowed(Instant.parse("2011-12-29T20:00:00Z"))).contains(next);
        assertThat(hours.allows(next)).isTrue();
    }

    @Test
    void noOpenDayMeansNoNextTime() {
        RuleTable table = RuleTable.defaults();
        CountryRules france = table.country("FR").orElseThrow();
        PreSendCheck check = PreSendCheck.create(table.with(france.withHours(SendingHours.of(PARIS))));
        Verdict v = check.check(CheckRequest.of(FR, "Offre\nSTOP au 1", Purpose.MARKETING, Instant.EPOCH));
        assertThat(v.breaks(RuleId.QUIET_HOURS)).isTrue();
        assertThat(v.nextAllowedAt()).isEmpty();
        assertThat(v.violations().get(0).message()).contains("never", "no weekday is open");
    }
}
