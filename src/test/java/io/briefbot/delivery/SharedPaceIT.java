package io.briefbot.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.PacedBotApi;
import io.briefbot.testing.PacedSlackApi;
import io.briefbot.testing.PlatformLimits;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three packaged briefbots on one PostgreSQL fan the day's issues out at once to 150 Telegram chats and 40 Slack
 * channels, one to three posts each, against stand-ins that hold them to the platforms' limits as messages arrive,
 * answering 429 beyond them: Telegram 30 messages a second over all chats, one a second to a private chat and one
 * every 3 s to a group; Slack one a second to a channel and 10 a second over all. The replicas keep one pace
 * between them: no 429, every post once, also to chats whose posts went out from different replicas.
 */
class SharedPaceIT {

    private static final String TOKEN = "424242:shared-pace-stand-in";
    private static final String DAY = "2026-12-01";
    // 08:00:30 in Berlin that day
    private static final String SLOT = "2026-12-01T07:00:30Z";
    private static final int TELEGRAM_CHATS = 150;
    private static final int SLACK_CHANNELS = 40;
    private static final int PUBLICATIONS = 3;
    private static final List<String> REPLICAS = List.of("a", "b", "c");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Replicas replicas;
    private static WireMockServer platforms;
    private static final PacedBotApi telegram = new PacedBotApi();
    private static final PacedSlackApi slack = new PacedSlackApi();
    private static final Map<String, Integer> sentBy = new HashMap<>();

    @BeforeAll
    static void fanOutFromThreeReplicas() throws Exception {
        replicas = Replicas.start(temp);
        platforms = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(telegram, slack));
        platforms.start();
        standIn("/bot" + TOKEN + "/sendMessage", aResponse().withTransformers(PacedBotApi.NAME));
        standIn("/bot" + TOKEN + "/getMe", ok("{\"ok\":true,\"result\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"briefbot\","
                + "\"username\":\"briefbot_test_bot\"}}"));
        standIn("/bot" + TOKEN + "/(setMyCommands|setWebhook)", ok("{\"ok\":true,\"result\":true}"));
        standIn("/api/chat.postMessage", aResponse().withTransformers(PacedSlackApi.NAME));
        standIn("/api/auth.test", ok("{\"ok\":true,\"url\":\"https://pace-test.slack.com/\",\"team\":\"Pace Test\",\"user\":\"briefbot\","
                + "\"team_id\":\"T0PACE001\",\"user_id\":\"UBOT\",\"bot_id\":\"B0BOT0001\",\"is_enterprise_install\":false}"));

        List<BriefbotProcess> started = new ArrayList<>();
        for (String name : REPLICAS) {
            started.add(replicas.replica(name, platformsFor(name)));
        }
        List<String> telegramPublications = new ArrayList<>();
        List<String> slackPublications = new ArrayList<>();
        for (int i = 0; i < PUBLICATIONS; i++) {
            telegramPublications.add(publish(started.get(0), "Telegram-pace"));
            slackPublications.add(publish(started.get(0), "Slack-pace"));
        }
        try (Connection db = replicas.connect()) {
            subscribe(db, "telegram", telegramChats(), telegramPublications);
            subscribe(db, "slack", slackChannels(), slackPublications);
        }

        List<CompletableFuture<HttpResponse<String>>> runs = started.stream().map(replica -> Replicas.run(replica, SLOT)).toList();
        for (int i = 0; i < runs.size(); i++) {
            HttpResponse<String> summary = runs.get(i).get();
            assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
            sentBy.put(REPLICAS.get(i), JSON.readTree(summary.body()).path("sent").asInt());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
        if (platforms != null) {
            platforms.stop();
        }
    }

    @Test
    void telegramGetsNoMoreThanItsLimitsFromAllReplicasTogether() throws Exception {
        assertKept(telegram.limits(), "telegram", telegramChats());
    }

    @Test
    void slackGetsNoMoreThanItsLimitsFromAllReplicasTogether() throws Exception {
        assertKept(slack.limits(), "slack", slackChannels());
    }

    @Test
    void everyReplicaTookPart() {
        assertThat(sentBy).as("deliveries sent by each replica").hasSize(REPLICAS.size()).allSatisfy((replica, sent) -> assertThat(sent).isPositive());
    }

