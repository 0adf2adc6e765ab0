package io.briefbot.delivery;

import java.time.LocalDate;

/** On which local days a slot comes: {@link Days} for daily posts, {@link Weekly} for weekly digests. */
public sealed interface PostDays permits Days, Weekly {

    boolean includes(LocalDate localDate);

    /** The word stored and typed: "daily", "weekdays", "monday". */
    String word();

    static PostDays ofWord(String word) {
        return Days.ofWord(word).<PostDays>map(days -> days).orElseGet(() -> Weekly.ofWord(word));
    }
}
