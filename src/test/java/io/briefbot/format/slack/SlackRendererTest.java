package io.briefbot.format.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.Briefings;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.SlackChecks;
import io.briefbot.format.BriefingReply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackRendererTest {

    private final SlackRenderer renderer = new SlackRenderer();

    @Test
    void briefingShowsEveryPartEscapedInSectionsWithButtons() {
        List<SlackMessage> messages = renderer.render(Briefings.chinaTable());

        SlackChecks.assertValid(messages);
        assertThat(messages).hasSize(1);
        SlackMessage message = messages.get(0);
        assertThat(message.text()).isEqualTo("China.Table · Friday, 8 July 2022");
        assertThat(sectionTexts(message.blocks())).containsExactly(
                ":newspaper: *China.Table* · Friday, 8 July 2022\n*Tariffs &amp; quotas*",
                """
                        • Beijing raises &lt;b&gt;export&lt;/b&gt; quotas for rare earths
                        • Ports: "Shanghai &amp; Ningbo" handle 5% more containers
                        • Li Keqiang meets EU envoys — 3 &gt; 2?""",
                "_Dear reader, trade is back on the agenda. Brussels &amp; Beijing talk again._\n— Anna Weber",
                "_Analysis_\n*Why &lt;rare&gt; earths matter*\nThe ministry doubled the quotas. …",
                "*Shipping &amp; ports*\nShipping companies welcomed it.");
        ActionsBlock actions = (ActionsBlock) message.blocks().get(message.blocks().size() - 1);
        assertThat(actions.getElements()).map(ButtonElement.class::cast)
                .extracting(ButtonElement::getActionId, button -> button.getText().getText(), ButtonElement::getValue)
                .containsExactly(
                        tuple("cmd-0", "Read Why <rare> earths matter", "/article 1"),
                        tuple("cmd-1", "Read Shipping & ports", "/article 2"),
                        tuple("cmd-2", "Previous issue", "/issue 2022-07-07"),
                        tuple("cmd-3", "Next issue", "/issue 2022-07-09"));
    }

    @Test
    void linksUseSlackSyntaxWithTheUrlEscaped() {
        ArticleReply article = new ArticleReply(1, "China.Table", LocalDate.of(2022, 7, 8), "News", "Title", null, "Lede.",
                List.of(), List.of(), "https://table.media/a?x=1&y=2", List.of());

        List<SlackMessage> messages = renderer.render(article);

        SlackChecks.assertValid(messages);
        assertThat(sectionTexts(messages.get(0).blocks())).last()
                .isEqualTo("<https://table.media/a?x=1&amp;y=2|Read the full article>");
    }

    @Test
    void buttonsComeAtMostTwentyFivePerActionsBlockWithShortLabels() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            actions.add(new Action("Read " + "a rather long article title ".repeat(4) + i, "/article " + i));
        }
        List<SlackMessage> messages = renderer.render(new NoticeReply(NoticeReply.Kind.NOT_FOUND, "Many", actions));

        SlackChecks.assertValid(messages);
        List<ActionsBlock> blocks = messages.stream().flatMap(m -> m.blocks().stream())
                .filter(ActionsBlock.class::isInstance).map(ActionsBlock.class::cast).toList();
        assertThat(blocks).extracting(block -> block.getElements().size()).containsExactly(25, 25, 10);
        assertThat(((ButtonElement) blocks.get(0).getElements().get(0)).getText().getText()).hasSizeLessThanOrEqualTo(75).endsWith("…");
    }

    @Test
    void longArticleIsSplitOverMessagesWithinLimits() {
        String sentence = "Exporters & officials <met> again after long talks. ";
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paragraphs.add(sentence.repeat(40));
        }
        ArticleReply article = new ArticleReply(1, "China.Table", LocalDate.of(2022, 7, 8), "Analysis", "A long read",
                "Anna Weber", "The lede.", paragraphs, List.of("Trade"), null, List.of());

        List<SlackMessage> messages = renderer.render(article);

        SlackChecks.assertValid(messages);
        assertThat(messages).hasSizeGreaterThan(3);
        assertThat(SlackChecks.allVisibleText(messages).replaceAll("\\s", ""))
                .contains(String.join("", paragraphs).replaceAll("\\s", ""));
    }

    private static List<String> sectionTexts(List<LayoutBlock> blocks) {
        return blocks.stream().filter(SectionBlock.class::isInstance).map(b -> ((SectionBlock) b).getText().getText()).toList();
    }

    @Test
    void linksAnArticleTitleToItsPageWhereKnown() {
        List<SlackMessage> messages = renderer.render(new BriefingReply(7, "China.Table", LocalDate.of(2022, 7, 8), null, List.of("One", "Two"), "", null,
                List.of(new BriefingReply.ArticleTeaser(1, "News", "Ports & fees", "Fees rose.", "https://news.example.org/a/1?x=1&y=2")),
                List.of()));
        assertThat(messages.get(0).blocks()).filteredOn(SectionBlock.class::isInstance)
                .map(block -> ((SectionBlock) block).getText().getText())
                .anySatisfy(text -> assertThat(text).contains("*<https://news.example.org/a/1?x=1&amp;y=2|Ports &amp; fees>*"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "https://evil.example/|Official https://evil.example/%7COfficial",
            "https://x.example/<!channel> https://x.example/%3C!channel%3E",
            "https://x.example/a>b<c|d https://x.example/a%3Eb%3Cc%7Cd",
            "HTTPS://x.example/café?q=\"1\" https://x.example/caf%C3%A9?q=%221%22"})
    void aUrlCarryingLinkSyntaxIsLinkedEncodedSoItNeitherRelabelsTheLinkNorPings(String hostile, String encoded) {
        List<String> texts = sectionTextsLinkedTo(hostile);

        assertThat(texts).contains("<" + encoded + "|Read the full article>")
                .anySatisfy(text -> assertThat(text).contains("*<" + encoded + "|Port fees &amp; cranes>*"));
        assertThat(String.join("\n", texts)).doesNotContain("<!channel>", "|Official>", "|d>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {"javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example/a", "https://", "//evil.example/a"})
    void onlyHttpAndHttpsUrlsBecomeLinksAnythingElseLeavesThePlainTitle(String notWeb) {
        assertThat(String.join("\n", sectionTextsLinkedTo(notWeb))).doesNotContain("Read the full article").doesNotContain(notWeb).contains("*Port fees &amp; cranes*");
    }

    @Test
    void aHostileTitleStaysPlainTextWhateverItsLink() {
        List<SlackMessage> messages = renderer.render(new BriefingReply(7, "China.Table", LocalDate.of(2022, 7, 8), null,
                List.of("One", "Two"), "", null, List.of(
                        new BriefingReply.ArticleTeaser(1, "News", "Official|<!channel>", "Fees rose.", "https://news.example.org/a/1"),
                        new BriefingReply.ArticleTeaser(2, "News", "<!here> <https://evil.example> now", "Fees fell.",
                                "https://news.example.org/a/2")), List.of()));

        SlackChecks.assertValid(messages);
        List<String> texts = sectionTexts(messages.get(0).blocks());
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("*Official|&lt;!channel&gt;*"))
                .anySatisfy(text -> assertThat(text).contains(
                        "*<https://news.example.org/a/2|&lt;!here&gt; &lt;https://evil.example&gt; now>*"));
    }

    private List<String> sectionTextsLinkedTo(String url) {
        List<SlackMessage> messages = Briefings.linkedTo(url).stream().flatMap(reply -> renderer.render(reply).stream()).toList();
        SlackChecks.assertValid(messages);
        return messages.stream().flatMap(message -> sectionTexts(message.blocks()).stream()).toList();
    }
}
