package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.telegram.TelegramDigestProfile.MANAGER;
import static io.briefbot.delivery.DeliveryIssues.piece;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.chat.SettableClock;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.DeliveryIssues;
import io.briefbot.delivery.Ledgers;
import io.briefbot.delivery.ReplicaPass;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.TrendChart;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.Png;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weekly digest end to end on Telegram: made by /digest, queued by delivery passes in Berlin time across the end of
 * summer time, sent through the real outlet to the Bot API stand-in as text messages and a photo upload; and a muted
 * chat, which gets neither digest nor daily post nor tag alert and is not caught up after /unmute.
 */
@QuarkusTest
@TestProfile(TelegramDigestProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramDigestTest {

    private static final long CHAT = -1_004_200_001L;
    /** Wednesday 14 October 2026, 12:00 in Berlin: when the digest is made. */
    private static final Instant MADE = Instant.parse("2026-10-14T10:00:00Z");
    /** Monday 19 October 2026, 08:00 in Berlin, summer time (UTC+2). */
    private static final Instant FIRST = Instant.parse("2026-10-19T06:00:00Z");
    /** Monday 26 October 2026, 08:00 in Berlin: the clocks went back on Sunday, so UTC+1. */
    private static final Instant SECOND = Instant.parse("2026-10-26T07:00:00Z");

    WireMockServer telegram;

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
        telegram.resetRequests();
        clock.set(MADE);
    }

    @Test
    void theDigestGoesOutOnceAtEightLocalOnBothSidesOfTheClockChangeWithTheWeeksCountsAndAChart() throws Exception {
        assertThat(command("/digest weekly")).contains("Weekly digest: the week's issues on Mondays at 08:00 Europe/Berlin",
                "Next: Monday, 19 October 2026 at 08:00 Europe/Berlin");
        command("/follow Cyber");
        command("/watch levy");
        assertThat(command("/subscriptions")).contains("Weekly digest: the week's issues on Mondays at 08:00 Europe/Berlin; "
                + "next: Monday, 19 October 2026 at 08:00 Europe/Berlin.");
        storeTheTwoWeeks();

        pass(FIRST);
        assertThat(Ledgers.of("tag_alert")).as("stored too late for alerts").isEmpty();
        assertThat(photos()).hasSize(1);
        assertThat(texts()).anySatisfy(text -> assertThat(text).contains("Ports 3 (new)", "Trade 2 (new)", "Cyber 1 (new)"));
        telegram.resetRequests();

        pass(SECOND.minus(Duration.ofHours(1)));
        assertThat(Ledgers.of("digest")).as("07:00 in Berlin, 08:00 had summer time lasted").hasSize(1);

        clock.set(SECOND);
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> ReplicaPass.run("replica-a", SECOND));
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> ReplicaPass.run("replica-b", SECOND));
        CompletableFuture.allOf(a, b).get();
        pass(SECOND.plus(Duration.ofMinutes(5)));

        List<Delivery> digests = Ledgers.of("digest");
        assertThat(digests).extracting(row -> row.editionDate).containsExactly(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-10-26"));
        assertThat(digests).extracting(row -> row.dueAt).containsExactly(FIRST, SECOND);
        assertThat(digests).allSatisfy(row -> assertThat(row.state).isEqualTo(Delivery.State.SENT.word()));
        assertThat(photos()).as("one chart, however many passes and replicas").hasSize(1);
        String text = String.join("\n", texts());
        assertThat(text).contains("19 Oct 2026 to 25 Oct 2026", "Cyber 4 (▲3)", "Ports 1 (▼2)", "Rail 2 (new)", "Trade 2 (=)",
                "Ransomware at the terminal", "Phishing", "Firewall", "Botnet", "Levies").doesNotContain("Freight trains", "Quay cranes", "Customs");
        assertThat(String.join("\n", calls("sendMessage").stream().map(call -> call.getOrDefault("reply_markup", "")).toList()))
                .contains("/issue 2026-10-20 ", "/issue 2026-10-22 ", "/issue 2026-10-25 ").doesNotContain("/issue 2026-10-13");

        Map<String, Request.Part> photo = parts(photos().get(0));
        Png.assertPng(photo.get("photo").getBody().asBytes(), TrendChart.WIDTH, TrendChart.HEIGHT);
        assertThat(text(photo.get("caption"))).contains("Cyber: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4; 5 in all");
    }

    @Test
    void digestOffStopsItAndSubscriptionsNoLongerListIt() {
        assertThat(command("/digest weekly Freitag 16:00 China.Table"))
                .contains("the week of China.Table on Fridays at 16:00 Europe/Berlin", "Next: Friday, 16 October 2026 at 16:00");
        assertThat(command("/digest off")).isEqualTo("Weekly digest stopped.");
        assertThat(command("/subscriptions")).doesNotContain("Weekly digest");

        pass(Instant.parse("2026-10-16T14:00:00Z"));

        assertThat(Ledgers.of("digest")).isEmpty();
        assertThat(command("/digest off")).isEqualTo("This chat gets no weekly digest.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/digest | Say /digest weekly [day] [HH:MM] [Area/City] [publication], or /digest off.",
            "/digest daily | Say /digest weekly [day] [HH:MM] [Area/City] [publication], or /digest off.",
            "/digest weekly weekdays | A digest comes once a week: give its day, as in /digest weekly friday 16:00.",
            "/digest weekly 25:00 | “25:00” is not a time of day. Give it as HH:MM, as in /digest weekly friday 07:30.",
            "/digest off now | /digest off takes nothing after it: it ends this chat's weekly digest."})
    void badArgumentsAreRefusedWithWhyAndNothingIsStored(String line, String error) {
        assertThat(command(line)).isEqualTo(error);
        assertThat(command("/subscriptions")).doesNotContain("Weekly digest");
    }

    @Test
    void aMutedChatGetsNoDailyPostNoDigestAndNoTagAlertAndIsNotCaughtUpAfterUnmute() {
        command("/subscribe 07:30");
        command("/digest weekly");
        command("/follow Cyber");
        clock.set(Instant.parse("2026-10-19T05:00:00Z"));
        assertThat(command("/mute 1d")).startsWith("Muted until Tuesday, 20 October 2026 at 07:00 Europe/Berlin");
        DeliveryIssues.storeOn(ingestor, "2026-10-19", piece("Ransomware at the lock", "Cyber"));
        Await.until("the tag alert is queued", Duration.ofSeconds(10), () -> Ledgers.of("tag_alert").size() == 1);

        pass(FIRST);

        assertThat(Ledgers.all()).extracting(row -> row.kind).containsExactlyInAnyOrder("daily", "digest", "tag_alert");
        assertThat(Ledgers.all()).allSatisfy(row -> {
            assertThat(row.state).isEqualTo(Delivery.State.SKIPPED.word());
            assertThat(row.lastError).startsWith("muted until 2026-10-20T05:00:00Z");
        });
        assertThat(texts()).isEmpty();
        assertThat(photos()).isEmpty();

        assertThat(command("/unmute")).doesNotContain("not muted");
        pass(FIRST.plus(Duration.ofHours(1)));

        assertThat(texts()).as("nothing caught up").isEmpty();
        assertThat(photos()).isEmpty();
        assertThat(Ledgers.all()).hasSize(3).allSatisfy(row -> assertThat(row.state).isEqualTo(Delivery.State.SKIPPED.word()));
    }

    /** 12 to 18 October, then 19 to 25 October, the Sunday the clocks go back; stored too late for tag alerts. */
    /** Stored weeks after their days: too late for alerts, however long after the store their queueing runs. */
    private void storeTheTwoWeeks() throws InterruptedException {
        Instant before = clock.instant();
        CountDownLatch queueing = Ledgers.holdIngestQueueing(deliveries);
        clock.set(Instant.parse("2026-11-10T10:00:00Z"));
        DeliveryIssues.storeOn(ingestor, "2026-10-13", piece("Quay cranes", "Ports"), piece("Dredging", "Ports"), piece("Locks", "Ports"), piece("Tariffs", "Trade"),
                piece("Leak", "Cyber"));
        DeliveryIssues.storeOn(ingestor, "2026-10-15", piece("Quotas", "Trade"));
        DeliveryIssues.storeOn(ingestor, "2026-10-20", piece("Ransomware at the terminal", "Cyber", "Ports"), piece("Phishing", "Cyber"));
        DeliveryIssues.storeOn(ingestor, "2026-10-22", piece("Firewall", "Cyber"), piece("Botnet", "Cyber"), piece("Freight trains", "Rail"));
        DeliveryIssues.storeOn(ingestor, "2026-10-25", piece("Sleepers", "Rail"), piece("Levies", "Trade"), piece("Customs", "Trade"));
        clock.set(before);
        queueing.countDown();
        Ledgers.afterIngests(deliveries);
    }

    private void pass(Instant at) {
        clock.set(at);
        deliveries.runAt(at);
    }

    private String command(String line) {
        return ((NoticeReply) router.handle(new ChatRequest(Platform.TELEGRAM, null, Long.toString(CHAT), MANAGER, line))).text();
    }

    private List<Map<String, String>> calls(String method) {
        return TelegramCalls.toChat(telegram, method, CHAT);
    }

    private List<String> texts() {
        return calls("sendMessage").stream().map(call -> call.get("text")).toList();
    }

    private List<LoggedRequest> photos() {
        return telegram.findAll(postRequestedFor(urlEqualTo(TelegramApiStandIn.path("sendPhoto")))).stream()
                .filter(upload -> text(parts(upload).get("chat_id")).equals(Long.toString(CHAT))).toList();
    }

    private static Map<String, Request.Part> parts(LoggedRequest upload) {
        return upload.getParts().stream().collect(Collectors.toMap(Request.Part::getName, Function.identity()));
    }

    private static String text(Request.Part part) {
        return new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
    }
}
