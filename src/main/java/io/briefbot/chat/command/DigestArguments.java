package io.briefbot.chat.command;

import io.briefbot.delivery.Days;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words after /digest: "off", or "weekly" and then, in any order, a day of the week (English or German), a time
 * (HH:MM), a time zone (Area/City) and the publication. What is not given keeps its default: Monday, 08:00, the
 * briefing time zone, every publication.
 *
 * @param when  the time, zone and publication; null when off
 * @param error what is wrong, for the user; null when nothing is
 */
record DigestArguments(boolean off, DayOfWeek day, SubscribeArguments when, String error) {

    static final String USAGE = "/digest weekly [day] [HH:MM] [Area/City] [publication], or /digest off";
    private static final String EXAMPLE = "/digest weekly friday";

    static DigestArguments parse(String arguments, ZoneId defaultZone) {
        List<String> words = new ArrayList<>(List.of(arguments.strip().split("\\s+")));
        String first = words.remove(0).toLowerCase(Locale.ROOT);
        if (first.equals("off")) {
            return words.isEmpty() ? new DigestArguments(true, null, null, null)
                    : failed("/digest off takes nothing after it: it ends this chat's weekly digest.");
        }
        if (!first.equals("weekly")) {
            return failed("Say " + USAGE + ".");
        }
        DayOfWeek day = DayOfWeek.MONDAY;
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            Optional<DayOfWeek> named = DateParser.weekday(word);
            if (named.isPresent()) {
                day = named.get();
            } else if (Days.ofWord(word).isPresent()) {
                return failed("A digest comes once a week: give its day, as in " + EXAMPLE + " 16:00.");
            } else {
                rest.add(word);
            }
        }
        SubscribeArguments when = SubscribeArguments.parse(String.join(" ", rest), defaultZone, EXAMPLE);
        return when.error() != null ? failed(when.error()) : new DigestArguments(false, day, when, null);
    }

    private static DigestArguments failed(String error) {
        return new DigestArguments(false, null, null, error);
    }
}
