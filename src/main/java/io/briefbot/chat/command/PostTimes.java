package io.briefbot.chat.command;

import io.briefbot.delivery.DailySlot;
import io.briefbot.delivery.Days;
import io.briefbot.delivery.Weekly;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Daily posts and weekly digests in words: what, when, and when next. */
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

    /** "the week of China.Table on Mondays at 08:00 Europe/Berlin" */
    static String digest(String publication, DailySlot slot) {
        String day = ((Weekly) slot.days()).day().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (publication == null ? "the week's issues" : "the week of " + publication) + " on " + day + "s at " + time(slot);
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
