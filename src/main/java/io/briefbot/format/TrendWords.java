package io.briefbot.format;

import io.briefbot.briefing.TagWeeks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A trend chart's numbers in words, for those who cannot see the chart: the caption on Telegram, the alt text on Slack.
 * Every week's count while that fits {@link #MAX_CHARS} (a Telegram caption takes 1,024 characters), else each tag's
 * total and busiest week alone.
 */
final class TrendWords {

    static final int MAX_CHARS = 1000;

    private TrendWords() {
    }

    static String of(List<TagWeeks> trends, Language language) {
        String full = words(trends, language, true);
        return full.length() <= MAX_CHARS ? full : TextPieces.shorten(words(trends, language, false), MAX_CHARS, String::length);
    }

    private static String words(List<TagWeeks> trends, Language language, boolean everyWeek) {
        List<LocalDate> weeks = trends.get(0).weeks();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(language.pick("d MMM yyyy", "d. MMM yyyy"), language.locale());
        StringBuilder words = new StringBuilder(language.pick(
                "Articles per week, " + weeks.size() + " weeks from the week of " + day.format(weeks.get(0))
                        + " to the week of " + day.format(weeks.get(weeks.size() - 1)) + ".",
                "Artikel pro Woche, " + weeks.size() + " Wochen von der Woche ab " + day.format(weeks.get(0))
                        + " bis zur Woche ab " + day.format(weeks.get(weeks.size() - 1)) + "."));
        for (TagWeeks trend : trends) {
            words.append(' ').append(trend.tag()).append(": ");
            if (trend.total() == 0) {
                words.append(language.pick("none.", "keine."));
                continue;
            }
            if (everyWeek) {
                words.append(trend.counts().stream().map(String::valueOf).collect(Collectors.joining(", "))).append("; ");
            }
            int busiest = busiest(trend.counts());
            String week = day.format(trend.weeks().get(busiest));
            long most = trend.counts().get(busiest);
            words.append(language.pick(trend.total() + " in all, most in the week of " + week + " (" + most + ").",
                    "insgesamt " + trend.total() + ", die meisten in der Woche ab " + week + " (" + most + ")."));
        }
        return words.toString();
    }

    /** The index of the week with the most articles, the latest of equals. */
    private static int busiest(List<Long> counts) {
        int busiest = 0;
        for (int i = 1; i < counts.size(); i++) {
            if (counts.get(i) >= counts.get(busiest)) {
                busiest = i;
            }
        }
        return busiest;
    }
}
