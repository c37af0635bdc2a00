/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The local times of one day between which marketing may be sent: from {@code start} inclusive to {@code end}
 * exclusive, so France's "08:00 to 22:00" allows 21:59:59.999 and refuses 22:00:00 exactly. Half-open windows tile a
 * day without overlap, and a message submitted at 22:00 reaches the handset after 22:00.
 *
 * @param start the first allowed local time, inclusive; not null
 * @param end the first local time no longer allowed, exclusive; {@link LocalTime#MIDNIGHT} means the end of the
 *     day (24:00); otherwise after {@code start}. Not null.
 */
public record DailyWindow(LocalTime start, LocalTime end) {

    /**
     * Creates the window, validating it.
     *
     * @param start the first allowed local time, inclusive; not null
     * @param end the first local time no longer allowed, exclusive; {@link LocalTime#MIDNIGHT} for the end of the
     *     day; otherwise after {@code start}. Not null.
     * @throws NullPointerException if an argument is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if {@code end} is not after {@code start}
     */
    public DailyWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new RulesException(
                    RulesError.INVALID_RULE,
                    "hours",
                    "a sending window must end after it starts (or at 00:00 for midnight), was " + start + "-" + end);
        }
    }

    /**
     * Returns the window between two local times.
     *
     * @param start the first allowed local time, inclusive; not null
     * @param end the first local time no longer allowed, exclusive, or {@link LocalTime#MIDNIGHT}; not null
     * @return the window
     * @throws NullPointerException if an argument is null
     * @throws RulesException with {@link RulesError#INVALID_RULE} if {@code end} is not after {@code start}
     */
    public static DailyWindow of(LocalTime start, LocalTime end) {
        return new DailyWindow(start, end);
    }

    /** Returns whether the window runs to the end of the day. */
    boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** Returns the window as {@code 08:00-22:00} ({@code 24:00} for midnight). */
    String describe() {
        return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
    }
}