    private static void assertKept(PlatformLimits limits, String platform, List<String> chats) throws Exception {
        assertThat(limits.overRate()).as("429s for the rate over all chats (%s; sent by replica %s)", limits, sentBy).isZero();
        assertThat(limits.overChatGap()).as("429s for a chat's gap (%s)", limits).isZero();
        Map<String, Integer> posted = postedByLedger(platform);
        assertThat(posted).as("the ledger's sent posts per chat").hasSize(chats.size());
        for (int i = 0; i < chats.size(); i++) {
            assertThat(posted.get(chats.get(i))).as("posts to " + chats.get(i)).isEqualTo(1 + i % PUBLICATIONS);
        }
        assertThat(limits.received()).as("what each chat received, as the ledger has it").isEqualTo(posted);
        assertThat(limits.senders().values()).as("chats whose posts came from more than one replica")
                .anyMatch(senders -> new HashSet<>(senders).size() > 1);
    }

    /** Sent messages per chat, by the ids the ledger recorded; fails on a row left unsent. */
    private static Map<String, Integer> postedByLedger(String platform) throws Exception {
        Map<String, Integer> posted = new HashMap<>();
        try (Connection db = replicas.connect();
             PreparedStatement rows = db.prepareStatement("select chat_id, state, cardinality(message_ids) from delivery where platform = ?")) {
            rows.setString(1, platform);
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    assertThat(row.getString(2)).as("delivery to " + row.getString(1)).isEqualTo("sent");
                    posted.merge(row.getString(1), row.getInt(3), Integer::sum);
                }
            }
        }
        return posted;
    }

    /** Private chats, and every tenth a supergroup (negative id). */
    private static List<String> telegramChats() {
        List<String> chats = new ArrayList<>();
        for (int i = 0; i < TELEGRAM_CHATS; i++) {
            chats.add(i % 10 == 0 ? Long.toString(-1_008_100_000L - i) : Long.toString(8_100_000L + i));
        }
        return chats;
    }

    private static List<String> slackChannels() {
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < SLACK_CHANNELS; i++) {
            channels.add(String.format("C0PACE%03d", i));
        }
        return channels;
    }

    /** The i-th chat subscribes to the first 1 + i % 3 publications: a chat's posts sit side by side in the ledger. */
    private static void subscribe(Connection db, String platform, List<String> chats, List<String> publications) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO subscription (platform, chat_id, workspace, local_time, zone_id,"
                + " days, publication, created_by, created_at) VALUES (?, ?, ?, '08:00', 'Europe/Berlin', 'daily', ?, 'shared-pace-it',"
                + " '2026-11-01T00:00:00Z')")) {
            for (int i = 0; i < chats.size(); i++) {
                for (int p = 0; p <= i % PUBLICATIONS; p++) {
                    insert.setString(1, platform);
                    insert.setString(2, chats.get(i));
                    insert.setString(3, platform.equals("slack") ? "T0PACE001" : null);
                    insert.setString(4, publications.get(p));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Stores an issue of a new publication; returns the publication's name. */
    private static String publish(BriefbotProcess replica, String prefix) throws Exception {
        String topic = FixtureIssues.uniqueTopic(prefix);
        Replicas.store(replica, DAY, FixtureIssues.text(topic, FixtureIssues.uniqueTitle("Paced")));
        return topic + ".Table";
    }

    /** Each replica reaches the stand-ins under a path of its own, which tells the stand-ins who sent what. */
    private static Map<String, String> platformsFor(String replica) {
        return Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", platforms.baseUrl() + "/" + replica,
                "TELEGRAM_WEBHOOK_URL", "https://briefbot.example.org/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET", "shared-pace-webhook-secret",
                "BRIEFBOT_TELEGRAM_CHATS", "*",
                "SLACK_BOT_TOKEN", "shared-pace-bot-token",
                "SLACK_SIGNING_SECRET", "5f7a3e1d9c2b4a6f8e0d1c3b5a7f9e2d",
                "SLACK_API_URL", platforms.baseUrl() + "/" + replica + "/api/");
    }

    private static void standIn(String path, ResponseDefinitionBuilder answer) {
        platforms.stubFor(post(urlPathMatching("/[a-z]+" + path.replace(".", "\\."))).willReturn(answer));
    }

    private static ResponseDefinitionBuilder ok(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }
}
