package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BriefingCalendarTest {

    /** Late on Sunday evening in UTC it is already Monday in Berlin. */
    private static final Instant SUNDAY_LATE_UTC = Instant.parse("2026-03-29T22:30:00Z");

    @Test
    void todayIsTheDateInTheBriefingTimeZoneNotTheClocks() {
        BriefingCalendar berlin = new BriefingCalendar(Clock.fixed(SUNDAY_LATE_UTC, ZoneOffset.UTC), ZoneId.of("Europe/Berlin"));
        BriefingCalendar newYork = new BriefingCalendar(Clock.fixed(SUNDAY_LATE_UTC, ZoneOffset.UTC), ZoneId.of("America/New_York"));

        assertThat(berlin.today()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(newYork.today()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(berlin.dayOf(Instant.parse("2026-07-01T21:59:59Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(berlin.dayOf(Instant.parse("2026-07-01T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void aWeekBeginsOnItsMonday() {
        assertThat(BriefingCalendar.weekOf(LocalDate.of(2026, 3, 29))).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(BriefingCalendar.weekOf(LocalDate.of(2026, 3, 30))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(BriefingCalendar.weekOf(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void daysAreWrittenInEnglishWhateverTheMachinesLocale() {
        LocalDate day = LocalDate.of(2022, 7, 8);

        assertThat(BriefingCalendar.full(day)).isEqualTo("Friday, 8 July 2022");
        assertThat(BriefingCalendar.brief(day)).isEqualTo("8 Jul 2022");
        assertThat(BriefingCalendar.weekday(day)).isEqualTo("Friday, 8 July");
    }
}
