package io.briefbot.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.FloodLimitedBotApi;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged briefbots on one PostgreSQL, fanning one issue out to the same Telegram chats at once: each
 * chat gets it once; and when one of them is killed with SIGKILL mid fan-out, the other takes its rows over
 * after their lease and nothing is lost, with at most the messages in flight at the kill posted twice.
 */
class DeliveryReplicasIT {

    private static final String TOKEN = "424242:replicas-stand-in";
    private static final int CHATS = 240;
    private static final int WORKERS = 2;
    private static final String DAY = "2026-12-01";
    // 08:00:30 in Berlin that day
    private static final String SLOT = "2026-12-01T07:00:30Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Replicas replicas;
    private WireMockServer telegram;
    private final FloodLimitedBotApi api = new FloodLimitedBotApi(25, 1);

    @BeforeEach
    void start() throws Exception {
        replicas = Replicas.start(temp);
        telegram = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(api));
        telegram.start();
        answer("getMe", "{\"ok\":true,\"result\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"briefbot\",\"username\":\"briefbot_test_bot\"}}");
        answer("setMyCommands", "{\"ok\":true,\"result\":true}");
        answer("setWebhook", "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/sendMessage")).willReturn(aResponse().withTransformers(FloodLimitedBotApi.NAME)));
    }

    @AfterEach
    void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
        if (telegram != null) {
            telegram.stop();
        }
    }

    @Test
    void twoReplicasRacingPostEachChatOnce() throws Exception {
        BriefbotProcess a = replica("a");
        BriefbotProcess b = replica("b");
        publishAndSubscribe(a);

        CompletableFuture<HttpResponse<String>> runA = run(a);
        CompletableFuture<HttpResponse<String>> runB = run(b);
        int sentByA = sent(runA.get());
        int sentByB = sent(runB.get());
        runUntilNothingPending(a);

        assertThat(sentByA).as("A took part").isPositive();
        assertThat(sentByB).as("B took part").isPositive();
        assertThat(api.received()).hasSize(CHATS).allSatisfy((chat, messages) -> assertThat(messages).as(chat).isEqualTo(1));
    }

    @Test
    void aReplicaKilledMidFanOutLosesNothing() throws Exception {
        BriefbotProcess a = replica("a");
        BriefbotProcess b = replica("b");
        publishAndSubscribe(a);

        CompletableFuture<HttpResponse<String>> runB = run(b);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (api.calls() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(api.calls()).as("B started its fan-out").isGreaterThanOrEqualTo(40);
        b.killHard();
        assertThat(runB).failsWithin(Duration.ofSeconds(10));
        int beforeTakeOver = api.received().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(beforeTakeOver).as("the kill came mid fan-out").isLessThan(CHATS);

        // B's claimed rows come free when their lease (3 s) runs out
        Thread.sleep(3_500);
        runUntilNothingPending(a);

        assertThat(api.received()).hasSize(CHATS);
        int duplicates = api.received().values().stream().mapToInt(Integer::intValue).sum() - CHATS;
        assertThat(duplicates).as("at most the messages in flight at the kill, one per worker").isBetween(0, WORKERS);
    }

    private BriefbotProcess replica(String name) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("BRIEFBOT_DELIVERY_WORKERS", Integer.toString(WORKERS));
        env.put("BRIEFBOT_DELIVERY_LEASE", "3s");
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("TELEGRAM_WEBHOOK_URL", "https://briefbot.example.org/telegram/webhook");
        env.put("TELEGRAM_WEBHOOK_SECRET", "replicas-webhook-secret");
        env.put("BRIEFBOT_TELEGRAM_CHATS", "*");
        return replicas.replica(name, env);
    }

    private void publishAndSubscribe(BriefbotProcess replica) throws Exception {
        Replicas.store(replica, DAY, FixtureIssues.text(FixtureIssues.uniqueTopic("Replicas"), FixtureIssues.uniqueTitle("Replicated")));
        try (Connection db = replicas.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO subscription (platform, chat_id, local_time, zone_id, days,"
                     + " created_by, created_at) VALUES ('telegram', ?, '08:00', 'Europe/Berlin', 'daily', 'replicas-it', '2026-11-01T00:00:00Z')")) {
            for (int chat = 0; chat < CHATS; chat++) {
                insert.setString(1, Long.toString(7_000_000L + chat));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static CompletableFuture<HttpResponse<String>> run(BriefbotProcess replica) {
        return Replicas.run(replica, SLOT);
    }

    /** Passes (each waiting out its 429s' retry_after first) until the ledger has nothing pending for the day. */
    private void runUntilNothingPending(BriefbotProcess replica) throws Exception {
        for (int pass = 0; pass < 20; pass++) {
            HttpResponse<String> summary = run(replica).get();
            assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
            JsonNode day = JSON.readTree(Replicas.get(replica, "/api/admin/deliveries?date=" + DAY).body());
            if (day.path("pending").isEmpty()) {
                assertThat(day.path("sent")).hasSize(CHATS);
                assertThat(day.path("failed")).isEmpty();
                return;
            }
            Thread.sleep(1_100);
        }
        throw new AssertionError("deliveries still pending after 20 passes");
    }

    private static int sent(HttpResponse<String> summary) throws Exception {
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        return JSON.readTree(summary.body()).path("sent").asInt();
    }

    private void answer(String method, String json) {
        telegram.stubFor(post(urlEqualTo("/bot" + TOKEN + "/" + method)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }
}
