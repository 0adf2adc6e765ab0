package io.briefbot.chat.command;

import io.briefbot.archive.SearchKeys;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a user means, in English or German: "2022-07-08", "8 July", "8. Juli 2022", "July 8", "08.07.2022",
 * "8.7.", "today"/"heute", "yesterday"/"gestern", "vorgestern", a weekday ("monday", "Freitag"), optionally
 * led by a weekday ("Friday, 8 July 2022"). A day without a year, and a weekday, is the most recent such day
 * on or before today, since briefings are looked up after they appeared.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{4}|\\d{2})?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.? ?(?:of )?(\\p{L}+)\\.?(?: (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}+)\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?");
    private static final int YEARS_BACK_FOR_LEAP_DAYS = 8;

    private static final Map<String, Integer> DAYS_AGO = Map.of(
            "today", 0, "heute", 0, "yesterday", 1, "gestern", 1, "vorgestern", 2);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("janner", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februar", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("marz", 3), Map.entry("maerz", 3), Map.entry("mrz", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dezember", 12), Map.entry("dez", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY), Map.entry("montag", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("freitag", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
            Map.entry("sonnabend", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sonntag", DayOfWeek.SUNDAY));

    private DateParser() {
    }

    /** The day of the week a word names, in English or German ("friday", "fri", "Freitag"). */
    static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(SearchKeys.of(word).replaceFirst("\\.$", "")));
    }

    static Optional<LocalDate> parse(String text, LocalDate today) {
        String words = SearchKeys.of(text.replace(',', ' '));
        if (DAYS_AGO.containsKey(words)) {
            return Optional.of(today.minusDays(DAYS_AGO.get(words)));
        }
        String leadingWord = words.split(" ", 2)[0].replaceFirst("\\.$", "");
        DayOfWeek weekday = WEEKDAYS.get(leadingWord);
        if (weekday != null) {
            return words.contains(" ")
                    ? calendarDate(words.substring(words.indexOf(' ') + 1), today)
                    : Optional.of(today.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        return calendarDate(words, today);
    }

    private static Optional<LocalDate> calendarDate(String words, LocalDate today) {
        Matcher iso = ISO.matcher(words);
        if (iso.matches()) {
            return date(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(words);
        if (numeric.matches()) {
            return dayOf(number(numeric.group(2)), number(numeric.group(1)), numeric.group(3), today);
        }
        Matcher dayMonth = DAY_MONTH.matcher(words);
        if (dayMonth.matches() && MONTHS.containsKey(dayMonth.group(2))) {
            return dayOf(MONTHS.get(dayMonth.group(2)), number(dayMonth.group(1)), dayMonth.group(3), today);
        }
        Matcher monthDay = MONTH_DAY.matcher(words);
        if (monthDay.matches() && MONTHS.containsKey(monthDay.group(1))) {
            return dayOf(MONTHS.get(monthDay.group(1)), number(monthDay.group(2)), monthDay.group(3), today);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayOf(int month, int day, String year, LocalDate today) {
        if (year != null) {
            return date(year.length() == 2 ? 2000 + number(year) : number(year), month, day);
        }
        for (int back = 0; back <= YEARS_BACK_FOR_LEAP_DAYS; back++) {
            Optional<LocalDate> candidate = date(today.getYear() - back, month, day);
            if (candidate.isPresent() && !candidate.get().isAfter(today)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
