package io.briefbot.chat.telegram;

import static io.briefbot.chat.telegram.TelegramAllowListProfile.LISTED_CHAT;
import static io.briefbot.chat.telegram.TelegramAllowListProfile.LISTED_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.delivery.ChatMoved;
import io.briefbot.delivery.Days;
import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.DeliveryIssues;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Ledgers;
import io.briefbot.delivery.PassSummary;
import io.briefbot.delivery.Posting;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.MovedChats;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Daily posts and tag alerts through delivery's fan-out and the real Telegram outlet against the stand-in: only chats
 * the allow-list names get them, and links in them are what the renderer lets through.
 */
@QuarkusTest
@TestProfile(TelegramAllowListProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramDailyPostsTest {

    private static final long REMOVED_CHAT = 4_100_009;
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private static final Instant SLOT = DAY.atTime(7, 30).toInstant(ZoneOffset.UTC);

    WireMockServer telegram;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    TelegramOutlet outlet;

    @Inject
    MovedChats moved;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        telegram.resetRequests();
    }

    @Test
    void aChatTakenOffTheAllowListGetsNeitherItsDailyPostNorItsAlertsWhileAListedOneGetsBoth() {
        for (long chat : List.of(LISTED_CHAT, REMOVED_CHAT)) {
            Ledgers.subscribe("telegram", Long.toString(chat), null, "07:30", "UTC", Days.DAILY, null);
            Ledgers.follow("telegram", Long.toString(chat), null, "Ports");
        }
        DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Listed"), DAY, "as of " + DAY,
                DeliveryIssues.piece("Quay cranes", "Ports"));
        Await.until("the tag alerts are queued", Duration.ofSeconds(10), () -> Ledgers.all().size() == 2);
        double forbiddenBefore = Ledgers.counted(meters, "forbidden", "telegram");

        PassSummary summary = deliveries.runAt(SLOT);

        assertThat(TelegramCalls.toChat(telegram, "sendMessage", REMOVED_CHAT)).isEmpty();
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.forbidden()).isEqualTo(2);
        assertThat(Ledgers.all()).hasSize(4).allSatisfy(row -> {
            boolean listed = row.chatId.equals(Long.toString(LISTED_CHAT));
            assertThat(row.state).isEqualTo((listed ? Delivery.State.SENT : Delivery.State.FORBIDDEN).word());
            if (!listed) {
                assertThat(row.lastError).isEqualTo("chat " + REMOVED_CHAT + " is not in BRIEFBOT_TELEGRAM_CHATS");
            }
        });
        assertThat(Ledgers.counted(meters, "forbidden", "telegram")).isEqualTo(forbiddenBefore + 2);
    }

    @Test
    void aListedGroupUpgradedToASupergroupOffTheListIsNotPostedToThere() {
        long supergroup = -1_004_100_099L;
        TelegramApiStandIn.answer(telegram, "sendMessage", LISTED_GROUP, 400, "{\"ok\":false,\"error_code\":400,\"description\":"
                + "\"Bad Request: group chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + supergroup + "}}");

        Posting posting = outlet.send(new Destination("telegram", Long.toString(LISTED_GROUP), null), new TelegramMessage("Moved", List.of()));

        assertThat(posting.result()).isEqualTo(Posting.Result.FORBIDDEN);
        assertThat(posting.error()).isEqualTo("chat " + supergroup + " is not in BRIEFBOT_TELEGRAM_CHATS");
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", supergroup)).isEmpty();
        assertThat(moved.all()).contains(new ChatMoved("telegram", Long.toString(LISTED_GROUP), Long.toString(supergroup)));
    }

    @Test
    void anIngestedArticleWhoseLinkCarriesHtmlReachesTheChatWithItEncodedInsideTheHref() {
        String title = FixtureIssues.uniqueTitle("Linked");
        DeliveryIssues.storeLinked(ingestor, DAY, title, "https://evil.example/&quot;&gt;&lt;b&gt;Official&lt;/b&gt;");
        Ledgers.subscribe("telegram", Long.toString(LISTED_CHAT), null, "07:30", "UTC", Days.DAILY, null);

        deliveries.runAt(SLOT);

        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT)).extracting(call -> call.get("text"))
                .anySatisfy(text -> assertThat(text).contains("<a href=\"https://evil.example/%22%3E%3Cb%3EOfficial%3C/b%3E\">" + title + "</a>"))
                .noneSatisfy(text -> assertThat(text).contains("<b>Official</b>"));
    }
}
