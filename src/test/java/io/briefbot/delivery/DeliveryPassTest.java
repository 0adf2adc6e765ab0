package io.briefbot.delivery;

import static io.briefbot.delivery.DeliveryIssues.piece;
import static io.briefbot.delivery.DeliveryIssues.publication;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.AdjustableClock;
import io.briefbot.testing.FixtureIssues;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery pass on the embedded PostgreSQL against an in-memory platform: what is due when, and exactly once. */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
class DeliveryPassTest {

    static final String BERLIN = "Europe/Berlin";
    static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    QueueDailyPosts dailyPosts;

    @Inject
    FanOut fanOut;

    @Inject
    Ledger ledger;

    @Inject
    QueueCorrections corrections;

    @Inject
    RecordingOutlet outlet;

    @Inject
    AdjustableClock clock;

    @Inject
    MeterRegistry meters;

    @Inject
    Mutes mutes;

    String topic;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        outlet.reset();
        clock.reset();
        topic = FixtureIssues.uniqueTopic("Delivery");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    IssueJson issueOn(LocalDate date) {
        return DeliveryIssues.store(ingestor, topic, date, "as of " + date, piece("Crane data rules", "Ports"));
    }

    double delivered(String state) {
        return Ledgers.counted(meters, state, RecordingOutlet.PLATFORM);
    }

    PassSummary runAt(String instant) {
        return deliveries.runAt(Instant.parse(instant));
    }

    @Test
    void postsAtHalfPastSevenBerlinTimeOnBothSidesOfTheSpringChange() {
        IssueJson saturday = issueOn(SPRING.minusDays(1));
        IssueJson sunday = issueOn(SPRING);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);

        assertThat(runAt("2026-03-28T06:29:59Z").sent()).isZero();
        assertThat(runAt("2026-03-28T06:30:00Z").sent()).isEqualTo(1);
        assertThat(runAt("2026-03-29T05:29:59Z").sent()).isZero();
        assertThat(runAt("2026-03-29T05:30:00Z").sent()).isEqualTo(1);

