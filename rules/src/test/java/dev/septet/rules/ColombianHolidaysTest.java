/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Colombia's national holidays against the official calendars of 2026 and 2027 (the national holidays under Ley 51
 * de 1983 as published for those years: eighteen days each, written out here by hand, not computed), and Easter
 * Sunday against known dates.
 */
class ColombianHolidaysTest {

    /** The official national holidays of 2026, in order. */
    static final List<LocalDate> OFFICIAL_2026 = List.of(
            LocalDate.of(2026, 1, 1), // Thursday: Ano Nuevo
            LocalDate.of(2026, 1, 12), // Monday: Reyes Magos (6 January, moved)
            LocalDate.of(2026, 3, 23), // Monday: San Jose (19 March, moved)
            LocalDate.of(2026, 4, 2), // Thursday: Jueves Santo
            LocalDate.of(2026, 4, 3), // Friday: Viernes Santo
            LocalDate.of(2026, 5, 1), // Friday: Dia del Trabajo
            LocalDate.of(2026, 5, 18), // Monday: Ascension (moved)
            LocalDate.of(2026, 6, 8), // Monday: Corpus Christi (moved)
            LocalDate.of(2026, 6, 15), // Monday: Sagrado Corazon (moved)
            LocalDate.of(2026, 6, 29), // Monday: San Pedro y San Pablo (already a Monday)
            LocalDate.of(2026, 7, 20), // Monday: Independencia
            LocalDate.of(2026, 8, 7), // Friday: Batalla de Boyaca
            LocalDate.of(2026, 8, 17), // Monday: Asuncion (15 August, moved)
            LocalDate.of(2026, 10, 12), // Monday: Dia de la Raza (already a Monday)
            LocalDate.of(2026, 11, 2), // Monday: Todos los Santos (1 November, moved)
            LocalDate.of(2026, 11, 16), // Monday: Independencia de Cartagena (11 November, moved)
            LocalDate.of(2026, 12, 8), // Tuesday: Inmaculada Concepcion
            LocalDate.of(2026, 12, 25)); // Friday: Navidad

    /** The official national holidays of 2027, in order. */
    static final List<LocalDate> OFFICIAL_2027 = List.of(
            LocalDate.of(2027, 1, 1), // Friday: Ano Nuevo
            LocalDate.of(2027, 1, 11), // Monday: Reyes Magos (6 January, moved)
            LocalDate.of(2027, 3, 22), // Monday: San Jose (19 March, moved)
            LocalDate.of(2027, 3, 25), // Thursday: Jueves Santo
            LocalDate.of(2027, 3, 26), // Friday: Viernes Santo
            LocalDate.of(2027, 5, 1), // Saturday: Dia del Trabajo (never moved)
            LocalDate.of(2027, 5, 10), // Monday: Ascension (moved)
            LocalDate.of(2027, 5, 31), // Monday: Corpus Christi (moved)
            LocalDate.of(2027, 6, 7), // Monday: Sagrado Corazon (moved)
            LocalDate.of(2027, 7, 5), // Monday: San Pedro y San Pablo (29 June, moved)
            LocalDate.of(2027, 7, 20), // Tuesday: Independencia
            LocalDate.of(2027, 8, 7), // Saturday: Batalla de Boyaca
            LocalDate.of(2027, 8, 16), // Monday: Asuncion (15 August, moved)
            LocalDate.of(2027, 10, 18), // Monday: Dia de la Raza (12 October, moved)
            LocalDate.of(2027, 11, 1), // Monday: Todos los Santos (already a Monday)
            LocalDate.of(2027, 11, 15), // Monday: Independencia de Cartagena (11 November, moved)
            LocalDate.of(2027, 12, 8), // Wednesday: Inmaculada Concepcion
            LocalDate.of(2027, 12, 25)); // Saturday: Navidad

    static final List<LocalDate> OFFICIAL_2026_AND_2027 = concat(OFFICIAL_2026, OFFICIAL_2027);

    private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        List<LocalDate> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    @Test
    void computed2026IsTheOfficialCalendar() {
        assertThat(ColombianHolidays.of(2026)).containsExactlyElementsOf(OFFICIAL_2026);
    }

    @Test
    void computed2027IsTheOfficialCalendar() {
        assertThat(ColombianHolidays.of(2027)).containsExactlyElementsOf(OFFICIAL_2027);
    }

    @Test
    void theHandWrittenListsAreOnTheWeekdaysTheirCommentsSay() {
        // moved holidays fall on Mondays; the rest on the weekdays the comments give
        assertThat(OFFICIAL_2026.get(1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(OFFICIAL_2026.get(16).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(OFFICIAL_2027.get(5).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(OFFICIAL_2027.get(10).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(OFFICIAL_2026_AND_2027).hasSize(36).doesNotHaveDuplicates();
    }

    @Test
    void theDefaultTableHoldsThem() {
        Set<LocalDate> holidays = RuleTable.defaults()
                .country("CO")
                .orElseThrow()
                .hours()
                .orElseThrow()
                .holidays();
        assertThat(holidays).containsAll(OFFICIAL_2026_AND_2027);
        assertThat(holidays)
                .filteredOn(d -> d.getYear() == 2026 || d.getYear() == 2027)
                .containsExactlyElementsOf(OFFICIAL_2026_AND_2027);
        int expected = 0;
        for (int year = RuleTable.FIRST_HOLIDAY_YEAR; year <= RuleTable.LAST_HOLIDAY_YEAR; year++) {
            expected += ColombianHolidays.of(year).size();
        }
        assertThat(holidays).hasSize(expected);
        assertThat(holidays.iterator().next().getYear()).isEqualTo(RuleTable.FIRST_HOLIDAY_YEAR);
    }

    @Test
    void onlyTheUnmovableHolidaysFallOutsideMondays() {
        for (int year = 1984; year <= 2100; year++) {
            LocalDate easter = ColombianHolidays.easterSunday(year);
            Set<LocalDate> unmovable = Set.of(
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 7, 20),
                    LocalDate.of(year, 8, 7),
                    LocalDate.of(year, 12, 8),
                    LocalDate.of(year, 12, 25),
                    easter.minusDays(3),
                    easter.minusDays(2));
            Set<LocalDate> days = ColombianHolidays.of(year);
            assertThat(days).as("%d", year).containsAll(unmovable);
            assertThat(days)
                    .as("%d", year)
                    .filteredOn(d -> d.getDayOfWeek() != DayOfWeek.MONDAY)
                    .allMatch(unmovable::contains);
            // ten moved holidays, which can share a Monday with each other or with 20 July
            assertThat(days.size()).as("%d", year).isBetween(16, 18);
        }
    }

    @Test
    void easterSundays() {
        assertThat(ColombianHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(ColombianHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(ColombianHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(ColombianHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(ColombianHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(ColombianHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25)); // the latest
        assertThat(ColombianHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22)); // the earliest
        for (int year = 1900; year <= 2200; year++) {
            assertThat(ColombianHolidays.easterSunday(year).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        }
    }
}
