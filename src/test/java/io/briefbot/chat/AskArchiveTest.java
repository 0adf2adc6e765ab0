package io.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefbot.format.Action;
import io.briefbot.format.AnswerReply;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /ask over a stored archive: quotes with their sources, time phrases, follow-ups, and an index that follows the database. */
@QuarkusTest
@TestProfile(ChatTestProfile.class)
class AskArchiveTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    static final List<String> FILES = List.of("2026-07-02-china.txt", "2026-08-06-china.txt", "2026-09-14-china.txt",
            "2026-09-16-china.txt", "2026-10-08-china.txt", "2026-10-12-china.txt", "2026-10-14-china.txt", "2026-10-14-europe.txt");
    /** The day of the invented issue in the shape of the real sample, whose stories are mostly headlines and editorial. */
    static final LocalDate LEAK_DAY = LocalDate.of(2022, 7, 8);

    @Inject
    IssueIngestor ingestor;

    @Inject
    CommandRouter router;

    @Inject
    SettableClock clock;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void archive() {
        clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        Archive.clear();
        FILES.forEach(this::store);
    }

    @Test
    void anAnswerQuotesSentencesOfTheArticlesWithTheirSources() {
        AnswerReply answer = run("/ask What did the State Council announce about data protection?", AnswerReply.class);

        assertThat(answer.question()).isEqualTo("What did the State Council announce about data protection?");
        assertThat(answer.quotes()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        AnswerReply.Quote first = answer.quotes().get(0);
        assertThat(first.source().title()).isEqualTo("New rules for data protection officers");
        assertThat(first.source().publication()).isEqualTo("China.Table");
        assertThat(first.source().date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(first.text()).contains("data protection officer").contains("State Council");
        assertThat(fixture("2026-10-08-china.txt")).as("quoted word for word").contains(first.text());
        assertThat(answer.quotes()).extracting(q -> q.source().title()).contains("State Council tightens rules on cross-border data transfers");
        assertThat(answer.actions()).extracting(Action::command).contains("/article " + first.source().articleId());
        assertThat(run("/article " + first.source().articleId(), Reply.class)).isNotInstanceOf(NoticeReply.class);
    }

    @Test
    void nothingInTheArchiveIsSaidPlainlyWithCloseTags() {
        NoticeReply nothing = run("/ask What did the Bundesliga decide about video referees?", NoticeReply.class);
        assertThat(nothing.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(nothing.text()).startsWith("Nothing in the archive about “What did the Bundesliga decide about video referees?”");

        NoticeReply footballOnly = run("/ask What did the State Council say about football?", NoticeReply.class);
        assertThat(footballOnly.text()).contains("Close tags:");
        assertThat(footballOnly.actions()).isNotEmpty().allSatisfy(action -> assertThat(action.command()).startsWith("/tag "));

        assertThat(run("/ask", NoticeReply.class).kind()).isEqualTo(NoticeReply.Kind.INFO);
    }

    @Test
    void timePhrasesRestrictTheIssuesSearched() {
        AnswerReply thisWeek = run("/ask anything on Didi this week?", AnswerReply.class);
        assertThat(thisWeek.window()).isEqualTo("Issues from 12 Oct 2026 to 15 Oct 2026");
        assertThat(thisWeek.quotes()).allSatisfy(q -> assertThat(q.source().date()).isAfterOrEqualTo(LocalDate.of(2026, 10, 12)));
        assertThat(thisWeek.quotes()).extracting(q -> q.source().title()).contains("Didi shares jump on profit forecast");

        AnswerReply august = run("/ask what happened with Didi in August?", AnswerReply.class);
        assertThat(august.quotes()).extracting(q -> q.source().title()).containsOnly("Didi fined for misleading fare estimates");

        NoticeReply today = run("/ask data protection today", NoticeReply.class);
        assertThat(today.text()).contains("in the issues of 15 oct 2026");
    }

    @Test
    void aDayThatMayBeTheContentsIsAnsweredFromTheWholeArchiveWithANote() {
        AnswerReply answer = run("/ask Who was expected in Beijing on Monday but cancelled for health reasons?", AnswerReply.class);

        assertThat(answer.window()).isEqualTo("Nothing in the issues of Monday, 12 October; from earlier issues:");
        assertThat(answer.quotes().get(0).text()).contains("Hungarian President Tamás Varga was expected in Beijing on Monday");
        assertThat(answer.quotes().get(0).source().date()).isEqualTo(LocalDate.of(2026, 9, 16));

        NoticeReply strict = run("/ask Who was expected in Beijing in Monday's issue?", NoticeReply.class);
        assertThat(strict.text()).contains("in the issues of 12 oct 2026");
    }

    @Test
    void searchFindsAnIssueByItsHeadlineAndEditorialAndOpensTheIssue() {
        store("whole-issue/leak-issue.txt", LEAK_DAY);

        ArticleListReply didi = run("/search Didi app store", ArticleListReply.class);

        assertThat(didi.items()).anySatisfy(item -> {
            assertThat(item.label()).isEqualTo("Headline");
            assertThat(item.title()).isEqualTo("Is Didi coming back to the app store?");
            assertThat(item.publication()).isEqualTo("China.Table");
            assertThat(item.date()).isEqualTo(LEAK_DAY);
        });
        assertThat(didi.items()).anySatisfy(item -> {
            assertThat(item.label()).isEqualTo("Editorial by Anna Brenner");
            assertThat(item.title()).isNull();
            assertThat(item.snippet()).contains("DiDi");
        });
        assertThat(didi.actions()).extracting(Action::command).contains("/issue 2022-07-08 China.Table");
        assertThat(run("/issue 2022-07-08 China.Table", Reply.class)).isNotInstanceOf(NoticeReply.class);
    }

    @Test
    void headlinesAndEditorialsAreCitedAsSuchWithTheIssuesReadButton() {
        store("whole-issue/leak-issue.txt", LEAK_DAY);

        AnswerReply ferries = run("/ask Are the ferry routes to Macau reopening?", AnswerReply.class);
        assertThat(ferries.quotes().get(0).text()).isEqualTo("Macau reopens ferry routes");
        assertThat(ferries.quotes().get(0).source().label()).isEqualTo("Headline");
        assertThat(ferries.quotes().get(0).source().title()).as("the quote is the headline").isNull();
        assertThat(ferries.actions()).extracting(Action::command).contains("/issue 2022-07-08 China.Table");

        AnswerReply audits = run("/ask What does the transport ministry promise after the leak?", AnswerReply.class);
        assertThat(audits.quotes()).anySatisfy(quote -> {
            assertThat(quote.text()).contains("audits of every provincial registry");
            assertThat(quote.source().label()).isEqualTo("Editorial by Anna Brenner");
            assertThat(quote.source().publication()).isEqualTo("China.Table");
            assertThat(quote.source().date()).isEqualTo(LEAK_DAY);
        });
    }

    @Test
    void theRealSampleIsSearchedByItsHeadlineAndEditorialAndItsHackersQuestionQuotesThePrice() throws IOException {
        Optional<Path> sample = Fixtures.sharedSample();
        assumeTrue(sample.isPresent(), "the shared sample is not beside the project");
        Archive.clear();
        ChatArchive.storeText(ingestor, Files.readString(sample.get()), LEAK_DAY);

        ArticleListReply didi = run("/search Didi", ArticleListReply.class);
        assertThat(didi.items()).extracting(ArticleListReply.Item::label).contains("Headline", "Editorial by Finn Mayer-Kuckuk");
        assertThat(didi.actions()).extracting(Action::command).contains("/issue 2022-07-08 China.Table");

        AnswerReply hackers = run("/ask how much do the hackers want for the police data?", AnswerReply.class);
        assertThat(hackers.quotes().get(0).text()).contains("Now they are offering it on the free market for 23 Bitcoin");
    }

    @Test
    void aFollowUpIsUnderstoodInTheContextOfTheQuestionBefore() {
        Reply followUp = router.handleFollowUp(new ChatRequest(Platform.SLACK, "T1", "C1", "U1", "and last month?"), "Didi news");

        assertThat(followUp).isInstanceOf(AnswerReply.class);
        assertThat(((AnswerReply) followUp).quotes()).extracting(q -> q.source().title()).containsOnly("Didi tests robotaxis in Guangzhou");
    }

    @Test
    void theIndexFollowsTheDatabase() {
        assertThat(run("/ask youth unemployment", AnswerReply.class).quotes()).isNotEmpty();

        Archive.clear();
        assertThat(run("/ask youth unemployment", NoticeReply.class).kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(run("/search unemployment", NoticeReply.class).kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);

        store("2026-10-14-china.txt");
        assertThat(run("/ask youth unemployment", AnswerReply.class).quotes().get(0).source().title())
                .isEqualTo("Youth unemployment rises to 18 percent");
    }

    @Test
    void theTimeFromAChangeToItsBeingSearchableIsMeasured() {
        run("/ask youth unemployment", AnswerReply.class);
        Timer lag = meters.find("briefbot.index.lag").timer();
        assertThat(lag).as("briefbot_index_lag_seconds").isNotNull();
        long before = lag.count();
        double totalBefore = lag.totalTime(TimeUnit.MILLISECONDS);

        ChatArchive.storeText(ingestor, fixture("2026-10-14-china.txt").replace("18 percent", "19 percent"), LocalDate.of(2026, 10, 14));
        clock.set(clock.instant().plus(Duration.ofSeconds(2)));
        assertThat(run("/ask youth unemployment", AnswerReply.class).quotes()).isNotEmpty();

        assertThat(lag.count() - before).as("one corrected issue indexed").isEqualTo(1);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS) - totalBefore).as("its lag, at most the 2 s the clock moved")
                .isBetween(0.0, 2_000.0);
    }

    @Test
    void searchUsesTheIndexWithEveryWordInAnyForm() {
        ArticleListReply robotaxis = run("/search robotaxi Guangzhou", ArticleListReply.class);
        assertThat(robotaxis.items()).extracting(ArticleListReply.Item::title).containsExactly("Didi tests robotaxis in Guangzhou");

        ArticleListReply german = run("/search Datenschutzbeauftragte", ArticleListReply.class);
        assertThat(german.items()).extracting(ArticleListReply.Item::title).contains("Datenschutzbeauftragte warnen vor Gesichtserkennung");
    }

    private void store(String file) {
        ChatArchive.storeText(ingestor, fixture(file), LocalDate.parse(file.substring(0, 10)));
    }

    private void store(String resource, LocalDate date) {
        ChatArchive.storeText(ingestor, new String(Fixtures.resource("qa/" + resource), StandardCharsets.UTF_8), date);
    }

    private static String fixture(String file) {
        return new String(Fixtures.resource("qa/archive/" + file), StandardCharsets.UTF_8);
    }

    private <T extends Reply> T run(String text, Class<T> type) {
        Reply reply = router.handle(new ChatRequest(Platform.CONSOLE, null, "console", "local", text));
        assertThat(reply).as(text + " → " + reply).isInstanceOf(type);
        return type.cast(reply);
    }
}
