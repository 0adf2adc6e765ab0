package io.briefbot.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a text states them: a date line ("Tuesday, 5 July 2022", "Dienstag, 5. Juli 2022", "2022-07-05") or a
 * publication line ("Veröffentlicht 08.07.2022", "Published July 8, 2022"). An update line is not the edition date.
 */
final class TextDates {

    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s" + MONTH + "\\s(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:Veröffentlicht|Erschienen|Published|Posted)(?:\\s(?:am|on))?\\s?:?\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "^(?:Letzte Aktualisierung|Zuletzt aktualisiert|Aktualisiert|Last updated|Updated)(?:\\s(?:am|on))?\\s?:?\\s",
            Pattern.CASE_INSENSITIVE);
    /** What may stand around the date on a date line: a weekday before it, a time after it. */
    private static final Pattern WEEKDAY = Pattern.compile("^(?:\\p{L}{2,12}\\.?,?\\s?)?$");
    private static final Pattern TIME = Pattern.compile(
            "^(?:,?\\s(?:um\\s|at\\s)?\\d{1,2}[:.]\\d{2}(?:\\s?(?:Uhr|am|pm|AM|PM))?)?$");
    private static final Map<String, Integer> MONTHS = months();
    private static final int MAX_LINE = 80;
    private static final int SEARCHED_BLOCKS = 16;

    private record Found(LocalDate date, int start, int end) {
    }

    private TextDates() {
    }

    /** The date stated among the top blocks, a publication line winning over a date line; null when none. */
    static LocalDate editionDate(List<Block> blocks) {
        LocalDate dateLine = null;
        for (Block block : Block.firstWithText(blocks, SEARCHED_BLOCKS)) {
            String text = block.text();
            if (text.length() > MAX_LINE) {
                continue;
            }
            if (PUBLISHED.matcher(text).lookingAt()) {
                Found published = find(text);
                if (published != null) {
                    return published.date();
                }
            } else if (dateLine == null && isDateLine(text)) {
                dateLine = find(text).date();
            }
        }
        return dateLine;
    }

    /** A line that is a date and nothing else, bar a weekday and a time. */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_LINE) {
            return false;
        }
        Found found = find(text);
        return found != null && WEEKDAY.matcher(text.substring(0, found.start())).matches()
                && TIME.matcher(text.substring(found.end())).matches();
    }

    /** "Veröffentlicht …", "Letzte Aktualisierung …", "Published …", "Updated …" with a date: a page's dateline. */
    static boolean isPublicationLine(String text) {
        return text.length() <= MAX_LINE && (PUBLISHED.matcher(text).lookingAt() || UPDATED.matcher(text).lookingAt())
                && find(text) != null;
    }

    private static Found find(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return found(iso, iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return found(numeric, numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        }
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        if (dayFirst.find() && MONTHS.containsKey(dayFirst.group(2).toLowerCase(Locale.ROOT))) {
            return found(dayFirst, dayFirst.group(3), MONTHS.get(dayFirst.group(2).toLowerCase(Locale.ROOT)),
                    dayFirst.group(1));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        if (monthFirst.find() && MONTHS.containsKey(monthFirst.group(1).toLowerCase(Locale.ROOT))) {
            return found(monthFirst, monthFirst.group(3), MONTHS.get(monthFirst.group(1).toLowerCase(Locale.ROOT)),
                    monthFirst.group(2));
        }
        return null;
    }

    private static Found found(Matcher m, String year, int month, String day) {
        try {
            return new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "januar", "jänner"}, {"february", "feb", "februar"}, {"march", "mar", "märz", "mär"},
                {"april", "apr"}, {"may", "mai"}, {"june", "jun", "juni"}, {"july", "jul", "juli"}, {"august", "aug"},
                {"september", "sep", "sept"}, {"october", "oct", "oktober", "okt"}, {"november", "nov"},
                {"december", "dec", "dezember", "dez"}};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
