package io.briefbot.delivery;

import static io.briefbot.delivery.DeliveryIssues.piece;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.delivery.DeliveryIssues.Piece;
import io.briefbot.ingest.IngestOutcome;
import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a stored issue sets off by itself: the late daily post, tag alerts, and edits after a correction. */
@QuarkusTest
@TestProfile(DeliveringTestProfile.class)
class DeliverOnIngestTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    IssueIngestor ingestor;

    @Inject
    RecordingOutlet outlet;

    @Inject
    RunDeliveries deliveries;

    @Inject
    MeterRegistry meters;

    String topic;
    LocalDate today;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        outlet.reset();
        topic = FixtureIssues.uniqueTopic("Arrival");
        today = LocalDate.now(ZoneOffset.UTC);
    }

    IngestResult ingest(String wording, Piece... pieces) {
        return DeliveryIssues.ingest(ingestor, topic, today, wording, pieces);
    }

    @Test
    void anIssueArrivingAfterTheSlotIsPostedOnArrival() {
        Ledgers.subscribe("early", "00:00", "UTC", Days.DAILY, null);

        IssueJson issue = ingest("late", piece("Crane data rules", "Ports")).issue();

        Await.until("the late issue is posted", WAIT, () -> outlet.postsTo("early").size() == 2);
        assertThat(outlet.postsTo("early").get(0).text()).isEqualTo(DeliveryPassTest.header(issue));
    }

    @Test
    void aCorrectionEditsThePostedMessagesAndPostsOnlyWhatIsNew() {
        Ledgers.subscribe("team", "00:00", "UTC", Days.DAILY, null);
        IssueJson first = ingest("first", piece("Crane data rules", "Ports"), piece("Rail timetable", "Rail")).issue();
        Await.until("the issue is posted", WAIT, () -> settled(1) && outlet.posts().size() == 3);
        List<String> ids = outlet.posts().stream().map(RecordingOutlet.Call::messageId).toList();

        IngestResult longer = ingest("second", piece("Crane data rules", "Ports"), piece("Rail timetable", "Rail"),
                piece("Barge tolls", "Inland shipping"));
        assertThat(longer.outcome()).isEqualTo(IngestOutcome.UPDATED);
        assertThat(longer.issue().id()).isEqualTo(first.id());

        Await.until("the posted messages are edited", WAIT, () -> outlet.edits().size() == 3 && settled(1));
        assertThat(outlet.edits()).extracting(RecordingOutlet.Call::messageId).containsExactlyElementsOf(ids);
        assertThat(outlet.edits().get(1).text()).contains("second");
        assertThat(outlet.posts()).as("the one message more").hasSize(4);
        assertThat(outlet.posts().get(3).text()).contains("Barge tolls");

        ingest("third", piece("Crane data rules", "Ports"));

        Await.until("the messages are edited again", WAIT, () -> outlet.edits().size() == 7 && settled(1));
        List<RecordingOutlet.Call> again = outlet.edits().subList(3, 7);
        assertThat(again).extracting(RecordingOutlet.Call::messageId).containsExactly(ids.get(0), ids.get(1), ids.get(2),
                outlet.posts().get(3).messageId());
        assertThat(again.get(1).text()).contains("third");
        assertThat(again.subList(2, 4)).extracting(RecordingOutlet.Call::text).containsOnly(FanOut.CORRECTED);
        assertThat(outlet.posts()).hasSize(4);
    }

    @Test
    void aFollowedTagBringsEachArticleOnceToEachFollowingChatAlsoAfterACorrection() {
        Ledgers.follow("security", "cyber");
        Ledgers.follow("data-desk", "Cyber");
        Ledgers.follow("data-desk", "data");
        Ledgers.follow("ports-desk", "rail");

        IssueJson issue = ingest("first", piece("Banks rehearse an attack", "Cyber", "Data"), piece("Crane data rules", "Ports"),
                piece("Grid operators patch", "cyber")).issue();

        Await.until("the alerts are sent", WAIT, () -> settled(4) && outlet.posts().size() == 4);
        // alerts of one issue go out in parallel: their order in a chat is not fixed
        assertThat(outlet.postsTo("security")).extracting(RecordingOutlet.Call::text)
                .containsExactlyInAnyOrder(article(issue, 0), article(issue, 2));
        assertThat(outlet.postsTo("data-desk")).extracting(RecordingOutlet.Call::text)
                .containsExactlyInAnyOrder(article(issue, 0), article(issue, 2));
        assertThat(outlet.postsTo("ports-desk")).isEmpty();

        IssueJson corrected = ingest("second", piece("Banks rehearse an attack", "Cyber", "Data"), piece("Crane data rules", "Ports"),
                piece("Grid operators patch", "cyber"), piece("Signal boxes renewed", "Rail", "Cyber")).issue();

        Await.until("the new article is sent and the others edited", WAIT,
                () -> settled(7) && outlet.posts().size() == 7 && outlet.edits().size() == 4);
        assertThat(outlet.postsTo("ports-desk")).extracting(RecordingOutlet.Call::text).containsExactly(article(corrected, 3));
        assertThat(outlet.postsTo("security")).extracting(RecordingOutlet.Call::text)
                .containsExactlyInAnyOrder(article(issue, 0), article(issue, 2), article(corrected, 3));
        assertThat(outlet.edits()).extracting(RecordingOutlet.Call::text).allSatisfy(text -> assertThat(text).contains("second"));

        ingest("second", piece("Banks rehearse an attack", "Cyber", "Data"), piece("Crane data rules", "Ports"),
                piece("Grid operators patch", "cyber"), piece("Signal boxes renewed", "Rail", "Cyber"));
        assertThat(outlet.posts()).as("the same content again changes nothing").hasSize(7);
    }

    @Test
    void aBurstOfStoredIssuesIsQueuedIssueByIssueAndSentByOnePass() throws Exception {
        Ledgers.follow("rail-desk", "rail");
        double before = passes();
        CountDownLatch release = new CountDownLatch(1);
        deliveries.soon(() -> awaitQuietly(release));
        for (String title : List.of("Night trains return", "Freight corridor opens", "Signal boxes renewed", "Rail tolls fall",
                "Depot strike ends")) {
            DeliveryIssues.ingest(ingestor, FixtureIssues.uniqueTopic("Burst"), today, "burst", piece(title, "Rail"));
        }
        CompletableFuture<Double> passesWithinBurst = new CompletableFuture<>();
        deliveries.soon(() -> passesWithinBurst.complete(passes()));
        release.countDown();

        assertThat(passesWithinBurst.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("passes between the burst's issues").isEqualTo(before);
        Await.until("the burst's alerts are sent", WAIT, () -> settled(5) && outlet.postsTo("rail-desk").size() == 5);
        assertThat(passes()).as("passes after the burst").isEqualTo(before + 1);
    }

    private double passes() {
        return meters.counter("briefbot_delivery_passes_total").count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every ledger row sent and showing the newest version of its issue. */
    private static boolean settled(int rows) {
        List<Delivery> all = Ledgers.all();
        return all.size() == rows && all.stream().allMatch(row -> row.is(Delivery.State.SENT) && row.postedRevision == row.revision);
    }

    private static String article(IssueJson issue, int index) {
        IssueJson.ArticleJson article = issue.articles().get(index);
        return "article " + article.id() + " " + article.title() + ": " + article.lede();
    }
}
