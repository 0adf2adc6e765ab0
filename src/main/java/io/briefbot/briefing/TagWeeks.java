package io.briefbot.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * How many articles had a tag in each of consecutive weeks.
 *
 * @param tag    the tag as the archive spells it
 * @param weeks  the Mondays the weeks start on, oldest first
 * @param counts the articles of each week, in the same order
 */
public record TagWeeks(String tag, List<LocalDate> weeks, List<Long> counts) {

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
