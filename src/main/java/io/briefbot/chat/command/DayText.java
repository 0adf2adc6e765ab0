package io.briefbot.chat.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as replies write them. */
final class DayText {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter BRIEF = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DayText() {
    }

    /** "Friday, 8 July 2022" */
    static String full(LocalDate date) {
        return FULL.format(date);
    }

    /** "8 Jul 2022", for buttons */
    static String brief(LocalDate date) {
        return BRIEF.format(date);
    }
}
