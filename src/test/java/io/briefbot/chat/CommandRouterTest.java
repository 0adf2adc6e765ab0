package io.briefbot.chat;

import static io.briefbot.chat.ChatArchive.FIRST_MONDAY;
import static io.briefbot.chat.ChatArchive.NEWEST;
import static io.briefbot.chat.ChatArchive.SECOND_MONDAY;
import static io.briefbot.chat.ChatArchive.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.HelpReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.TagsReply;
import io.briefbot.ingest.IssueIngestor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(ChatTestProfile.class)
class CommandRouterTest {

    static final String LONG_TAG = "Grenzüberschreitende Übertragungsnetze für Öl und Gaslager";

    @Inject
    IssueIngestor ingestor;

    @Inject
    CommandRouter router;

    @Inject
    SettableClock clock;

    @BeforeEach
    void archive() {
        setToday(TODAY);
        ChatArchive.store(ingestor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "today", "/TODAY", "  Today  ", "/latest", "latest"})
    void todayIsTheNewestIssueWithItsArticlesToRead(String text) {
        BriefingReply briefing = run(text, BriefingReply.class);

        assertThat(briefing.date()).isEqualTo(NEWEST);
        assertThat(briefing.publication()).isEqualTo("China.Table");
        assertThat(briefing.headlines()).hasSize(5).contains("Dockworkers in Lianhai strike for a third day");
        assertThat(briefing.editorialAuthor()).contains("Mira Castell");
        assertThat(briefing.editorialTeaser()).isNotBlank();
        assertThat(briefing.articles()).isNotEmpty().allSatisfy(article -> assertThat(article.lede()).isNotBlank());
        List<String> reads = briefing.articles().stream().map(article -> "/article " + article.id()).toList();
        assertThat(briefing.actions()).extracting(Action::command).containsAll(reads);
        assertThat(briefing.actions()).filteredOn(action -> action.command().startsWith("/article"))
                .allSatisfy(action -> assertThat(action.label()).startsWith("Read "));
        assertThat(briefing.actions()).contains(new Action("Previous issue", "/issue " + SECOND_MONDAY));
        assertThat(briefing.actions()).extracting(Action::label).doesNotContain("Next issue");
    }

    @Test
    void todayOfOnePublication() {
        assertThat(run("/today europe.table", BriefingReply.class).publication()).isEqualTo("Europe.Table");
        NoticeReply none = run("/today Nowhere.Table", NoticeReply.class);
        assertThat(none.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(none.text()).contains("Nowhere.Table");
    }

    @Test
    void anIssueLinksToTheIssuesBeforeAndAfterIt() {
        BriefingReply tuesday = run("/issue 2026-10-06", BriefingReply.class);
        assertThat(tuesday.actions()).contains(new Action("Previous issue", "/issue " + FIRST_MONDAY),
                new Action("Next issue", "/issue " + FIRST_MONDAY.plusDays(2)));
        assertThat(run("/issue " + FIRST_MONDAY, BriefingReply.class).actions()).extracting(Action::label)
                .contains("Next issue").doesNotContain("Previous issue");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/issue 2026-10-06 | 2026-10-06",
            "issue 6 October | 2026-10-06",
            "/issue 6. Oktober | 2026-10-06",
            "/issue October 6 | 2026-10-06",
            "/issue 06.10.2026 | 2026-10-06",
            "/issue 6 October 2026 | 2026-10-06",
            "/Issue Friday | 2026-10-09",
            "/issue freitag | 2026-10-09",
            "/issue yesterday | 2026-10-13",
            "/issue gestern | 2026-10-13",
            "/issue Dienstag | 2026-10-13",
    })
    void issueReadsDaysInEnglishAndGerman(String text, LocalDate expected) {
        assertThat(run(text, BriefingReply.class).date()).isEqualTo(expected);
    }

