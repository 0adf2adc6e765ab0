package io.briefbot.common;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calendar of the briefings' time zone (BRIEFBOT_DEFAULT_TIME_ZONE): what "today" and "this week" mean
 * everywhere, on which day an instant falls, and how replies write a day.
 */
@Singleton
public class BriefingCalendar {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter BRIEF = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    public BriefingCalendar(Clock clock, @ConfigProperty(name = "briefbot.time-zone") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The Monday that begins the week of {@code day}: "this week" runs from it to today. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** "Friday, 8 July 2022" */
    public static String full(LocalDate day) {
        return FULL.format(day);
    }

    /** "8 Jul 2022", for buttons and sources */
    public static String brief(LocalDate day) {
        return BRIEF.format(day);
    }

    /** "Friday, 8 July", where the year goes without saying */
    public static String weekday(LocalDate day) {
        return WEEKDAY.format(day);
    }
}
