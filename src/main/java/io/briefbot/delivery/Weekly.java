package io.briefbot.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** Once a week, on {@code day}. */
public record Weekly(DayOfWeek day) implements PostDays {

    @Override
    public boolean includes(LocalDate localDate) {
        return localDate.getDayOfWeek() == day;
    }

    @Override
    public String word() {
        return day.name().toLowerCase(Locale.ROOT);
    }

    static Weekly ofWord(String word) {
        return new Weekly(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)));
    }
}
