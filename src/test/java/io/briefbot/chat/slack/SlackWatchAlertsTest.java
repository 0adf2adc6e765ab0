package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Ledgers;
import io.briefbot.delivery.Mutes;
import io.briefbot.delivery.PassSummary;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.delivery.WatchIssues;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Watch alerts through the ledger, the fan-out and the real Slack outlet against the stand-in: once per issue and
 * channel, the words in bold and the parts cited; updated when the issue is corrected; none to a muted channel.
 */
@QuarkusTest
@TestProfile(SlackDeliveryProfile.class)
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackWatchAlertsTest {

    private static final String CHANNEL = "C0WATCHES1";
    private static final String MUTED = "C0WATCHES2";
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private static final Instant SLOT = DAY.atTime(7, 30).toInstant(ZoneOffset.UTC);

    WireMockServer slack;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    Mutes mutes;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        slack.resetRequests();
    }

    @Test
    void aMatchingHeadlineAndAMatchingArticleComeOnceEachAndTheAlertIsUpdatedOnCorrection() {
        Ledgers.watch("slack", CHANNEL, SlackApiStandIn.TEAM, "dredging");
        String headlined = FixtureIssues.uniqueTopic("Headlined");
        String inArticle = FixtureIssues.uniqueTopic("Article");
        WatchIssues.store(ingestor, FixtureIssues.uniqueTopic("Without"), DAY, "Rail office publishes its autumn timetable",
                WatchIssues.PLAIN_EDITORIAL, "Quay cranes get a register", "Operators must report each lift to the port authority.");
        WatchIssues.store(ingestor, headlined, DAY, "Dredging contract for the Rhine goes to a consortium", WatchIssues.PLAIN_EDITORIAL,
                "Quay cranes get a register", "Operators must report each lift to the port authority.");
        WatchIssues.store(ingestor, inArticle, DAY, "Rail office publishes its autumn timetable", WatchIssues.PLAIN_EDITORIAL,
                "Basin works start in May", "Barge operators begin dredging the western basin after the floods.");
        Await.until("the watch alerts are queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(CHANNEL) == 2);

        assertThat(deliveries.runAt(SLOT).sent()).isEqualTo(2);
        assertThat(deliveries.runAt(SLOT.plusSeconds(30)).sent()).isZero();

        List<String> posts = texts(SlackCalls.toChannel(slack, "chat.postMessage", CHANNEL));
        assertThat(posts).hasSize(2);
        String brief = BriefingCalendar.brief(DAY);
        assertThat(posts).anySatisfy(text -> assertThat(text)
                .contains("_Headline · " + WatchIssues.publication(headlined) + " · " + brief + "_", "*Dredging* contract for the Rhine"));
        assertThat(posts).anySatisfy(text -> assertThat(text)
                .contains("*Basin works start in May*", "Barge operators begin *dredging* the western basin"));

        WatchIssues.store(ingestor, inArticle, DAY, "Rail office publishes its autumn timetable", WatchIssues.PLAIN_EDITORIAL,
                "Basin works start in June", "Barge operators begin dredging the eastern basin after the floods.");
        Await.until("the correction is queued", Duration.ofSeconds(20), () -> Ledgers.all().stream()
                .anyMatch(row -> row.is(Delivery.State.PENDING)));
        PassSummary corrected = deliveries.runAt(SLOT.plusSeconds(60));

        assertThat(corrected.edited()).isEqualTo(1);
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", CHANNEL)).hasSize(2);
        assertThat(texts(SlackCalls.toChannel(slack, "chat.update", CHANNEL))).singleElement().satisfies(text -> assertThat(text)
                .contains("*Basin works start in June*", "*dredging* the eastern basin"));
    }

    @Test
    void aMutedChannelGetsNoWatchAlert() {
        Ledgers.watch("slack", CHANNEL, SlackApiStandIn.TEAM, "dredging");
        Ledgers.watch("slack", MUTED, SlackApiStandIn.TEAM, "dredging");
        mutes.mute(new Destination("slack", MUTED, null), Instant.now().plus(Duration.ofHours(2)), "U0MANAGER");
        WatchIssues.store(ingestor, FixtureIssues.uniqueTopic("Muted"), DAY, "Dredging contract for the Rhine goes to a consortium",
                WatchIssues.PLAIN_EDITORIAL, "Quay cranes get a register", "Operators must report each lift to the port authority.");
        Await.until("the watch alerts are queued", Duration.ofSeconds(20),
                () -> WatchIssues.alertsOf(CHANNEL) + WatchIssues.alertsOf(MUTED) == 2);

        PassSummary summary = deliveries.runAt(SLOT);

        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", MUTED)).isEmpty();
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", CHANNEL)).hasSize(1);
    }

    private static List<String> texts(List<Map<String, String>> calls) {
        return calls.stream().map(call -> String.join("\n", JsonPath.from(call.get("blocks")).<String>getList("text.text").stream()
                .filter(Objects::nonNull).toList())).toList();
    }
}
