package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefbot.briefing.TagWeeks;
import io.briefbot.testing.Png;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 12, 1);

    @Test
    void fiftyTwoWeeksOfThreeBusyTagsAreSaidWithinACaptionByTheirTotalsAndBusiestWeeks() {
        List<TagWeeks> trends = List.of(weeks("Trade", 52, 700), weeks("Cyber", 52, 800), weeks("Rare earths", 52, 900));

        PictureReply chart = TrendChart.draw(trends, Language.ENGLISH);

        String words = chart.picture().description();
        assertThat(words.length()).isLessThanOrEqualTo(TrendWords.MAX_CHARS);
        assertThat(words).startsWith("Articles per week, 52 weeks from the week of 1 Dec 2025 to the week of 23 Nov 2026.")
                .contains("Trade: " + trends.get(0).total() + " in all, most in the week of 23 Nov 2026 (751).")
                .contains("Rare earths: ").doesNotContain("700, 701");
        Png.assertPng(chart.picture().png(), TrendChart.WIDTH, TrendChart.HEIGHT);
        assertThat(chart.picture().fileName()).isEqualTo("trend-trade-cyber-rare-earths.png");
    }

    @Test
    void aFewWeeksAreSaidWeekByWeekAndATagWithoutArticlesAsNone() {
        PictureReply chart = TrendChart.draw(List.of(weeks("Zölle", 3, 1), weeks("Häfen", 3, 0, 0)), Language.GERMAN);

        assertThat(chart.title()).isEqualTo("Artikel pro Woche: Zölle, Häfen");
        assertThat(chart.picture().description()).isEqualTo("Artikel pro Woche, 3 Wochen von der Woche ab 1. Dez. 2025 bis zur "
                + "Woche ab 15. Dez. 2025. Zölle: 1, 2, 3; insgesamt 6, die meisten in der Woche ab 15. Dez. 2025 (3). Häfen: keine.");
    }

    @Test
    void oneToThreeTagsMakeAChart() {
        assertThatThrownBy(() -> TrendChart.draw(List.of(), Language.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
        List<TagWeeks> four = List.of(weeks("a", 2, 1), weeks("b", 2, 1), weeks("c", 2, 1), weeks("d", 2, 1));
        assertThatThrownBy(() -> TrendChart.draw(four, Language.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TagWeeks weeks(String tag, int count, long first) {
        return weeks(tag, count, first, 1);
    }

    /** {@code count} weeks counting from {@code first} by {@code step}. */
    private static TagWeeks weeks(String tag, int count, long first, long step) {
        List<LocalDate> mondays = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mondays.add(FIRST_MONDAY.plusWeeks(i));
            counts.add(first + step * i);
        }
        return new TagWeeks(tag, mondays, counts);
    }
}