        assertThat(outlet.postsTo("berlin")).extracting(RecordingOutlet.Call::text)
                .containsExactly(header(saturday), teaser(saturday), header(sunday), teaser(sunday));
    }

    @Test
    void postsAtHalfPastSevenBerlinTimeOnBothSidesOfTheAutumnChange() {
        issueOn(AUTUMN.minusDays(1));
        issueOn(AUTUMN);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);

        assertThat(runAt("2026-10-24T05:30:00Z").sent()).isEqualTo(1);
        // 05:30 UTC on the 25th is only 06:30 in Berlin after the change.
        assertThat(runAt("2026-10-25T05:30:00Z").sent()).isZero();
        assertThat(runAt("2026-10-25T06:30:00Z").sent()).isEqualTo(1);
    }

    @Test
    void aSlotSkippedBySpringPostsAtThreeAndOneThatComesTwiceInAutumnPostsOnce() {
        issueOn(SPRING);
        issueOn(AUTUMN);
        Ledgers.subscribe("night", "02:30", BERLIN, Days.DAILY, null);

        assertThat(runAt("2026-03-29T00:59:59Z").sent()).isZero();
        assertThat(runAt("2026-03-29T01:00:00Z").sent()).isEqualTo(1);

        assertThat(runAt("2026-10-25T00:29:59Z").sent()).isZero();
        assertThat(runAt("2026-10-25T00:30:00Z").sent()).isEqualTo(1);
        assertThat(runAt("2026-10-25T01:30:00Z").sent()).as("02:30 once more, in winter time").isZero();
        assertThat(outlet.postsPerChat()).containsEntry("night", 4L);
    }

    @Test
    void eachChatAtItsOwnLocalTime() {
        issueOn(MONDAY);
        Ledgers.subscribe("tokyo", "08:00", "Asia/Tokyo", Days.WEEKDAYS, null);
        Ledgers.subscribe("new-york", "08:00", "America/New_York", Days.WEEKDAYS, null);

        // 08:00 on Monday in Tokyo; still Sunday evening in New York.
        runAt("2026-10-11T23:00:00Z");
        assertThat(outlet.postsPerChat()).containsOnlyKeys("tokyo");
        runAt("2026-10-12T12:00:00Z");
        assertThat(outlet.postsPerChat()).containsOnlyKeys("tokyo", "new-york").containsValues(2L, 2L);
    }

    @Test
    void weekdaysSkipTheWeekend() {
        issueOn(MONDAY.minusDays(2));
        issueOn(MONDAY);
        Ledgers.subscribe("office", "07:30", BERLIN, Days.WEEKDAYS, null);
        Ledgers.subscribe("always", "07:30", BERLIN, Days.DAILY, null);

        runAt("2026-10-10T09:00:00Z");
        assertThat(outlet.postsPerChat()).containsOnlyKeys("always");
        runAt("2026-10-12T09:00:00Z");
        assertThat(outlet.postsTo("office")).hasSize(2);
        assertThat(outlet.postsTo("always")).hasSize(4);
    }

    @Test
    void anIssueArrivingAfterTheSlotIsPostedByTheNextPass() {
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);
        assertThat(runAt("2026-10-12T05:30:00Z").queued()).isZero();

        IssueJson late = issueOn(MONDAY);

        PassSummary summary = runAt("2026-10-12T08:05:00Z");
        assertThat(summary.queued()).isEqualTo(1);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(outlet.postsTo("berlin").get(0).text()).isEqualTo(header(late));
        Delivery row = Ledgers.all().get(0);
        assertThat(row.dueAt).as("the slot it was due at").isEqualTo(Instant.parse("2026-10-12T05:30:00Z"));
        assertThat(row.is(Delivery.State.SENT)).isTrue();
        assertThat(row.messageIds).hasSize(2);
    }

    @Test
    void afterDowntimeOnlyTodaysMissedPostIsCaughtUp() {
        issueOn(MONDAY.minusDays(1));
        IssueJson today = issueOn(MONDAY);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);

        // Down from Sunday morning until Monday noon: Sunday's issue is never posted.
        runAt("2026-10-12T10:00:00Z");
        runAt("2026-10-12T10:00:20Z");
        runAt("2026-10-13T10:00:00Z");

        assertThat(outlet.postsTo("berlin")).extracting(RecordingOutlet.Call::text).containsExactly(header(today), teaser(today));
    }

    @Test
    void aSubscriptionGetsItsPublicationOnlyAndOneWithoutGetsEvery() {
        IssueJson mine = issueOn(MONDAY);
        String otherTopic = FixtureIssues.uniqueTopic("Other");
        IssueJson other = DeliveryIssues.store(ingestor, otherTopic, MONDAY, "other wording", piece("Rail timetable", "Rail"));
        Ledgers.subscribe("one", "07:30", BERLIN, Days.DAILY, publication(topic).toLowerCase());
        Ledgers.subscribe("all", "07:30", BERLIN, Days.DAILY, null);

        runAt("2026-10-12T06:00:00Z");

        assertThat(outlet.postsTo("one")).extracting(RecordingOutlet.Call::text).containsExactly(header(mine), teaser(mine));
        assertThat(outlet.postsTo("all")).extracting(RecordingOutlet.Call::text)
                .contains(header(mine), header(other)).hasSize(4);
    }

    @Test
    void aSubscriptionMadeAfterTodaysSlotStartsTomorrow() {
        issueOn(MONDAY);
        Subscription late = Ledgers.subscribe("late", "07:30", BERLIN, Days.DAILY, null);
        QuarkusTransaction.requiringNew().run(() ->
                Subscription.<Subscription>findById(late.id).createdAt = Instant.parse("2026-10-12T09:00:00Z"));

        assertThat(runAt("2026-10-12T10:00:00Z").queued()).isZero();
    }

    @Test
    void aRunRetriedAtTheSameInstantPostsNothingNew() {
        issueOn(MONDAY);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);

        PassSummary first = runAt("2026-10-12T06:00:00Z");
        PassSummary again = runAt("2026-10-12T06:00:00Z");

        assertThat(first.queued()).isEqualTo(1);
        assertThat(first.sent()).isEqualTo(1);
        assertThat(again.queued()).isZero();
        assertThat(again.sent()).isZero();
        assertThat(outlet.posts()).hasSize(2);
    }

    @Test
    void twoRunnersOnOneDatabasePostEachDeliveryOnce() throws Exception {
        issueOn(MONDAY);
        int chats = 200;
        IntStream.range(0, chats).forEach(i -> Ledgers.subscribe("chat-" + i, "07:30", BERLIN, Days.DAILY, null));
        // Both runners queue, as two replicas' passes would, and then race for the rows.
        CompletableFuture<Integer> queueA = CompletableFuture.supplyAsync(() -> dailyPosts.queue(Instant.parse("2026-10-12T06:00:00Z")));
        CompletableFuture<Integer> queueB = CompletableFuture.supplyAsync(() -> dailyPosts.queue(Instant.parse("2026-10-12T06:00:00Z")));
        assertThat(queueA.get() + queueB.get()).isEqualTo(chats);

        CompletableFuture<Tally> a = CompletableFuture.supplyAsync(() -> fanOut.drain("replica-a", Duration.ofSeconds(5)));
        CompletableFuture<Tally> b = CompletableFuture.supplyAsync(() -> fanOut.drain("replica-b", Duration.ofSeconds(5)));

        assertThat(a.get().sent.get() + b.get().sent.get()).isEqualTo(chats);
        Map<String, Long> perChat = outlet.postsPerChat();
        assertThat(perChat).hasSize(chats).allSatisfy((chat, messages) -> assertThat(messages).isEqualTo(2L));
        assertThat(Ledgers.all()).hasSize(chats).allSatisfy(row -> assertThat(row.is(Delivery.State.SENT)).isTrue());
    }

    @Test
    void aDeliveryWhoseRunnerDiedIsTakenOverWhenTheLeaseRunsOutAndContinuesAfterItsLastMessage() {
        IssueJson issue = issueOn(MONDAY);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);
        dailyPosts.queue(Instant.parse("2026-10-12T06:00:00Z"));
        // A runner claims the row, posts the first of its two messages, and is killed.
        Claimed claimed = ledger.claim("killed", Set.of(RecordingOutlet.PLATFORM), 10).get(0);
        Posting first = outlet.send(claimed.to(), header(issue));
        assertThat(ledger.posted(claimed.id(), "killed", first.messageId())).isTrue();

        assertThat(fanOut.drain("survivor", Duration.ZERO).sent.get()).as("the lease still holds").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(fanOut.drain("survivor", Duration.ZERO).sent.get()).isEqualTo(1);

        assertThat(outlet.postsTo("berlin")).extracting(RecordingOutlet.Call::text).containsExactly(header(issue), teaser(issue));
        Delivery row = Ledgers.byId(claimed.id());
        assertThat(row.is(Delivery.State.SENT)).isTrue();
        assertThat(row.messageIds).hasSize(2).startsWith(first.messageId());
        assertThat(ledger.posted(claimed.id(), "killed", "late")).as("the dead runner's lease is gone").isFalse();
    }

    @Test
    void aCorrectionArrivingWhileADeliveryIsInFlightLeavesItPendingForItsEdit() {
        IssueJson issue = issueOn(MONDAY);
        Ledgers.subscribe("berlin", "07:30", BERLIN, Days.DAILY, null);
        dailyPosts.queue(Instant.parse("2026-10-12T06:00:00Z"));
        Claimed claimed = ledger.claim("runner", Set.of(RecordingOutlet.PLATFORM), 10).get(0);
        ledger.posted(claimed.id(), "runner", "m-old");

        assertThat(corrections.queue(issue.id())).as("not sent yet: nothing to edit now").isZero();
        ledger.sent(claimed.id(), "runner", claimed.revision());

        Delivery row = Ledgers.byId(claimed.id());
        assertThat(row.is(Delivery.State.PENDING)).isTrue();
        assertThat(row.postedRevision).isLessThan(row.revision);
        assertThat(fanOut.drain("runner", Duration.ZERO).edited.get()).isEqualTo(1);
        assertThat(outlet.edits()).extracting(RecordingOutlet.Call::messageId).containsExactly("m-old");
        assertThat(outlet.posts()).extracting(RecordingOutlet.Call::text).containsExactly(teaser(issue));
    }

    @Test
    void aBurstOfFiveHundredChatsWithA429OnEveryTwentiethCallPostsEachOnce() {
        issueOn(MONDAY);
        int chats = 500;
        IntStream.range(0, chats).forEach(i -> Ledgers.subscribe("burst-" + i, "07:30", BERLIN, Days.DAILY, null));
        outlet.rateLimitEvery(20, Duration.ofMillis(30));
        outlet.pace(new Pace(2000, Duration.ofMillis(100)));
        int messages = 2 * chats;

        PassSummary summary = runAt("2026-10-12T06:00:00Z");

        assertThat(outlet.rateLimited()).isGreaterThanOrEqualTo(messages / 20);
        assertThat(summary.sent()).isEqualTo(chats);
        assertThat(summary.retrying()).isEqualTo(outlet.rateLimited());
        assertThat(outlet.posts()).hasSize(messages);
        assertThat(outlet.postsPerChat()).hasSize(chats).allSatisfy((chat, posted) -> assertThat(posted).isEqualTo(2L));
        assertThat(outlet.posts().stream().map(call -> call.to().chatId() + "|" + call.text()).distinct()).hasSize(messages);
        assertThat(Ledgers.all()).allSatisfy(row -> {
            assertThat(row.is(Delivery.State.SENT)).isTrue();
            assertThat(row.attempts).isEqualTo(1);
        });
    }

    @Test
    void aChatThatIsGoneIsUnsubscribedAndNotTriedAgain() {
        issueOn(MONDAY);
        Ledgers.subscribe("kicked", "07:30", BERLIN, Days.DAILY, null);
        Ledgers.follow("kicked", "ports");
        Ledgers.digest("kicked", "friday", "16:00", BERLIN);
        Ledgers.subscribe("member", "07:30", BERLIN, Days.DAILY, null);
        outlet.goneChats("kicked");

        PassSummary summary = runAt("2026-10-12T06:00:00Z");

        assertThat(summary.gone()).isEqualTo(1);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(Ledgers.subscriptions("kicked")).isZero();
        assertThat(Ledgers.follows("kicked")).isZero();
        assertThat(Ledgers.digests("kicked")).isZero();
        assertThat(Ledgers.subscriptions("member")).isEqualTo(1);
        int calls = outlet.calls();
        runAt("2026-10-12T07:00:00Z");
        assertThat(outlet.calls()).isEqualTo(calls);
        assertThat(Ledgers.all()).filteredOn(row -> row.chatId.equals("kicked"))
                .singleElement().satisfies(row -> assertThat(row.is(Delivery.State.GONE)).isTrue());
    }

    @Test
    void aChatTheAllowListNoLongerAdmitsGetsNothingAndItsDeliveryEndsForbidden() {
        outlet.forbiddenChats("removed");
        List.of("removed", "listed").forEach(chat -> Ledgers.subscribe(chat, "07:30", BERLIN, Days.DAILY, null));
        issueOn(MONDAY);
        double before = delivered("forbidden");

        PassSummary summary = runAt("2026-10-12T06:00:00Z");
        runAt("2026-10-12T07:00:00Z");

        assertThat(summary.forbidden()).isEqualTo(1);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(outlet.postsPerChat()).containsOnlyKeys("listed");
        assertThat(outlet.calls()).as("no platform call for the removed chat").isEqualTo(2);
        assertThat(Ledgers.all()).filteredOn(row -> row.chatId.equals("removed")).singleElement().satisfies(row -> {
            assertThat(row.is(Delivery.State.FORBIDDEN)).isTrue();
            assertThat(row.lastError).isEqualTo("chat removed is not on the allow-list");
            assertThat(row.messageIds).isEmpty();
        });
        assertThat(Ledgers.subscriptions("removed")).as("kept for when the chat is let back").isEqualTo(1);
        assertThat(delivered("forbidden")).isEqualTo(before + 1);
    }

    @Test
    void aMutedChatGetsNothingAndWhatFellDueWhileMutedIsNotSentAfterUnmute() {
        List.of("muted", "loud").forEach(chat -> Ledgers.subscribe(chat, "07:30", BERLIN, Days.DAILY, null));
        Destination muted = new Destination(RecordingOutlet.PLATFORM, "muted", null);
        mutes.mute(muted, clock.instant().plus(Duration.ofHours(1)), "manager-1");
        IssueJson monday = issueOn(MONDAY);
        double before = delivered("skipped");

        PassSummary summary = runAt("2026-10-12T06:00:00Z");

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(outlet.postsPerChat()).containsOnlyKeys("loud");
        assertThat(Ledgers.all()).filteredOn(row -> row.chatId.equals("muted")).singleElement().satisfies(row -> {
            assertThat(row.is(Delivery.State.SKIPPED)).isTrue();
            assertThat(row.lastError).startsWith("muted until ");
            assertThat(row.messageIds).isEmpty();
        });
        assertThat(delivered("skipped")).isEqualTo(before + 1);

        assertThat(mutes.unmute(muted)).isTrue();
        runAt("2026-10-12T07:00:00Z");
        assertThat(outlet.postsTo("muted")).as("not caught up").isEmpty();
        IssueJson tuesday = issueOn(MONDAY.plusDays(1));
        runAt("2026-10-13T06:00:00Z");
        assertThat(outlet.postsTo("muted")).extracting(RecordingOutlet.Call::text).containsExactly(header(tuesday), teaser(tuesday));
        assertThat(outlet.postsTo("loud")).extracting(RecordingOutlet.Call::text)
                .containsExactly(header(monday), teaser(monday), header(tuesday), teaser(tuesday));
    }

    @Test
    void aMuteThatHasEndedSkipsNothing() {
        Ledgers.subscribe("rested", "07:30", BERLIN, Days.DAILY, null);
        Destination rested = new Destination(RecordingOutlet.PLATFORM, "rested", null);
        mutes.mute(rested, clock.instant().plus(Duration.ofMinutes(5)), "manager-1");
        clock.advance(Duration.ofMinutes(6));
        IssueJson monday = issueOn(MONDAY);

        assertThat(runAt("2026-10-12T06:00:00Z").skipped()).isZero();
        assertThat(outlet.postsTo("rested")).extracting(RecordingOutlet.Call::text).containsExactly(header(monday), teaser(monday));
        assertThat(mutes.until(rested)).isEmpty();
    }

    @Test
    void aFailingChatIsRetriedWithBackoffThenMarkedFailedAndReported() {
        issueOn(MONDAY);
        Ledgers.subscribe("broken", "07:30", BERLIN, Days.DAILY, null);
        Ledgers.subscribe("fine", "07:30", BERLIN, Days.DAILY, null);
        outlet.failingChats("broken");
        double before = delivered("failed");

        PassSummary summary = runAt("2026-10-12T06:00:00Z");

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.retrying()).isEqualTo(2);
        assertThat(summary.sent()).isEqualTo(1);
        Delivery row = Ledgers.all().stream().filter(found -> found.chatId.equals("broken")).findFirst().orElseThrow();
        assertThat(row.is(Delivery.State.FAILED)).isTrue();
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.lastError).isEqualTo("Internal Server Error");
        assertThat(outlet.calls()).isEqualTo(3 + 2);
        assertThat(delivered("failed") - before)
                .isEqualTo(1);
        assertThat(runAt("2026-10-12T07:00:00Z").failed()).as("given up, not tried again").isZero();
    }

    static String header(IssueJson issue) {
        return "issue " + issue.id() + " " + issue.publication() + " " + issue.date() + ": " + String.join(" | ", issue.headlines());
    }

    static String teaser(IssueJson issue) {
        IssueJson.ArticleJson article = issue.articles().get(0);
        return "teaser " + article.id() + " " + article.title() + ": " + article.lede();
    }
}
