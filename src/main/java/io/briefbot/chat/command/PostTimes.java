package io.briefbot.chat.command;

import io.briefbot.delivery.DailySlot;
import io.briefbot.delivery.Days;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Daily posts in words: what, when, and when next. */
final class PostTimes {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PostTimes() {
    }

    /** "the issue of China.Table every day", "each day's issues on weekdays" */
    static String what(String publication, Days days) {
        String issues = publication == null ? "each day's issues" : "the issue of " + publication;
        return issues + (days == Days.WEEKDAYS ? " on weekdays" : " every day");
    }

    /** "07:30 Europe/Berlin" */
    static String time(DailySlot slot) {
        return TIME.format(slot.time()) + " " + slot.zone().getId();
    }

    /** "Thursday, 8 October 2026 at 07:30 Europe/Berlin" */
    static String next(DailySlot slot, Instant now) {
        return NEXT.format(slot.nextAfter(now)) + " " + slot.zone().getId();
    }
}