    @Test
    void todayAndWeekdaysFollowTheClockInTheBriefingTimeZone() {
        setToday(FIRST_MONDAY.plusDays(2));
        assertThat(run("/issue today", BriefingReply.class).date()).isEqualTo(FIRST_MONDAY.plusDays(2));
        assertThat(run("/issue heute", BriefingReply.class).date()).isEqualTo(FIRST_MONDAY.plusDays(2));
        assertThat(run("/issue monday", BriefingReply.class).date()).isEqualTo(FIRST_MONDAY);
        // half past midnight in Berlin is the 8th there, while it is still the 7th in UTC
        clock.set(FIRST_MONDAY.plusDays(3).atTime(0, 30).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(run("/issue today", BriefingReply.class).date()).isEqualTo(FIRST_MONDAY.plusDays(3));
    }

    @Test
    void aDayWithSeveralIssuesShowsTheNewestAndOffersTheOthers() {
        BriefingReply monday = run("/issue monday", BriefingReply.class);
        assertThat(monday.date()).isEqualTo(SECOND_MONDAY);
        assertThat(monday.publication()).isEqualTo("Europe.Table");
        Action other = monday.actions().stream().filter(action -> action.label().startsWith("China.Table")).findFirst().orElseThrow();
        assertThat(other.command()).isEqualTo("/issue " + SECOND_MONDAY + " China.Table");

        BriefingReply china = run(other.command(), BriefingReply.class);
        assertThat(china.publication()).isEqualTo("China.Table");
        assertThat(china.date()).isEqualTo(SECOND_MONDAY);
        assertThat(run("/issue 12 October europe.table", BriefingReply.class).publication()).isEqualTo("Europe.Table");
    }

    @Test
    void aDayWithoutAnIssueNamesTheNearestWithButtons() {
        NoticeReply saturday = run("/issue saturday", NoticeReply.class);
        assertThat(saturday.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(saturday.text()).isEqualTo("No issue on Saturday, 10 October 2026; the nearest are "
                + "Friday, 9 October 2026 and Monday, 12 October 2026.");
        assertThat(saturday.actions()).extracting(Action::command)
                .containsExactly("/issue " + FIRST_MONDAY.plusDays(4), "/issue " + SECOND_MONDAY);

        NoticeReply today = run("/issue today", NoticeReply.class);
        assertThat(today.text()).endsWith("the nearest is Tuesday, 13 October 2026.");
        assertThat(today.actions()).extracting(Action::command).containsExactly("/issue " + NEWEST);

        NoticeReply otherPublication = run("/issue 2026-10-06 Europe.Table", NoticeReply.class);
        assertThat(otherPublication.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(otherPublication.actions()).extracting(Action::command).containsExactly("/issue 2026-10-06 China.Table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/issue", "/issue someday", "/issue 31 June", "/issue 2026-13-01"})
    void anUnreadableDayGetsExamples(String text) {
        NoticeReply notice = run(text, NoticeReply.class);
        assertThat(notice.kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(notice.text()).contains("2022-07-08", "8 July", "8. Juli", "yesterday");
    }

    @Test
    void tagPagesFiveNewestFirstWithMore() {
        ArticleListReply first = run("/tag cyber", ArticleListReply.class);
        assertThat(first.heading()).contains("Cyber", "1–5 of 6");
        assertThat(first.items()).hasSize(5).extracting(ArticleListReply.Item::date)
                .containsExactly(SECOND_MONDAY, FIRST_MONDAY.plusDays(4), FIRST_MONDAY.plusDays(3), FIRST_MONDAY.plusDays(2),
                        FIRST_MONDAY.plusDays(1));
        assertThat(first.items()).allSatisfy(item -> assertThat(item.title()).isEqualTo("Banks rehearse a cyber attack"));
        assertThat(first.suggestions()).contains("Cybersecurity");
        assertThat(first.actions()).contains(new Action("More", "/tag Cyber 2"));
        assertThat(first.actions()).filteredOn(action -> action.command().startsWith("/article")).hasSize(5);

        ArticleListReply second = run("/tag Cyber 2", ArticleListReply.class);
        assertThat(second.heading()).contains("6 of 6");
        assertThat(second.items()).extracting(ArticleListReply.Item::date).containsExactly(FIRST_MONDAY);
        assertThat(second.actions()).extracting(Action::label).doesNotContain("More");

        NoticeReply past = run("/tag cyber 3", NoticeReply.class);
        assertThat(past.kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(past.actions()).extracting(Action::command).containsExactly("/tag cyber");
    }

    @Test
    void aTagWithSpacesAndAccents() {
        assertThat(run("/tag local finance", ArticleListReply.class).items()).hasSize(5);
        assertThat(run("/tag forderpolitik", ArticleListReply.class).heading()).contains("Förderpolitik", "1 of 1");
    }

    @Test
    void anUnknownTagSuggestsNearOnes() {
        NoticeReply notice = run("/tag cybr", NoticeReply.class);
        assertThat(notice.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(notice.text()).contains("cybr", "Cyber");
        assertThat(notice.actions()).contains(new Action("Cyber", "/tag Cyber"), new Action("Most used tags", "/tags"));

        NoticeReply nothingNear = run("/tag zeppelins", NoticeReply.class);
        assertThat(nothingNear.text()).contains("/tags");
        assertThat(run("/tag", NoticeReply.class).kind()).isEqualTo(NoticeReply.Kind.INFO);
    }

    @Test
    void tagsAreTheMostUsedOfTheLastThirtyDays() {
        TagsReply tags = run("/tags", TagsReply.class);
        assertThat(tags.days()).isEqualTo(30);
        assertThat(tags.tags()).startsWith(new TagsReply.TagUse("Logistics", 7), new TagsReply.TagUse("Ports", 7))
                .contains(new TagsReply.TagUse("Cyber", 6));

        setToday(NEWEST.plusDays(30));
        assertThat(run("/tags", NoticeReply.class).text()).contains("last 30 days");
    }

    @Test
    void searchShowsThePassageAroundTheWords() {
        ArticleListReply found = run("/search rare earth Magnets", ArticleListReply.class);
        assertThat(found.marked()).containsExactly("rare", "earth", "Magnets");
        assertThat(found.items()).extracting(ArticleListReply.Item::title).contains("Export quotas put magnet buyers on alert");
        assertThat(found.items().get(0).snippet()).contains("rare earth magnets");
        assertThat(found.heading()).contains("rare earth Magnets");

        NoticeReply nothing = run("/search zeppelin", NoticeReply.class);
        assertThat(nothing.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(run("/search", NoticeReply.class).kind()).isEqualTo(NoticeReply.Kind.INFO);
    }

    @Test
    void searchPagesWithAMarkedPageNumber() {
        // six harbour issues: each article (with the headline announcing it), and each editorial paragraph naming Tianjin
        ArticleListReply first = run("/search Tianjin", ArticleListReply.class);
        assertThat(first.heading()).contains("1–5 of 12");
        assertThat(first.actions()).contains(new Action("More", "/search Tianjin #2"));
        assertThat(first.items()).allSatisfy(item -> assertThat(item.snippet()).contains("Tianjin"));

        ArticleListReply second = run("/search Tianjin #2", ArticleListReply.class);
        assertThat(second.heading()).contains("6–10 of 12");
        assertThat(second.actions()).contains(new Action("More", "/search Tianjin #3"));

        ArticleListReply third = run("/search Tianjin #3", ArticleListReply.class);
        assertThat(third.items()).hasSize(2);
        assertThat(third.actions()).extracting(Action::label).doesNotContain("More");
        assertThat(List.of(first, second, third)).flatExtracting(ArticleListReply::items).extracting(ArticleListReply.Item::label)
                .containsOnly(null, "Editorial by Tom Brenner");
    }

    @Test
    void articleIsShownWholeWithButtonsToItsIssueAndTags() {
        BriefingReply monday = run("/issue " + FIRST_MONDAY, BriefingReply.class);
        long fees = monday.articles().get(0).id();

        ArticleReply article = run("/article " + fees, ArticleReply.class);
        assertThat(article.title()).isEqualTo("Tianjin raises harbour fees for the second time");
        assertThat(article.date()).isEqualTo(FIRST_MONDAY);
        assertThat(article.publication()).isEqualTo("China.Table");
        assertThat(String.join(" ", article.paragraphs()) + article.lede()).contains("Importers in Hamburg and Rotterdam");
        assertThat(article.tags()).containsExactly("Ports", "Logistics", "Local finance");
        assertThat(article.actions()).extracting(Action::command)
                .containsExactly("/issue " + FIRST_MONDAY + " China.Table", "/tag Ports", "/tag Logistics", "/tag Local finance");

        for (String unknown : List.of("/article 999999999", "/article abc", "/article", "/article 99999999999999999999999")) {
            assertThat(run(unknown, NoticeReply.class).kind()).as(unknown).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help", "help", "/start", "START", "", "   ", "/"})
    void helpListsEveryCommandWithAnExample(String text) {
        HelpReply help = run(text, HelpReply.class);
        assertThat(help.commands()).extracting(HelpReply.CommandHelp::command)
                .containsExactly("/today", "/issue", "/tag", "/tags", "/trend", "/ask", "/search", "/article", "/subscribe", "/unsubscribe",
                        "/digest", "/subscriptions", "/follow", "/unfollow", "/following", "/watch", "/unwatch", "/watching", "/mute", "/unmute", "/help");
        assertThat(help.commands()).allSatisfy(command -> assertThat(command.example()).startsWith(command.command()));
        assertThat(run(new ChatRequest(Platform.TELEGRAM, null, "1", "2", null))).isInstanceOf(HelpReply.class);
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        NoticeReply notice = run("/frobnicate now", NoticeReply.class);
        assertThat(notice.kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(notice.text()).contains("frobnicate", "/help");
        assertThat(notice.actions()).containsExactly(new Action("Help", "/help"));
    }

    @Test
    void everyButtonFitsTelegramCallbackDataEvenForLongTags() {
        String withLongTag = ChatArchive.harbourVariant(0).replace("- Banking", "- " + LONG_TAG);
        IssueJson stored = ChatArchive.storeText(ingestor, withLongTag, TODAY);
        long banks = stored.articles().get(1).id();

        ArticleReply article = run("/article " + banks, ArticleReply.class);
        assertThat(article.tags()).contains(LONG_TAG);
        Action longTag = article.actions().stream().filter(action -> action.command().contains("Grenz")).findFirst().orElseThrow();
        assertThat(longTag.command()).endsWith("…");

        ArticleListReply tagged = run(longTag.command(), ArticleListReply.class);
        assertThat(tagged.heading()).contains(LONG_TAG);
        assertThat(tagged.items()).extracting(ArticleListReply.Item::id).containsExactly(banks);
        // run() checks every action of every reply in these tests against the limit
    }

    @Test
    void aFailureBecomesAFriendlyError() {
        NoticeReply notice = run("/" + FailingCommand.NAME + " now", NoticeReply.class);
        assertThat(notice.kind()).isEqualTo(NoticeReply.Kind.ERROR);
        assertThat(notice.text()).startsWith("Sorry").doesNotContain("outage", "Exception");
        assertThat(notice.actions()).containsExactly(new Action("Try again", "/explode now"), new Action("Help", "/help"));
        assertThat(run((ChatRequest) null)).isInstanceOf(NoticeReply.class);
    }

    private void setToday(LocalDate date) {
        clock.set(date.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    private <T extends Reply> T run(String text, Class<T> type) {
        Reply reply = run(new ChatRequest(Platform.CONSOLE, null, "console", "local", text));
        assertThat(reply).as(text).isInstanceOf(type);
        return type.cast(reply);
    }

    private Reply run(ChatRequest request) {
        Reply reply = router.handle(request);
        assertThat(actionsOf(reply)).allSatisfy(action -> assertThat(action.command().getBytes(StandardCharsets.UTF_8).length)
                .as(action.command()).isLessThanOrEqualTo(64));
        return reply;
    }

    private static List<Action> actionsOf(Reply reply) {
        if (reply instanceof BriefingReply briefing) {
            return briefing.actions();
        }
        if (reply instanceof ArticleListReply list) {
            return list.actions();
        }
        if (reply instanceof ArticleReply article) {
            return article.actions();
        }
        if (reply instanceof NoticeReply notice) {
            return notice.actions();
        }
        return List.of();
    }
}
