package io.briefbot.chat.command;

import io.briefbot.delivery.Days;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words after /subscribe, in any order: a time (HH:MM), a time zone (Area/City), "daily" or "weekdays", and
 * whatever is left, the publication. What is not given keeps its default.
 *
 * @param error what is wrong, for the user; null when nothing is
 */
record SubscribeArguments(LocalTime time, ZoneId zone, Days days, Optional<String> publication, String error) {

    static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);
    /** A digit first, and a colon or only digits, dots and h: meant as a time ("7:3o", "0730"), not a publication. */
    private static final Pattern TIME_LIKE = Pattern.compile("\\d(.*:.*|[\\d.hH]*)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H[:][.]mm");

    static SubscribeArguments parse(String arguments, ZoneId defaultZone) {
        return parse(arguments, defaultZone, "/subscribe");
    }

    /** @param example the command line the errors' examples start with */
    static SubscribeArguments parse(String arguments, ZoneId defaultZone, String example) {
        LocalTime time = DEFAULT_TIME;
        ZoneId zone = defaultZone;
        Days days = Days.DAILY;
        List<String> publication = new ArrayList<>();
        for (String word : arguments.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Days> named = Days.ofWord(word);
            if (named.isPresent()) {
                days = named.get();
            } else if (TIME_LIKE.matcher(word).matches()) {
                Optional<LocalTime> parsed = time(word);
                if (parsed.isEmpty()) {
                    return failed("“" + word + "” is not a time of day. Give it as HH:MM, as in " + example + " 07:30.");
                }
                time = parsed.get();
            } else if (word.contains("/") || word.equalsIgnoreCase("UTC")) {
                Optional<ZoneId> parsed = zone(word);
                if (parsed.isEmpty()) {
                    return failed("“" + Buttons.shorten(word, 40) + "” is not a time zone I know. Give it as Area/City, "
                            + "as in " + example + " 07:30 Europe/Berlin.");
                }
                zone = parsed.get();
            } else {
                publication.add(word);
            }
        }
        return new SubscribeArguments(time, zone, days,
                publication.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", publication)), null);
    }

    private static Optional<LocalTime> time(String word) {
        try {
            return Optional.of(LocalTime.parse(word.toLowerCase().replace('h', ':'), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String word) {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(word)).findFirst().map(ZoneId::of);
    }

    private static SubscribeArguments failed(String error) {
        return new SubscribeArguments(null, null, null, Optional.empty(), error);
    }
}
