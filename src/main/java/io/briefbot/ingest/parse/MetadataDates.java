package io.briefbot.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar date out of metadata values, as written (in the value's own offset). */
final class MetadataDates {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern GERMAN_DATE = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern RFC_2822_DATE = Pattern.compile(
            "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s+(\\d{2,4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private MetadataDates() {
    }

    /** ISO 8601 ({@code 2022-07-05T06:00:00+02:00}) or German ({@code 05.07.2022}) values; null when unreadable. */
    static LocalDate fromHtmlValue(String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher german = GERMAN_DATE.matcher(value);
        if (german.find()) {
            return date(german.group(3), german.group(2), german.group(1));
        }
        return null;
    }

    /** An RFC 2822 e-mail Date header such as {@code Tue, 5 Jul 2022 06:01:12 +0200}; null when unreadable. */
    static LocalDate fromMailHeader(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = RFC_2822_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        return date(year, month, Integer.parseInt(m.group(1)));
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
