package io.briefbot.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** On which local days a subscription is posted: its word is stored and typed ("daily", "weekdays"). */
public enum Days implements PostDays {
    DAILY, WEEKDAYS;

    @Override
    public boolean includes(LocalDate localDate) {
        DayOfWeek day = localDate.getDayOfWeek();
        return this == DAILY || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
    }

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Days> ofWord(String word) {
        for (Days days : values()) {
            if (days.word().equalsIgnoreCase(word)) {
                return Optional.of(days);
            }
        }
        return Optional.empty();
    }
}
