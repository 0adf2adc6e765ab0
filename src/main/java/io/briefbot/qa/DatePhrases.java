package io.briefbot.qa;

import io.briefbot.common.BriefingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time a question speaks of, in English or German ("this week", "letzten Monat", "in July", "seit Montag"),
 * relative to today, and takes the phrase out of the question.
 *
 * <p>Whether the phrase is about the issues or may belong to the content: news dates events by the day they happened
 * ("was expected in Beijing on Monday", "am Montag beschlossen"), so a single day named that way may be the content's
 * own day rather than the issues', and so may a month named without its year ("bought in August": the month of the
 * purchase, reported in September). Spans and relative words frame which issues to read ("this week", "since Monday",
 * "yesterday", "in July 2026", "in the last issues"), and so does any day or month named together with the issues
 * ("Monday's issue", "the briefing on Monday", "die Ausgabe vom Montag", "July's issues").
 */
final class DatePhrases {

    /**
     * A question without its time phrase, and the days that phrase meant.
     *
     * @param mayBeContent whether the phrase may be the day of what is asked about rather than of the issues
     */
    record Dated(String rest, Optional<DateWindow> window, boolean mayBeContent) {
    }

    /** "In the last issues" reads the issues of the last seven days. */
    static final int RECENT_DAYS = 7;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("januar", 1), Map.entry("february", 2), Map.entry("februar", 2),
            Map.entry("march", 3), Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("mai", 5), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("july", 7), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("december", 12), Map.entry("dezember", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("montag", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("freitag", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sonntag", DayOfWeek.SUNDAY));

    private static final String MONTH_NAMES = String.join("|", MONTHS.keySet());
    private static final String WEEKDAY_NAMES = String.join("|", WEEKDAYS.keySet());

    private static final Pattern TODAY = Pattern.compile("\\b(today|heute)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|gestern)\\b");
    private static final Pattern THIS_WEEK = Pattern.compile("\\b(this week|diese[rn]? woche)\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("\\b(last week|(?:in der )?(?:letzten|vergangenen|letzte|vergangene) woche)\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("\\b(this month|(?:in )?diese[mn]? monat)\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("\\b(last month|(?:im )?(?:letzten|vergangenen) monat)\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|im|during)\\s+(" + MONTH_NAMES + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern SINCE_WEEKDAY = Pattern.compile("\\b(?:since|seit)\\s+(?:last\\s+|letztem\\s+)?(" + WEEKDAY_NAMES + ")\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:on|am)\\s+(" + WEEKDAY_NAMES + ")\\b");
    private static final Pattern WEEKDAY_ISSUE = Pattern.compile("\\b(?:(" + WEEKDAY_NAMES + ")['’]s\\s+(?:issue|briefing|edition|newsletter)"
            + "|(?:ausgabe|briefing|newsletter)\\s+(?:vom|von)\\s+(" + WEEKDAY_NAMES + "))\\b");
    private static final Pattern LAST_ISSUES = Pattern.compile("\\b(?:(?:in|from)\\s+)?(?:the\\s+)?(?:last|latest|recent|past)\\s+(?:few\\s+)?"
            + "(?:issues|briefings|editions)|(?:in\\s+)?(?:den\\s+)?(?:letzten|jüngsten)\\s+(?:ausgaben|briefings)\\b");
    private static final Pattern ISSUE_WORDS = Pattern.compile("\\b(?:issues?|briefings?|editions?|newsletters?|ausgaben?)\\b");

    private DatePhrases() {
    }

    static Dated read(String question, LocalDate today) {
        String text = question.toLowerCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = SINCE_WEEKDAY.matcher(text)).find()) {
            LocalDate from = today.minusDays(1).with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(m.group(1))));
            return dated(question, m, from, today);
        }
        if ((m = WEEKDAY_ISSUE.matcher(text)).find()) {
            LocalDate day = today.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2))));
            return dated(question, m, day, day);
        }
        if ((m = ON_WEEKDAY.matcher(text)).find()) {
            LocalDate day = today.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(m.group(1))));
            Dated dated = dated(question, m, day, day);
            return new Dated(dated.rest(), dated.window(), !ISSUE_WORDS.matcher(text).find());
        }
        if ((m = LAST_ISSUES.matcher(text)).find()) {
            return dated(question, m, today.minusDays(RECENT_DAYS - 1), today);
        }
        if ((m = IN_MONTH.matcher(text)).find()) {
            int month = MONTHS.get(m.group(1));
            YearMonth yearMonth = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month)
                    : mostRecent(month, today);
            Dated dated = dated(question, m, yearMonth.atDay(1), yearMonth.atEndOfMonth());
            return new Dated(dated.rest(), dated.window(), m.group(2) == null && !ISSUE_WORDS.matcher(text).find());
        }
        if ((m = LAST_MONTH.matcher(text)).find()) {
            YearMonth last = YearMonth.from(today).minusMonths(1);
            return dated(question, m, last.atDay(1), last.atEndOfMonth());
        }
        if ((m = THIS_MONTH.matcher(text)).find()) {
            return dated(question, m, today.withDayOfMonth(1), today);
        }
        if ((m = LAST_WEEK.matcher(text)).find()) {
            LocalDate monday = BriefingCalendar.weekOf(today).minusWeeks(1);
            return dated(question, m, monday, monday.plusDays(6));
        }
        if ((m = THIS_WEEK.matcher(text)).find()) {
            return dated(question, m, BriefingCalendar.weekOf(today), today);
        }
        if ((m = YESTERDAY.matcher(text)).find()) {
            return dated(question, m, today.minusDays(1), today.minusDays(1));
        }
        if ((m = TODAY.matcher(text)).find()) {
            return dated(question, m, today, today);
        }
        return new Dated(question, Optional.empty(), false);
    }

    private static YearMonth mostRecent(int month, LocalDate today) {
        YearMonth candidate = YearMonth.of(today.getYear(), month);
        return candidate.isAfter(YearMonth.from(today)) ? candidate.minusYears(1) : candidate;
    }

    /** Lower-casing keeps every character's position, so the match cuts the original text. */
    private static Dated dated(String question, Matcher match, LocalDate from, LocalDate to) {
        String rest = (question.substring(0, match.start()) + " " + question.substring(match.end())).strip();
        return new Dated(rest, Optional.of(new DateWindow(from, to)), false);
    }
}
