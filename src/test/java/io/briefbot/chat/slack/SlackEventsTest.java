package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.slack.SlackApiStandIn.OTHER_TEAM;
import static io.briefbot.chat.slack.SlackApiStandIn.SIGNING_SECRET;
import static io.briefbot.chat.slack.SlackApiStandIn.TEAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArchiveCache;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.AnnouncedBody;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Await;
import io.briefbot.testing.ChunkedUpload;
import io.briefbot.testing.Fixtures;
import io.briefbot.testing.Management;
import io.briefbot.testing.SlackSigner;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackEventsTest {

    private static final String EVENTS = "/slack/events";
    // An explicit charset keeps RestAssured from re-encoding the signed body as ISO-8859-1.
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final Duration QUIET = Duration.ofMillis(700);
    private static final Duration ARRIVAL = Duration.ofSeconds(15);
    private static final AtomicInteger IDS = new AtomicInteger();

    WireMockServer slack;

    @Inject
    IssueIngestor ingestor;

    @Inject
    MeterRegistry meters;

    @Inject
    ArchiveCache cache;

    private IssueJson issue;

    @BeforeEach
    void storeTheHarbourIssue() {
        Archive.clear();
        issue = ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain", IngestSource.API)).issue();
        assertThat(issue.headlines()).isNotEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        assertThat(AnnouncedBody.statusLine(EVENTS, SlackEventsRoute.MAX_BODY_BYTES + 1L, "Content-Type: " + FORM))
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitBeforeItsSignatureIsCheckedAndTheConnectionClosed() throws Exception {
        long now = Instant.now().getEpochSecond();
        ChunkedUpload.Outcome outcome = ChunkedUpload.send(RestAssured.port, EVENTS, 20L * 1024 * 1024, "Content-Type: " + FORM,
                "X-Slack-Request-Timestamp: " + now, "X-Slack-Signature: v0=" + "0".repeat(64));

        assertThat(outcome.status()).as(outcome.statusLine()).isEqualTo(413);
        assertThat(outcome.bytesSent()).isLessThanOrEqualTo(SlackEventsRoute.MAX_BODY_BYTES + ChunkedUpload.UNREAD_ALLOWANCE);
        assertThat(outcome.closed()).isTrue();
    }

    @Test
    void slackAnsweringShowsAsUpInHealth() {
        Await.until("auth.test answered", Duration.ofSeconds(20),
                () -> "answering".equals(given().get(Management.url("/q/health/well")).jsonPath().getString("checks.find { it.name == 'slack' }.data.state")));
        given().get(Management.url("/q/health/well")).then().statusCode(200)
                .body("checks.find { it.name == 'slack' }.status", org.hamcrest.Matchers.is("UP"));
    }

    @Test
    void todayIsAnsweredInTheAcknowledgementWithEveryHeadline() {
        for (String[] command : List.of(new String[] {"/today", ""}, new String[] {"/briefing", "today"})) {
            String hook = hook();
            Response ack = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0TODAY01", command[0], command[1], url(hook)));

            ack.then().statusCode(200).contentType("application/json");
            assertThat(ack.jsonPath().getString("response_type")).isEqualTo("in_channel");
            assertThat(ack.jsonPath().getString("text")).isNotBlank();
            String blocks = ack.jsonPath().getString("blocks");
            assertThat(blocks).as("blocks of %s %s (await the real SlackRenderer)", command[0], command[1]).isNotNull();
            for (String headline : issue.headlines()) {
                assertThat(blocks).as("blocks of %s %s", command[0], command[1]).contains(headline);
            }
        }
    }

    @Test
    void todayFromTheArchiveAndTodayFromMemoryGiveTheSameAcknowledgement() {
        // Storing the issue emptied the cache: the first /today reads the archive on a worker, the next is answered from memory.
        assertThat(cache.<Object>peek("today:")).isEmpty();
        Response fromArchive = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0CACHE01", "/today", "", url(hook())));
        assertThat(cache.<Object>peek("today:")).isPresent();
        Response fromMemory = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0CACHE02", "/today", "", url(hook())));

        fromArchive.then().statusCode(200).contentType("application/json");
        fromMemory.then().statusCode(200).contentType("application/json");
        assertThat(fromMemory.asString()).isEqualTo(fromArchive.asString());
        assertThat(fromMemory.jsonPath().getString("response_type")).isEqualTo("in_channel");
        assertThat(fromMemory.jsonPath().getString("blocks")).contains(issue.headlines().get(0));
    }

    @Test
    void aForgedTodayIsRefusedThoughItsAnswerIsInMemory() {
        signed(FORM, SlackPayloads.slashCommand(TEAM, "C0CACHE03", "/today", "", url(hook()))).then().statusCode(200);
        assertThat(cache.<Object>peek("today:")).isPresent();
        String body = SlackPayloads.slashCommand(TEAM, "C0FORGED2", "/today", "", url(hook()));
        long now = Instant.now().getEpochSecond();

        Response forged = given().header("X-Slack-Request-Timestamp", now)
                .header("X-Slack-Signature", SlackSigner.signature("not-the-secret", now, body))
                .contentType(FORM).body(body).post(EVENTS);

        forged.then().statusCode(401);
        assertThat(forged.asString()).doesNotContain(issue.headlines().get(0));
    }

    @Test
    void requestsWithoutAValidFreshSignatureAreRefusedUnprocessed() throws InterruptedException {
        String hook = hook();
        String body = SlackPayloads.slashCommand(TEAM, "C0FORGED1", "/help", "", url(hook));
        long now = Instant.now().getEpochSecond();

        given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature("not-the-secret", now, body))
                .contentType(FORM).body(body).post(EVENTS).then().statusCode(401);
        given().header("X-Slack-Request-Timestamp", now).contentType(FORM).body(body).post(EVENTS).then().statusCode(401);
        for (long stale : new long[] {now - 600, now + 600}) {
            given().header("X-Slack-Request-Timestamp", stale)
                    .header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, stale, body))
                    .contentType(FORM).body(body).post(EVENTS).then().statusCode(401);
        }
        String altered = SlackPayloads.slashCommand(TEAM, "C0FORGED1", "/help", "search secrets", url(hook));
        given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, now, body))
                .contentType(FORM).body(altered).post(EVENTS).then().statusCode(401);
        String mention = SlackPayloads.appMention(TEAM, eventId(), "C0FORGED1", "<@UBOT> today");
        given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature("not-the-secret", now, mention))
                .contentType(JSON).body(mention).post(EVENTS).then().statusCode(401);
        // checked before anything reads the body: unsigned garbage is refused as unsigned, not as unreadable
        given().header("X-Slack-Request-Timestamp", now).contentType(JSON).body("{\"type\": [[[").post(EVENTS)
                .then().statusCode(401).contentType("application/problem+json");

        Thread.sleep(QUIET.toMillis());
        assertThat(SlackCalls.responses(slack, hook)).isEmpty();
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", "C0FORGED1")).isEmpty();
    }

    @Test
    void theUrlVerificationChallengeIsAnswered() {
        String challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";

        Response response = signed(JSON, SlackPayloads.urlVerification(challenge));

        response.then().statusCode(200);
        assertThat(response.asString()).isEqualTo(challenge);
    }

    @Test
    void aMentionIsAnsweredInItsChannelOnceThoughSlackDeliversItAgain() throws InterruptedException {
        String mention = SlackPayloads.appMention(TEAM, eventId(), "C0MENTION", "<@UBOT> today");

        signed(JSON, mention).then().statusCode(200);
        Await.until("the briefing is posted", ARRIVAL, () -> !SlackCalls.toChannel(slack, "chat.postMessage", "C0MENTION").isEmpty());
        signedRetry(mention).then().statusCode(200);

        Thread.sleep(QUIET.toMillis());
        List<Map<String, String>> posts = SlackCalls.toChannel(slack, "chat.postMessage", "C0MENTION");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("text")).isNotBlank();
        String blocks = posts.get(0).get("blocks");
        assertThat(blocks).as("blocks (await the real SlackRenderer)").isNotNull();
        for (String headline : issue.headlines()) {
            assertThat(blocks).contains(headline);
        }
    }

    @Test
    void aDirectMessageIsAnsweredAndBotMessagesAreNot() throws InterruptedException {
        signed(JSON, SlackPayloads.directMessage(TEAM, eventId(), "D0ADA0001", "help")).then().statusCode(200);
        signed(JSON, SlackPayloads.ownDirectMessage(TEAM, eventId(), "D0BOTS001", "help")).then().statusCode(200);
        signed(JSON, SlackPayloads.botMessage(TEAM, eventId(), "D0BOTS001", "help")).then().statusCode(200);

        Await.until("the help is posted", ARRIVAL, () -> !SlackCalls.toChannel(slack, "chat.postMessage", "D0ADA0001").isEmpty());
        Thread.sleep(QUIET.toMillis());
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", "D0ADA0001")).hasSize(1);
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", "D0BOTS001")).isEmpty();
    }

    @Test
    void aQuestionIsAcknowledgedAtOnceAndAnsweredWithItsSourcesThroughTheResponseUrl() {
        String hook = hook();

        Response ack = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0ASK0001", "/ask", "Why are harbour fees rising in Tianjin?", url(hook)));

        ack.then().statusCode(200);
        assertThat(ack.asString()).doesNotContain("Tianjin");
        Await.until("the answer arrives at the response_url", ARRIVAL, () -> !SlackCalls.responses(slack, hook).isEmpty());
        JsonPath answer = SlackCalls.responses(slack, hook).get(0);
        assertThat(answer.getString("response_type")).as(answer.prettify()).isEqualTo("in_channel");
        String blocks = answer.getString("blocks");
        assertThat(blocks).contains(":question: *Why are harbour fees rising in Tianjin?*")
                .contains("The port authority of Tianjin has raised its handling fees by another six percent.")
                .contains("China.Table").contains("“Tianjin raises harbour fees for the second time”")
                .contains("/article " + issue.articles().get(0).id());
    }

    @Test
    void aQuestionInAMentionIsAnsweredInItsThreadWhereFollowUpsKeepItsContext() {
        signed(JSON, SlackPayloads.appMention(TEAM, eventId(), "C0THREAD1", "<@UBOT> harbour fees in Tianjin?")).then().statusCode(200);
        Await.until("the answer is posted", ARRIVAL, () -> !SlackCalls.toChannel(slack, "chat.postMessage", "C0THREAD1").isEmpty());
        Map<String, String> answer = SlackCalls.toChannel(slack, "chat.postMessage", "C0THREAD1").get(0);
        assertThat(answer.get("thread_ts")).as("answered in the thread of the question").isEqualTo("1764400000.000300");
        assertThat(answer.get("blocks")).contains("Tianjin raises harbour fees for the second time");

        signed(JSON, SlackPayloads.appMentionInThread(TEAM, eventId(), "C0THREAD1", "<@UBOT> who pays the surcharge?",
                "1764400000.000300")).then().statusCode(200);
        Await.until("the follow-up is answered", ARRIVAL, () -> SlackCalls.toChannel(slack, "chat.postMessage", "C0THREAD1").size() == 2);
        Map<String, String> followUp = SlackCalls.toChannel(slack, "chat.postMessage", "C0THREAD1").get(1);
        assertThat(followUp.get("thread_ts")).isEqualTo("1764400000.000300");
        assertThat(followUp.get("blocks")).contains("who pays the surcharge? harbour fees in Tianjin?")
                .contains("Importers in Hamburg and Rotterdam expect the surcharge to appear on invoices from January.");
    }

    @Test
    void anArticleIsAcknowledgedAtOnceAndArrivesAtTheResponseUrl() {
        IssueJson.ArticleJson article = issue.articles().get(0);
        String hook = hook();

        Response ack = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0ARTICLE", "/article", Long.toString(article.id()), url(hook)));

        ack.then().statusCode(200);
        assertThat(ack.asString()).doesNotContain(article.title());
        Await.until("the article arrives at the response_url", ARRIVAL, () -> !SlackCalls.responses(slack, hook).isEmpty());
        JsonPath first = SlackCalls.responses(slack, hook).get(0);
        assertThat(first.getString("response_type")).isEqualTo("in_channel");
        assertThat(first.getString("text") + first.getString("blocks")).contains(article.title());
    }

    @Test
    void aRateLimitedPostIsSentAgainAfterTheWaitSlackAsksFor() {
        slack.stubFor(post(urlEqualTo(SlackApiStandIn.method("chat.postMessage")))
                .withFormParam("channel", equalTo("C0RATE001"))
                .inScenario("rate limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("waited"));
        double rateLimitedBefore = counter("briefbot_platform_429_total");
        double failedBefore = counter("briefbot_replies_failed_total");

        signed(JSON, SlackPayloads.appMention(TEAM, eventId(), "C0RATE001", "<@UBOT> tags")).then().statusCode(200);

        Await.until("the post is sent again after the wait", ARRIVAL,
                () -> SlackCalls.toChannel(slack, "chat.postMessage", "C0RATE001").size() == 2);
        assertThat(counter("briefbot_platform_429_total")).isEqualTo(rateLimitedBefore + 1);
        assertThat(counter("briefbot_replies_failed_total")).isEqualTo(failedBefore);
    }

    @Test
    void aButtonPressIsAnsweredThroughTheResponseUrl() {
        String hook = hook();

        signed(FORM, SlackPayloads.blockAction(TEAM, "C0BUTTON1", "1764400000.000700", "/article " + issue.articles().get(0).id(),
                url(hook))).then().statusCode(200);

        Await.until("the answer arrives at the response_url", ARRIVAL, () -> !SlackCalls.responses(slack, hook).isEmpty());
        JsonPath answer = SlackCalls.responses(slack, hook).get(0);
        assertThat(answer.getString("response_type")).isEqualTo("in_channel");
        assertThat(answer.getString("text")).isNotBlank();
    }

    @Test
    void aSlashCommandTheAppDoesNotKnowGetsTheHelpHintForItsSenderAlone() {
        Response ack = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0UNKNOWN", "/newsdesk", "what is new", url(hook())));

        ack.then().statusCode(200).contentType("application/json");
        assertThat(ack.jsonPath().getString("response_type")).isEqualTo("ephemeral");
        assertThat(ack.jsonPath().getString("text")).contains("I don't know the command “newsdesk”").contains("/help");
        assertThat(ack.jsonPath().getString("blocks")).contains("/help");
    }

    @Test
    void noticesAndTheHelpOnlyTheSenderSeesBriefingsAnswersAndListsTheChannel() {
        Response unreadableDay = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/issue", "someday", url(hook())));
        assertThat(unreadableDay.jsonPath().getString("response_type")).isEqualTo("ephemeral");
        assertThat(unreadableDay.jsonPath().getString("text")).contains("someday");
        Response help = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/help", "", url(hook())));
        assertThat(help.jsonPath().getString("response_type")).isEqualTo("ephemeral");
        Response tags = signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/tags", "", url(hook())));
        assertThat(tags.jsonPath().getString("response_type")).isEqualTo("in_channel");

        String nothingFound = hook();
        signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/search", "zeppelin", url(nothingFound))).then().statusCode(200);
        String found = hook();
        signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/search", "Tianjin", url(found))).then().statusCode(200);
        String noAnswer = hook();
        signed(FORM, SlackPayloads.slashCommand(TEAM, "C0NOTICE1", "/ask", "Who won the Bundesliga?", url(noAnswer))).then().statusCode(200);
        String pastTheEnd = hook();
        signed(FORM, SlackPayloads.blockAction(TEAM, "C0NOTICE1", "1764400000.000900", "/search Tianjin #9", url(pastTheEnd)))
                .then().statusCode(200);

        Await.until("every answer arrives at its response_url", ARRIVAL, () -> List.of(nothingFound, found, noAnswer, pastTheEnd)
                .stream().noneMatch(hook -> SlackCalls.responses(slack, hook).isEmpty()));
        assertThat(SlackCalls.responses(slack, nothingFound).get(0).getString("response_type")).isEqualTo("ephemeral");
        assertThat(SlackCalls.responses(slack, nothingFound).get(0).getString("text")).contains("zeppelin");
        assertThat(SlackCalls.responses(slack, found).get(0).getString("response_type")).isEqualTo("in_channel");
        assertThat(SlackCalls.responses(slack, noAnswer).get(0).getString("response_type")).isEqualTo("ephemeral");
        assertThat(SlackCalls.responses(slack, noAnswer).get(0).getString("text")).contains("Nothing in the archive");
        assertThat(SlackCalls.responses(slack, pastTheEnd).get(0).getString("response_type")).isEqualTo("ephemeral");
        assertThat(SlackCalls.responses(slack, pastTheEnd).get(0).getString("text")).contains("past the end");
    }

    @Test
    void aNoticeToAMentionInAChannelGoesToItsWriterAlone() throws InterruptedException {
        signed(JSON, SlackPayloads.appMention(TEAM, eventId(), "C0MENTION2", "<@UBOT> search zeppelin")).then().statusCode(200);

        Await.until("the notice is posted", ARRIVAL, () -> !SlackCalls.toChannel(slack, "chat.postEphemeral", "C0MENTION2").isEmpty());
        Map<String, String> notice = SlackCalls.toChannel(slack, "chat.postEphemeral", "C0MENTION2").get(0);
        assertThat(notice.get("text")).contains("zeppelin");
        assertThat(notice.get("user")).isEqualTo("U0ADA0001");
        Thread.sleep(QUIET.toMillis());
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", "C0MENTION2")).isEmpty();
    }

    @Test
    void aTeamNotEnabledIsToldSoAndNothingElse() throws InterruptedException {
        String hook = hook();

        Response ack = signed(FORM, SlackPayloads.slashCommand(OTHER_TEAM, "C0ELSEWHR", "/today", "", url(hook)));
        signed(JSON, SlackPayloads.appMention(OTHER_TEAM, eventId(), "C0ELSEWHR", "<@UBOT> today")).then().statusCode(200);

        ack.then().statusCode(200);
        assertThat(ack.jsonPath().getString("response_type")).isEqualTo("ephemeral");
        assertThat(ack.jsonPath().getString("text")).contains("not enabled").contains(OTHER_TEAM).doesNotContain(issue.headlines().get(0));
        Await.until("the mention is answered with a notice", ARRIVAL,
                () -> !SlackCalls.toChannel(slack, "chat.postEphemeral", "C0ELSEWHR").isEmpty());
        assertThat(SlackCalls.toChannel(slack, "chat.postEphemeral", "C0ELSEWHR").get(0).get("text")).contains("not enabled");
        Thread.sleep(QUIET.toMillis());
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", "C0ELSEWHR")).isEmpty();
        assertThat(SlackCalls.responses(slack, hook)).isEmpty();
    }

    private Response signed(String contentType, String body) {
        long now = Instant.now().getEpochSecond();
        return given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, now, body))
                .contentType(contentType).body(body).post(EVENTS);
    }

    /** Slack's redelivery after a late acknowledgement: freshly signed, same event_id. */
    private Response signedRetry(String body) {
        long now = Instant.now().getEpochSecond();
        return given().header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, now, body))
                .header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout")
                .contentType(JSON).body(body).post(EVENTS);
    }

    private double counter(String name) {
        return meters.counter(name, "platform", "slack").count();
    }

    private String url(String hookPath) {
        return slack.baseUrl() + hookPath;
    }

    private static String hook() {
        return "/hooks/commands/" + TEAM + "/" + IDS.incrementAndGet() + "/x7Zq4RweS0fHb2";
    }

    private static String eventId() {
        return "Ev0" + Integer.toString(100_000 + IDS.incrementAndGet());
    }
}
