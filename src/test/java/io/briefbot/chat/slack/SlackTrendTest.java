package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.slack.SlackApiStandIn.FILE_ID;
import static io.briefbot.chat.slack.SlackApiStandIn.OUTSIDE_CHANNEL;
import static io.briefbot.chat.slack.SlackApiStandIn.SIGNING_SECRET;
import static io.briefbot.chat.slack.SlackApiStandIn.TEAM;
import static io.briefbot.chat.slack.SlackApiStandIn.UPLOAD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.chat.ChatArchive;
import io.briefbot.format.TrendChart;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Await;
import io.briefbot.testing.FormBody;
import io.briefbot.testing.Png;
import io.briefbot.testing.SlackSigner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackTrendTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String CHANNEL = "C0TREND001";

    WireMockServer slack;

    @Inject
    IssueIngestor ingestor;

    @Inject
    BriefingCalendar calendar;

    @BeforeEach
    void storeAnIssueLastWeek() {
        Archive.clear();
        ChatArchive.storeText(ingestor, ChatArchive.harbourVariant(0), calendar.today().minusWeeks(1));
    }

    @Test
    void aTrendIsUploadedIntoTheChannelWithTheNumbersAsAltText() {
        slashCommand(CHANNEL, "ports 4", "/hooks/commands/" + TEAM + "/trend1/aaaa");

        Await.until("files.completeUploadExternal called", Duration.ofSeconds(20), () -> !calls("files.completeUploadExternal", CHANNEL).isEmpty());
        Map<String, String> asked = calls("files.getUploadURLExternal", null).get(0);
        assertThat(asked.get("filename")).isEqualTo("trend-ports.png");
        assertThat(asked.get("alt_txt")).startsWith("Articles per week, 4 weeks from the week of ").contains("Ports: 0, 0, 1, 0; 1 in all");
        byte[] png = slack.findAll(postRequestedFor(urlEqualTo(UPLOAD))).get(0).getBody();
        assertThat(asked.get("length")).isEqualTo(Integer.toString(png.length));
        Png.assertPng(png, TrendChart.WIDTH, TrendChart.HEIGHT);

        Map<String, String> shared = calls("files.completeUploadExternal", CHANNEL).get(0);
        JsonPath files = JsonPath.from(shared.get("files"));
        assertThat(files.getString("[0].id")).isEqualTo(FILE_ID);
        assertThat(files.getString("[0].title")).isEqualTo("Articles per week: Ports");
        assertThat(slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method("files.upload"))))).as("the retired method").isEmpty();
    }

    @Test
    void aChannelThatRefusesTheFileTellsWhoAskedWhyWithTheNumbers() {
        String hook = "/hooks/commands/" + TEAM + "/trend2/bbbb";
        slashCommand(OUTSIDE_CHANNEL, "ports 4", hook);

        Await.until("the explanation", Duration.ofSeconds(20), () -> !SlackCalls.responses(slack, hook).isEmpty());
        JsonPath explained = SlackCalls.responses(slack, hook).get(0);
        assertThat(explained.getString("response_type")).isEqualTo("ephemeral");
        assertThat(explained.getString("text")).contains("not_in_channel", "/invite", "Ports: 0, 0, 1, 0;");
    }

    private void slashCommand(String channel, String text, String hook) {
        String body = SlackPayloads.slashCommand(TEAM, channel, "/trend", text, slack.baseUrl() + hook);
        long now = Instant.now().getEpochSecond();
        given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, now, body))
                .contentType(FORM).body(body).post("/slack/events").then().statusCode(200);
    }

    /** A Web API method's calls as form fields; with a channel, those naming it as channel_id. */
    private List<Map<String, String>> calls(String method, String channel) {
        return slack.findAll(postRequestedFor(urlEqualTo(SlackApiStandIn.method(method)))).stream()
                .map(request -> FormBody.fields(request.getBodyAsString()))
                .filter(call -> channel == null || channel.equals(call.get("channel_id")))
                .toList();
    }
}
