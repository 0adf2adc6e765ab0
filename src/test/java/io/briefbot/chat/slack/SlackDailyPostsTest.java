package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.delivery.Days;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.DeliveryIssues;
import io.briefbot.delivery.Ledgers;
import io.briefbot.delivery.PassSummary;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Daily posts and tag alerts through delivery's fan-out and the real Slack outlet against the stand-in, which
 * allows team {@link SlackApiStandIn#TEAM} only: channels of other teams get nothing, and links in posts are what
 * the renderer lets through.
 */
@QuarkusTest
@TestProfile(SlackDeliveryProfile.class)
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackDailyPostsTest {

    private static final String LISTED = "C0LISTED01";
    private static final String REMOVED = "C0REMOVED1";
    private static final String UNKNOWN = "C0UNKNOWN1";
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private static final Instant SLOT = DAY.atTime(7, 30).toInstant(ZoneOffset.UTC);

    WireMockServer slack;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        slack.resetRequests();
    }

    @Test
    void aChannelOfATeamTakenOffTheAllowListGetsNeitherItsDailyPostNorItsAlertsWhileAListedTeamsGetsBoth() {
        Map<String, String> teams = Map.of(LISTED, SlackApiStandIn.TEAM, REMOVED, SlackApiStandIn.OTHER_TEAM);
        teams.forEach((channel, team) -> {
            Ledgers.subscribe("slack", channel, team, "07:30", "UTC", Days.DAILY, null);
            Ledgers.follow("slack", channel, team, "Ports");
        });
        // a follow made before follows kept their team: nothing says which team the channel is in
        Ledgers.follow("slack", UNKNOWN, null, "Ports");
        DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Teams"), DAY, "as of " + DAY,
                DeliveryIssues.piece("Quay cranes", "Ports"));
        Await.until("the tag alerts are queued", Duration.ofSeconds(10), () -> Ledgers.all().size() == 3);
        double forbiddenBefore = Ledgers.counted(meters, "forbidden", "slack");

        PassSummary summary = deliveries.runAt(SLOT);

        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", REMOVED)).isEmpty();
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", UNKNOWN)).isEmpty();
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", LISTED)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.forbidden()).isEqualTo(3);
        assertThat(Ledgers.all()).hasSize(5).allSatisfy(row -> {
            boolean listed = row.chatId.equals(LISTED);
            assertThat(row.state).isEqualTo((listed ? Delivery.State.SENT : Delivery.State.FORBIDDEN).word());
            assertThat(row.lastError).isEqualTo(switch (row.chatId) {
                case REMOVED -> "team " + SlackApiStandIn.OTHER_TEAM + " is not in BRIEFBOT_SLACK_TEAMS";
                case UNKNOWN -> "the chat's Slack team is not known, and BRIEFBOT_SLACK_TEAMS admits only the teams it names";
                default -> null;
            });
        });
        assertThat(Ledgers.counted(meters, "forbidden", "slack")).isEqualTo(forbiddenBefore + 3);
    }

    @Test
    void anIngestedArticleWhoseLinkCarriesSlackLinkSyntaxKeepsItsOwnTextAndPingsNobody() {
        String title = FixtureIssues.uniqueTitle("Relabelled");
        DeliveryIssues.storeLinked(ingestor, DAY, title, "https://evil.example/&lt;!channel&gt;|Official");
        Ledgers.subscribe("slack", LISTED, SlackApiStandIn.TEAM, "07:30", "UTC", Days.DAILY, null);

        deliveries.runAt(SLOT);

        String posted = String.join("\n", SlackCalls.toChannel(slack, "chat.postMessage", LISTED).stream()
                .flatMap(call -> JsonPath.from(call.get("blocks")).<String>getList("text.text").stream())
                .filter(Objects::nonNull).toList());
        assertThat(posted).contains("<https://evil.example/%3C!channel%3E%7COfficial|" + title + ">")
                .doesNotContain("<!channel>").doesNotContain("|Official>");
    }
}
