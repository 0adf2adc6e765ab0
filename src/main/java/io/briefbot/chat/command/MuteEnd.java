package io.briefbot.chat.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a /mute ends: 24 hours from now unless told; "12h" or "3d" from now; "until 24 December" through that day
 * (the day in the briefings' time zone). At most {@link #MAX} ahead.
 *
 * @param error why the arguments name no end, or null
 */
record MuteEnd(Instant until, String error) {

    static final Duration DEFAULT = Duration.ofHours(24);
    static final Duration MAX = Duration.ofDays(365);
    static final String USAGE = "Mute for how long? /mute (24 hours), /mute 12h, /mute 3d or /mute until 2026-12-24.";

    private static final Pattern SPAN = Pattern.compile("(\\d{1,4})\\s*([hd])", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL = Pattern.compile("(?:until|bis)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    static MuteEnd parse(String arguments, Instant now, ZoneId zone) {
        String text = arguments.strip();
        if (text.isEmpty()) {
            return new MuteEnd(now.plus(DEFAULT), null);
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            long amount = Long.parseLong(span.group(1));
            Duration length = span.group(2).equalsIgnoreCase("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
            return within(now, now.plus(length));
        }
        Matcher until = UNTIL.matcher(text);
        if (!until.matches()) {
            return new MuteEnd(null, USAGE);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<LocalDate> day = DateParser.parse(until.group(1), today);
        if (day.isEmpty()) {
            return new MuteEnd(null, "I can't read “" + Buttons.shorten(until.group(1), 40) + "” as a day. " + USAGE);
        }
        if (day.get().isBefore(today)) {
            return new MuteEnd(null, day.get() + " is past; name a day still to come, as in /mute until " + today.plusDays(7) + ".");
        }
        return within(now, day.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** "Thursday, 8 October 2026 at 07:30 Europe/Berlin" */
    static String shown(Instant until, ZoneId zone) {
        ZonedDateTime local = until.atZone(zone);
        return SHOWN.format(local) + " " + zone.getId();
    }

    private static MuteEnd within(Instant now, Instant until) {
        if (!until.isAfter(now)) {
            return new MuteEnd(null, USAGE);
        }
        if (until.isAfter(now.plus(MAX))) {
            return new MuteEnd(null, "A mute lasts at most " + MAX.toDays() + " days; /unsubscribe and /unfollow stop posts for good.");
        }
        return new MuteEnd(until, null);
    }
}
