/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Colombia's national public holidays of a year, as Ley 51 de 1983 ("Ley Emiliani") and the Easter dates fix them.
 * Stateless; package-private, because callers see the dates in {@link RuleTable#defaults()}.
 */
final class ColombianHolidays {

    /* Eighteen holidays a year:
     * - on their date whatever the weekday: 1 January, 1 May, 20 July, 7 August, 8 December, 25 December;
     * - moved to the following Monday unless on a Monday (Ley 51 de 1983, article 1): 6 January, 19 March, 29 June,
     *   15 August, 12 October, 1 November, 11 November;
     * - from Easter Sunday: Holy Thursday (-3) and Good Friday (-2) on their day; Ascension (+39), Corpus Christi
     *   (+60) and the Sacred Heart (+68), each moved to the following Monday, which gives +43, +64 and +71.
     * Easter Sunday is the Gregorian computus of the anonymous algorithm in Meeus, "Astronomical Algorithms",
     * chapter 8 (valid for every Gregorian year). */

    private ColombianHolidays() {}

    /** Returns the eighteen holidays of a Gregorian year (1984 onwards, when the law took effect). */
    static Set<LocalDate> of(int year) {
        Set<LocalDate> out = new TreeSet<>();
        out.add(LocalDate.of(year, Month.JANUARY, 1));
        out.add(LocalDate.of(year, Month.MAY, 1));
        out.add(LocalDate.of(year, Month.JULY, 20));
        out.add(LocalDate.of(year, Month.AUGUST, 7));
        out.add(LocalDate.of(year, Month.DECEMBER, 8));
        out.add(LocalDate.of(year, Month.DECEMBER, 25));
        out.add(nextMonday(LocalDate.of(year, Month.JANUARY, 6)));
        out.add(nextMonday(LocalDate.of(year, Month.MARCH, 19)));
        out.add(nextMonday(LocalDate.of(year, Month.JUNE, 29)));
        out.add(nextMonday(LocalDate.of(year, Month.AUGUST, 15)));
        out.add(nextMonday(LocalDate.of(year, Month.OCTOBER, 12)));
        out.add(nextMonday(LocalDate.of(year, Month.NOVEMBER, 1)));
        out.add(nextMonday(LocalDate.of(year, Month.NOVEMBER, 11)));
        LocalDate easter = easterSunday(year);
        out.add(easter.minusDays(3));
        out.add(easter.minusDays(2));
        out.add(nextMonday(easter.plusDays(39)));
        out.add(nextMonday(easter.plusDays(60)));
        out.add(nextMonday(easter.plusDays(68)));
        return out;
    }

    /** The day itself when a Monday, else the following Monday. */
    static LocalDate nextMonday(LocalDate d) {
        return d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** Gregorian Easter Sunday (Meeus, anonymous algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
