package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.briefing.TagWeeks;
import io.briefbot.format.slack.SlackMessage;
import io.briefbot.format.slack.SlackRenderer;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.format.telegram.TelegramRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A digest too long for one message is split between its lines on both platforms, its chart a picture after the text. */
class DigestRenderingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);

    @Test
    void aLongDigestIsSplitBetweenLinesWithinEachPlatformsLimitsAndItsChartComesLast() {
        DigestReply digest = longDigest();

        List<TelegramMessage> telegram = new TelegramRenderer().render(digest);
        List<SlackMessage> slack = new SlackRenderer().render(digest);

        TelegramChecks.assertValid(telegram);
        SlackChecks.assertValid(slack.subList(0, slack.size() - 1));
        assertThat(telegram.size()).isGreaterThan(2);
        assertThat(telegram.subList(0, telegram.size() - 1)).allSatisfy(message -> assertThat(message.picture()).isNull());
        assertThat(telegram.get(telegram.size() - 1).picture()).isSameAs(digest.chart().picture());
        assertThat(TelegramChecks.visibleText(telegram.get(telegram.size() - 1).html())).isEqualTo(digest.chart().picture().description());
        assertThat(slack.get(slack.size() - 1).picture()).isSameAs(digest.chart().picture());
        assertThat(slack.subList(0, slack.size() - 1)).allSatisfy(message -> assertThat(message.picture()).isNull());
        String telegramText = TelegramChecks.allVisibleText(telegram.subList(0, telegram.size() - 1));
        String slackText = SlackChecks.allVisibleText(slack.subList(0, slack.size() - 1));
        for (String line : lines(digest)) {
            assertThat(telegram.stream().filter(message -> TelegramChecks.visibleText(message.html()).contains(line))).as(line).hasSize(1);
            assertThat(telegramText).contains(line);
            assertThat(slackText).contains(line);
        }
    }

    @Test
    void tagChangesSayHowTheWeekDiffersFromTheOneBefore() {
        assertThat(new DigestReply.TagChange("Cyber", 4, 1).change()).isEqualTo("▲3");
        assertThat(new DigestReply.TagChange("Ports", 1, 3).change()).isEqualTo("▼2");
        assertThat(new DigestReply.TagChange("Rail", 2, 0).change()).isEqualTo("new");
        assertThat(new DigestReply.TagChange("Trade", 2, 2).change()).isEqualTo("=");
    }

    private static DigestReply longDigest() {
        List<DigestReply.IssueLine> issues = IntStream.range(0, 60)
                .mapToObj(i -> new DigestReply.IssueLine(MONDAY.plusDays(i % 7), "Publication " + i + ".Table",
                        "Issue " + i + " on the rules for crane data and who they leave out, with the terminals' answers"))
                .toList();
        List<DigestReply.TagChange> tags = IntStream.range(0, 10).mapToObj(i -> new DigestReply.TagChange("Tag" + i, 20 - i, i)).toList();
        List<DigestReply.FollowedArticle> followed = IntStream.range(0, 20)
                .mapToObj(i -> new DigestReply.FollowedArticle(100 + i, MONDAY.plusDays(i % 7), "Harbour.Table",
                        "Followed article " + i + " & <its> *marks*", "https://example.org/articles/" + i))
                .toList();
        List<Action> actions = new ArrayList<>();
        issues.forEach(issue -> actions.add(new Action(issue.publication(), "/issue " + issue.date())));
        PictureReply chart = TrendChart.draw(List.of(new TagWeeks("Tag0", List.of(MONDAY.minusWeeks(1), MONDAY), List.of(3L, 20L))),
                Language.ENGLISH);
        return new DigestReply(MONDAY, MONDAY.plusDays(6), null, issues, tags, followed, chart, actions);
    }

    private static List<String> lines(DigestReply digest) {
        List<String> lines = new ArrayList<>();
        digest.issues().forEach(issue -> lines.add(issue.publication() + ": " + issue.title()));
        digest.tags().forEach(tag -> lines.add(tag.tag() + " " + tag.count() + " (" + tag.change() + ")"));
        digest.followed().forEach(article -> lines.add(article.title()));
        return lines;
    }
}
