/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a country lets marketing be sent: one {@link DailyWindow} per open weekday, in the country's time zone, and the
 * public holidays on which it is closed all day. Immutable and thread-safe; start from {@link #of(ZoneId)} and derive
 * copies with the {@code withX} methods.
 *
 * <p>Days are local calendar days in {@link #zone()}; a window's local times are converted to instants with the
 * zone's rules of that day, so daylight-saving changes move the instants, not the local hours. A window that starts
 * in a daylight-saving gap opens at the end of the gap; a local time that occurs twice counts from its first
 * occurrence. A window that lies wholly inside a gap, or on a date the zone skipped (Friday 30 December 2011 in
 * {@code Pacific/Apia}), is closed that day.
 *
 * @param zone the country's time zone, for example {@code Europe/Paris}; not null
 * @param days the window of each open weekday; a weekday missing from the map is closed all day. Not null, no null
 *     keys or values; copied into an unmodifiable map.
 * @param holidays the local dates closed all day whatever the weekday; not null, no nulls; copied into an
 *     unmodifiable sorted set
 */
public record SendingHours(ZoneId zone, Map<DayOfWeek, DailyWindow> days, Set<LocalDate> holidays) {

    /* Next opening: walk local days from the instant's own day; on each open day the window is
     * [start instant, end instant) and the answer is max(instant, start) for the first window whose end is still
     * ahead and that is not empty. A window is empty when both its ends fall into one daylight-saving gap (or a
     * skipped date) and so convert to the same instant, the end of the gap; that day is closed, like a holiday.
     * A closed open-weekday is a holiday or such a day, so the walk ends within 7 * (holidays + 1) + 1 days plus
     * a week for each empty window met. Zones have at most a few gaps a year, and each empty window past
     * MAX_EMPTY_WINDOWS adds nothing, so the walk is bounded even for rules no real zone has. */

    /** How many empty windows (days swallowed by a gap) lengthen the walk by a week each. */
    private static final int MAX_EMPTY_WINDOWS = 52;

    /**
     * Creates the record, validating and copying.
     *
     * @param zone the country's time zone; not null
     * @param days the window of each open weekday; not null, no null keys or values
     * @param holidays the local dates closed all day; not null, no nulls
     * @throws NullPointerException if an argument, key, value or element is null
     */
    public SendingHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(holidays, "holidays");
        EnumMap<DayOfWeek, DailyWindow> daysCopy = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, DailyWindow> e : days.entrySet()) {
            daysCopy.put(
                    Objects.requireNonNull(e.getKey(), "days key"), Objects.requireNonNull(e.getValue(), "days value"));
        }
        days = Collections.unmodifiableMap(daysCopy);
        SortedSet<LocalDate> holidaysCopy = new TreeSet<>();
        for (LocalDate d : holidays) {
            holidaysCopy.add(Objects.requireNonNull(d, "holidays element"));
        }
        holidays = Collections.unmodifiableSortedSet(holidaysCopy);
    }

    /**
     * Returns hours in a zone with every day closed and no holidays; add open days with
     * {@link #withDays(DayOfWeek, DayOfWeek, LocalTime, LocalTime)}.
     *
     * @param zone the country's time zone; not null
     * @return the hours
     * @throws NullPointerException if {@code zone} is null
     */
    public static SendingHours of(ZoneId zone) {
        return new SendingHours(zone, Map.of(), Set.of());
    }

    /**
     * Returns a copy in another time zone, with the same local windows and holidays.
     *
     * @param newZone the time zone; not null
     * @return the new hours
     * @throws NullPointerException if {@code newZone} is null
     */
    public SendingHours withZone(ZoneId newZone) {
        return new SendingHours(newZone, days, holidays);
    }

    /**
     * Returns a copy in which one weekday is open between two local times (replacing that day's window).
     *
     * @param day the weekday; not null
     * @param start the first allowed local time, inclusive; not null
     * @param end the first local time no longer allowed, exclusive, or {@link LocalTime#MIDNIGHT} for 24:00; not null
     * @return the new hours
     * @throws NullPointerException if an argument is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if {@code end} is not after {@code start}
     */
    public SendingHours withDay(DayOfWeek day, LocalTime start, LocalTime end) {
        return withDays(day, day, start, end);
    }

    /**
     * Returns a copy in which a run of weekdays, {@code from} to {@code to} inclusive (wrapping past Sunday if
     * {@code to} comes before {@code from}), is open between the same two local times.
     *
     * @param from the first weekday; not null
     * @param to the last weekday, inclusive; not null
     * @param start the first allowed local time, inclusive; not null
     * @param end the first local time no longer allowed, exclusive, or {@link LocalTime#MIDNIGHT} for 24:00; not null
     * @return the new hours
     * @throws NullPointerException if an argument is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if {@code end} is not after {@code start}
     */
    public SendingHours withDays(DayOfWeek from, DayOfWeek to, LocalTime start, LocalTime end) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        DailyWindow window = new DailyWindow(start, end);
        EnumMap<DayOfWeek, DailyWindow> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(days);
        DayOfWeek d = from;
        while (true) {
            copy.put(d, window);
            if (d == to) {
                break;
            }
            d = d.plus(1);
        }
        return new SendingHours(zone, copy, holidays);
    }

    /**
     * Returns a copy in which a weekday is closed all day.
     *
     * @param day the weekday; not null
     * @return the new hours
     * @throws NullPointerException if {@code day} is null
     */
    public SendingHours withoutDay(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        EnumMap<DayOfWeek, DailyWindow> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(days);
        copy.remove(day);
        return new SendingHours(zone, copy, holidays);
    }

    /**
     * Returns a copy with more holidays, for example one a new law adds.
     *
     * @param more the local dates to close all day; not null, no nulls
     * @return the new hours
     * @throws NullPointerException if {@code more} or an element is null
     */
    public SendingHours withHolidays(Collection<LocalDate> more) {
        Objects.requireNonNull(more, "holidays");
        TreeSet<LocalDate> copy = new TreeSet<>(holidays);
        for (LocalDate d : more) {
            copy.add(Objects.requireNonNull(d, "holidays element"));
        }
        return new SendingHours(zone, days, copy);
    }

    /**
     * Returns a copy with one more holiday.
     *
     * @param holiday the local date to close all day; not null
     * @return the new hours
     * @throws NullPointerException if {@code holiday} is null
     */
    public SendingHours withHoliday(LocalDate holiday) {
        return withHolidays(List.of(Objects.requireNonNull(holiday, "holiday")));
    }

    /**
     * Returns a copy without one holiday (for example a date a law moved).
     *
     * @param holiday the local date to open again as its weekday allows; not null
     * @return the new hours
     * @throws NullPointerException if {@code holiday} is null
     */
    public SendingHours withoutHoliday(LocalDate holiday) {
        Objects.requireNonNull(holiday, "holiday");
        TreeSet<LocalDate> copy = new TreeSet<>(holidays);
        copy.remove(holiday);
        return new SendingHours(zone, days, copy);
    }

    /**
     * Returns whether marketing may be sent at an instant: its local date is no holiday, its weekday is open, and it
     * lies inside that day's window.
     *
     * @param at the instant of sending, from {@link CheckRequest#EARLIEST} to {@link CheckRequest#LATEST}; not null
     * @return true when sending is allowed at {@code at}
     * @throws NullPointerException if {@code at} is null
     * @throws RulesException with {@link RulesError#INVALID_INSTANT} if {@code at} is out of range
     */
    public boolean allows(Instant at) {
        return nextAllowed(at).filter(at::equals).isPresent();
    }

    /**
     * Returns the earliest instant at or after {@code at} at which marketing may be sent: {@code at} itself when
     * {@link #allows(Instant)} holds, otherwise the start of the next open window, skipping closed weekdays,
     * holidays and windows that a daylight-saving gap or a skipped date leaves empty, with daylight-saving changes
     * applied. The instant returned is itself allowed.
     *
     * @param at the instant of sending, from {@link CheckRequest#EARLIEST} to {@link CheckRequest#LATEST}; not null
     * @return the earliest allowed instant, or empty when no weekday is open at all
     * @throws NullPointerException if {@code at} is null
     * @throws RulesException with {@link RulesError#INVALID_INSTANT} if {@code at} is out of range
     */
    public Optional<Instant> nextAllowed(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(CheckRequest.EARLIEST) || at.isAfter(CheckRequest.LATEST)) {
            throw new RulesException(
                    RulesError.INVALID_INSTANT,
                    "at",
                    "at must be between " + CheckRequest.EARLIEST + " and " + CheckRequest.LATEST + ", was " + at);
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        long limit = 7L * (holidays.size() + 1) + 1;
        int empty = 0;
        for (long i = 0; i <= limit; i++, day = day.plusDays(1)) {
            DailyWindow window = days.get(day.getDayOfWeek());
            if (window == null || holidays.contains(day)) {
                continue;
            }
            Instant end = window.endsAtMidnight()
                    ? firstInstant(day.plusDays(1), LocalTime.MIDNIGHT)
                    : firstInstant(day, window.end());
            if (at.isBefore(end)) {
                Instant start = firstInstant(day, window.start());
                if (start.isBefore(end)) {
                    return Optional.of(at.isBefore(start) ? start : at);
                }
                if (empty++ < MAX_EMPTY_WINDOWS) {
                    limit += 7;
                }
            }
        }
        // unreachable with real zones: an open weekday that is no holiday and not in a gap comes within the limit
        return Optional.empty();
    }

    /** The first instant at which the zone's wall clock shows {@code time} on {@code date}, or the end of its gap. */
    private Instant firstInstant(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        Instant first = local.toInstant(offsets.get(0));
        for (int i = 1; i < offsets.size(); i++) {
            Instant other = local.toInstant(offsets.get(i));
            if (other.isBefore(first)) {
                first = other;
            }
        }
        return first;
    }

    /** Describes the windows as {@code Mon-Sat 08:00-22:00} (runs of equal windows joined), in English. */
    String describe() {
        StringBuilder out = new StringBuilder();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            DailyWindow w = days.get(all[i]);
            if (w == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && w.equals(days.get(all[j + 1]))) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ", ").append(shortName(all[i]));
            if (j > i) {
                out.append('-').append(shortName(all[j]));
            }
            out.append(' ').append(w.describe());
            i = j + 1;
        }
        if (out.length() == 0) {
            out.append("never");
        }
        out.append(" (").append(zone.getId()).append(')');
        if (!holidays.isEmpty()) {
            out.append(", not on public holidays");
        }
        return out.toString();
    }

    private static String shortName(DayOfWeek d) {
        // from the constant's name, so no locale data can change the message
        String name = d.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
