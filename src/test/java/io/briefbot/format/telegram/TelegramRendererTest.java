package io.briefbot.format.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefbot.format.Action;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.Briefings;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.TelegramChecks;
import io.briefbot.format.BriefingReply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelegramRendererTest {

    private final TelegramRenderer renderer = new TelegramRenderer();

    @Test
    void briefingShowsEveryPartEscapedInOneValidMessage() {
        List<TelegramMessage> messages = renderer.render(Briefings.chinaTable());

        TelegramChecks.assertValid(messages);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).html()).isEqualTo("""
                📰 <b>China.Table</b> · Friday, 8 July 2022
                <b>Tariffs &amp; quotas</b>

                • Beijing raises &lt;b&gt;export&lt;/b&gt; quotas for rare earths
                • Ports: &quot;Shanghai &amp; Ningbo&quot; handle 5% more containers
                • Li Keqiang meets EU envoys — 3 &gt; 2?

                <i>Dear reader, trade is back on the agenda. Brussels &amp; Beijing talk again.</i>
                — Anna Weber

                <i>Analysis</i>
                <b>Why &lt;rare&gt; earths matter</b>
                The ministry doubled the quotas. …

                <b>Shipping &amp; ports</b>
                Shipping companies welcomed it.""");
    }

    @Test
    void actionsBecomeKeyboardRowsWithShortButtonsSideBySide() {
        List<List<Action>> keyboard = renderer.render(Briefings.chinaTable()).get(0).keyboard();

        assertThat(keyboard).containsExactly(
                List.of(new Action("Read Why <rare> earths matter", "/article 1")),
                List.of(new Action("Read Shipping & ports", "/article 2")),
                List.of(new Action("Previous issue", "/issue 2022-07-07"), new Action("Next issue", "/issue 2022-07-09")));
    }

    @Test
    void longLabelsAreShortenedAndOverlongCommandsRefused() {
        Action longLabel = new Action("Read " + "very long title ".repeat(10), "/article 1");
        List<List<Action>> keyboard = renderer.render(new NoticeReply(NoticeReply.Kind.INFO, "Hi", List.of(longLabel)))
                .get(0).keyboard();
        assertThat(keyboard.get(0).get(0).label()).hasSizeLessThanOrEqualTo(40).endsWith("title…");

        NoticeReply tooLong = new NoticeReply(NoticeReply.Kind.INFO, "Hi", List.of(new Action("Search", "/search " + "ü".repeat(30))));
        assertThatThrownBy(() -> renderer.render(tooLong)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bytes");
    }

    @Test
    void moreThanAHundredButtonsGoToFurtherMessages() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            actions.add(new Action("Read article number " + i, "/article " + i));
        }
        List<TelegramMessage> messages = renderer.render(new NoticeReply(NoticeReply.Kind.INFO, "Many", actions));

        TelegramChecks.assertValid(messages);
        assertThat(messages).extracting(m -> m.keyboard().stream().mapToInt(List::size).sum()).containsExactly(100, 100, 30);
        assertThat(messages.get(1).html()).isEqualTo("More options:");
    }

    @Test
    void searchTermsAreBoldAsWholeWordsInAnyCaseAfterEscaping() {
        ArticleListReply reply = new ArticleListReply("Search: trade", List.of(new ArticleListReply.Item(1, "China.Table",
                LocalDate.of(2022, 7, 8), "Trade & tariffs", "TRADE talks & trader's <trade> — trade.")),
                List.of("trade", "amp", "lt"), List.of(), List.of());

        String html = renderer.render(reply).get(0).html();

        assertThat(html).endsWith("<b>TRADE</b> talks &amp; trader's &lt;<b>trade</b>&gt; — <b>trade</b>.");
        TelegramChecks.assertValid(renderer.render(reply));
    }

    @Test
    void longArticleIsSplitAtSentencesIntoValidMessages() {
        String sentence = "Exporters & officials <met> again after long talks. ";
        ArticleReply article = new ArticleReply(1, "China.Table", LocalDate.of(2022, 7, 8), "Analysis", "A long <read>",
                "Anna Weber", "The lede.", List.of(sentence.repeat(200), sentence.repeat(3)), List.of("Trade", "Ports"),
                "https://table.media/a?x=1&y=\"2\"", List.of());

        List<TelegramMessage> messages = renderer.render(article);

        TelegramChecks.assertValid(messages);
        assertThat(messages).hasSizeGreaterThan(2);
        messages.forEach(message -> assertThat(TelegramChecks.visibleText(message.html()).strip()).doesNotStartWith("again"));
        assertThat(messages.get(messages.size() - 1).html()).contains("🏷 Trade · Ports");
    }

    @Test
    void linksAnArticleTitleToItsPageWhereKnown() {
        List<TelegramMessage> messages = renderer.render(new BriefingReply(7, "China.Table", LocalDate.of(2022, 7, 8), null,
                List.of("One", "Two"), "", null,
                List.of(new BriefingReply.ArticleTeaser(1, "News", "Ports & fees", "Fees rose.", "https://news.example.org/a/1?x=1&y=2")),
                List.of()));
        TelegramChecks.assertValid(messages);
        assertThat(messages.get(0).html()).contains("<b><a href=\"https://news.example.org/a/1?x=1&amp;y=2\">Ports &amp; fees</a></b>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "https://evil.example/|Official https://evil.example/%7COfficial",
            "https://x.example/\"><b>Official</b> https://x.example/%22%3E%3Cb%3EOfficial%3C/b%3E",
            "https://x.example/a'b&c=d https://x.example/a'b&amp;c=d"})
    void aHostileUrlIsLinkedEncodedAndAttributeEscapedSoItCannotLeaveTheHref(String hostile, String href) {
        assertThat(htmlLinkedTo(hostile)).contains("<a href=\"" + href + "\">Read the full article</a>")
                .contains("<b><a href=\"" + href + "\">Port fees &amp; cranes</a></b>")
                .doesNotContain("<b>Official</b>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "tg://resolve?domain=x",
            "mailto:a@example.org"})
    void onlyHttpAndHttpsUrlsBecomeHrefsAnythingElseLeavesThePlainTitle(String notWeb) {
        assertThat(htmlLinkedTo(notWeb)).doesNotContain("<a ").doesNotContain(notWeb).contains("<b>Port fees &amp; cranes</b>");
    }

    private String htmlLinkedTo(String url) {
        List<TelegramMessage> messages = Briefings.linkedTo(url).stream().flatMap(reply -> renderer.render(reply).stream()).toList();
        TelegramChecks.assertValid(messages);
        return String.join("\n", messages.stream().map(TelegramMessage::html).toList());
    }
}
