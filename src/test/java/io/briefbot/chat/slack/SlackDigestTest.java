package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.slack.SlackApiStandIn.FILE_ID;
import static io.briefbot.chat.slack.SlackApiStandIn.TEAM;
import static io.briefbot.chat.slack.SlackApiStandIn.UPLOAD;
import static io.briefbot.chat.slack.SlackDigestProfile.MANAGER;
import static io.briefbot.delivery.DeliveryIssues.piece;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.chat.SettableClock;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.DeliveryIssues;
import io.briefbot.delivery.Ledgers;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.TrendChart;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FormBody;
import io.briefbot.testing.Png;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest end to end on Slack: its text through chat.postMessage and its chart through the file upload flow,
 * into the channel; and a muted channel, which gets neither digest nor daily post nor tag alert and is not caught up.
 */
@QuarkusTest
@TestProfile(SlackDigestProfile.class)
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackDigestTest {

    private static final String CHANNEL = "C0DIGEST01";
    /** Monday 30 March 2026, 08:00 in Berlin: the clocks went forward on Sunday, so UTC+2. */
    private static final Instant DUE = Instant.parse("2026-03-30T06:00:00Z");

    WireMockServer slack;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    CommandRouter router;

    @Inject
    SettableClock clock;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        slack.resetRequests();
        clock.set(Instant.parse("2026-03-18T10:00:00Z"));
    }

    @Test
    void theDigestsChartIsUploadedIntoTheChannelAfterItsText() throws InterruptedException {
        command("/digest weekly 08:00 Europe/Berlin");
        command("/follow Cyber");
        clock.set(Instant.parse("2026-04-20T10:00:00Z"));
        DeliveryIssues.storeOn(ingestor, "2026-03-17", piece("Leak", "Cyber"), piece("Quay cranes", "Ports"));
        DeliveryIssues.storeOn(ingestor, "2026-03-24", piece("Ransomware at the terminal", "Cyber"), piece("Phishing", "Cyber"));
        DeliveryIssues.storeOn(ingestor, "2026-03-29", piece("Botnet", "Cyber"));
        Ledgers.afterIngests(deliveries);

        pass(DUE.minus(Duration.ofHours(1)));
        assertThat(Ledgers.of("digest")).as("07:00 in Berlin, 08:00 in winter time").isEmpty();
        pass(DUE);

        assertThat(Ledgers.of("tag_alert")).as("stored too late for alerts").isEmpty();
        assertThat(Ledgers.of("digest")).singleElement().satisfies(row -> {
            assertThat(row.state).isEqualTo(Delivery.State.SENT.word());
            assertThat(row.messageIds).last().isEqualTo(FILE_ID);
        });
        String blocks = String.join("\n", posts().stream().map(post -> post.get("blocks")).toList());
        assertThat(blocks).contains("23 Mar 2026 to 29 Mar 2026", "Cyber 3 (▲2)", "Ransomware at the terminal", "Botnet")
                .doesNotContain("Ports", "Leak");
        Map<String, String> asked = allOf("files.getUploadURLExternal").get(0);
        assertThat(asked.get("filename")).isEqualTo("trend-cyber.png");
        assertThat(asked.get("alt_txt")).contains("Cyber: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3; 4 in all");
        byte[] png = slack.findAll(postRequestedFor(urlEqualTo(UPLOAD))).get(0).getBody();
        Png.assertPng(png, TrendChart.WIDTH, TrendChart.HEIGHT);
        Map<String, String> shared = allOf("files.completeUploadExternal").get(0);
        assertThat(shared.get("channel_id")).isEqualTo(CHANNEL);
        assertThat(JsonPath.from(shared.get("files")).getString("[0].title")).isEqualTo("Articles per week: Cyber");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method("files.upload"))))).as("the retired method").isEmpty();
    }

    @Test
    void aMutedChannelGetsNoDailyPostNoDigestAndNoTagAlertAndIsNotCaughtUpAfterUnmute() {
        command("/subscribe 07:30");
        command("/digest weekly");
        command("/follow Cyber");
        clock.set(DUE.minus(Duration.ofHours(1)));
        assertThat(command("/mute 2h")).startsWith("Muted until Monday, 30 March 2026 at 09:00 Europe/Berlin");
        DeliveryIssues.storeOn(ingestor, "2026-03-30", piece("Ransomware at the lock", "Cyber"));
        Await.until("the tag alert is queued", Duration.ofSeconds(10), () -> Ledgers.of("tag_alert").size() == 1);

        pass(DUE);

        assertThat(Ledgers.all()).extracting(row -> row.kind).containsExactlyInAnyOrder("daily", "digest", "tag_alert");
        assertThat(Ledgers.all()).allSatisfy(row -> {
            assertThat(row.state).isEqualTo(Delivery.State.SKIPPED.word());
            assertThat(row.lastError).isEqualTo("muted until 2026-03-30T07:00:00Z");
        });
        command("/unmute");
        pass(DUE.plus(Duration.ofMinutes(30)));

        assertThat(posts()).as("nothing posted, nothing caught up").isEmpty();
        assertThat(allOf("files.getUploadURLExternal")).isEmpty();
        assertThat(Ledgers.all()).hasSize(3).allSatisfy(row -> assertThat(row.state).isEqualTo(Delivery.State.SKIPPED.word()));
    }

    private void pass(Instant at) {
        clock.set(at);
        deliveries.runAt(at);
    }

    private String command(String line) {
        return ((NoticeReply) router.handle(new ChatRequest(Platform.SLACK, TEAM, CHANNEL, MANAGER, line))).text();
    }

    private List<Map<String, String>> posts() {
        return SlackCalls.toChannel(slack, "chat.postMessage", CHANNEL);
    }

    private List<Map<String, String>> allOf(String method) {
        return slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method(method)))).stream()
                .map(request -> FormBody.fields(request.getBodyAsString())).toList();
    }
}
