/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule table is an immutable value that callers copy and change. */
class RuleTableTest {

    @Test
    void defaultsHoldTheSourceCountries() {
        RuleTable t = RuleTable.defaults();
        assertThat(t.countries().keySet()).containsExactly("CO", "ES", "FR", "GB", "IE", "US");
        assertThat(t.countries().values()).allSatisfy(c -> {
            assertThat(c.source()).contains("360nrs", "2026-12-01");
            assertThat(c.purposes()).containsExactly(Purpose.MARKETING);
        });
        CountryRules fr = t.country("FR").orElseThrow();
        SendingHours hours = fr.hours().orElseThrow();
        assertThat(hours.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(hours.days())
                .hasSize(6)
                .doesNotContainKey(DayOfWeek.SUNDAY)
                .containsEntry(DayOfWeek.SATURDAY, DailyWindow.of(LocalTime.of(8, 0), LocalTime.of(22, 0)));
        assertThat(hours.holidays()).isEmpty();
        assertThat(fr.stopLine()).contains("STOP au");
        CountryRules co = t.country("CO").orElseThrow();
        assertThat(co.hours().orElseThrow().days())
                .containsEntry(DayOfWeek.FRIDAY, DailyWindow.of(LocalTime.of(7, 0), LocalTime.of(19, 0)))
                .containsEntry(DayOfWeek.SATURDAY, DailyWindow.of(LocalTime.of(8, 0), LocalTime.of(15, 0)))
                .doesNotContainKey(DayOfWeek.SUNDAY);
        assertThat(t.country("US").orElseThrow().publicShortenersForbidden()).isTrue();
        assertThat(t.country("IE").orElseThrow().optInRequired()).isTrue();
        assertThat(t.country("GB").orElseThrow().ageVerification())
                .containsExactly(ContentCategory.GAMBLING, ContentCategory.ADULT);
        assertThat(t.country("DE")).isEmpty();
        assertThat(RuleTable.defaults()).isSameAs(t);
    }

    @Test
    void copiesLeaveTheOriginalAlone() {
        RuleTable t = RuleTable.defaults();
        RuleTable changed = t.with(CountryRules.of("de").withProhibited(List.of(ContentCategory.GAMBLING)))
                .without("ie");
        assertThat(changed.countries().keySet()).containsExactly("CO", "DE", "ES", "FR", "GB", "US");
        assertThat(t.countries()).containsKey("IE").doesNotContainKey("DE");
        assertThat(changed).isNotEqualTo(t);
        assertThat(changed.without("DE").with(t.country("IE").orElseThrow())).isEqualTo(t);
        assertThatThrownBy(() -> t.countries().put("DE", CountryRules.of("DE")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.publicShortenerDomains().add("x.y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNewHolidayIsACopy() {
        CountryRules co = RuleTable.defaults().country("CO").orElseThrow();
        LocalDate newHoliday = LocalDate.of(2027, 9, 14);
        CountryRules changed = co.withHours(co.hours().orElseThrow().withHoliday(newHoliday));
        assertThat(changed.hours().orElseThrow().holidays()).contains(newHoliday);
        assertThat(co.hours().orElseThrow().holidays()).doesNotContain(newHoliday);
        assertThat(changed.hours().orElseThrow().withoutHoliday(newHoliday))
                .isEqualTo(co.hours().orElseThrow());
        assertThat(changed.withoutHours().hours()).isEmpty();
    }

    @Test
    void recordsCopyWhatTheyAreGiven() {
        Map<DayOfWeek, DailyWindow> days = new HashMap<>();
        days.put(DayOfWeek.MONDAY, DailyWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Set<LocalDate> holidays = new java.util.HashSet<>(Set.of(LocalDate.of(2026, 1, 1)));
        SendingHours hours = new SendingHours(ZoneId.of("UTC"), days, holidays);
        days.clear();
        holidays.clear();
        assertThat(hours.days()).hasSize(1);
        assertThat(hours.holidays()).hasSize(1);
        EnumSet<ContentCategory> prohibited = EnumSet.of(ContentCategory.TAX);
        CountryRules c = CountryRules.of("XY").withProhibited(prohibited);
        prohibited.clear();
        assertThat(c.prohibited()).containsExactly(ContentCategory.TAX);
        assertThat(c.withStopLine("STOP to").withoutStopLine()).isEqualTo(c);
        assertThat(c.withOptInRequired(true).withOptInRequired(false)).isEqualTo(c);
        assertThat(c.withPublicShortenersForbidden(true).withPublicShortenersForbidden(false))
                .isEqualTo(c);
        assertThat(hours.withZone(ZoneId.of("Europe/Paris")).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void badValuesAreClearErrors() {
        assertThatThrownBy(() -> DailyWindow.of(LocalTime.of(22, 0), LocalTime.of(8, 0)))
                .isInstanceOfSatisfying(RulesException.class, e -> {
                    assertThat(e.error()).isEqualTo(RulesError.INVALID_RULE);
                    assertThat(e.field()).isEqualTo("hours");
                    assertThat(e.getMessage()).contains("22:00-08:00");
                });
        assertThatThrownBy(() -> DailyWindow.of(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(RulesException.class);
        assertThat(DailyWindow.of(LocalTime.NOON, LocalTime.MIDNIGHT).describe())
                .isEqualTo("12:00-24:00");
        assertThatThrownBy(() -> CountryRules.of("FRA"))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.getMessage()).contains("\"FRA\"", "alpha-2"));
        assertThatThrownBy(() -> CountryRules.of("F1")).isInstanceOf(RulesException.class);
        assertThatThrownBy(() -> CountryRules.of("FR").withStopLine(" "))
                .isInstanceOfSatisfying(
                        RulesException.class, e -> assertThat(e.field()).isEqualTo("stopLine"));
        assertThatThrownBy(() -> new RuleTable(Map.of("FR", CountryRules.of("ES")), Set.of()))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("\"FR\"");
        for (String bad : new String[] {"bitly", "bit..ly", ".bit.ly", "bit.ly/x", "bit ly", "", "-x.io"}) {
            assertThatThrownBy(() -> RuleTable.empty().withPublicShortenerDomains(List.of(bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            RulesException.class, e -> assertThat(e.field()).isEqualTo("publicShortenerDomains"));
        }
        assertThat(RuleTable.empty()
                        .withPublicShortenerDomains(List.of("BIT.LY."))
                        .publicShortenerDomains())
                .containsExactly("bit.ly");
        assertThatThrownBy(() -> SendingHours.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("zone");
    }

    @Test
    void weekdayRunsWrapPastSunday() {
        SendingHours h = SendingHours.of(ZoneId.of("UTC"))
                .withDays(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(h.days().keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(h.describe()).isEqualTo("Mon 10:00-12:00, Sat-Sun 10:00-12:00 (UTC)");
    }
}
