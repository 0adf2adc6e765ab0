package io.briefbot.chat.telegram;

import static io.briefbot.chat.telegram.TelegramAllowListProfile.LISTED_CHAT;
import static io.briefbot.chat.telegram.TelegramAllowListProfile.LISTED_GROUP;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Watch alerts through the ledger, the fan-out and the real Telegram outlet against the stand-in: one message per issue
 * and chat listing what matched, the words in bold and the parts cited; edited when the issue is corrected; none to a
 * muted chat.
 */
@QuarkusTest
@TestProfile(TelegramAllowListProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramWatchAlertsTest {

    private static final String CHAT = Long.toString(LISTED_CHAT);
    private static final String GROUP = Long.toString(LISTED_GROUP);
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private static final Instant SLOT = DAY.atTime(7, 30).toInstant(ZoneOffset.UTC);

    WireMockServer telegram;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    Mutes mutes;

    @BeforeEach
    void empty() {
        Ledgers.clear();
        telegram.resetRequests();
    }

    @Test
    void aWatchFiresOnceForAMatchingHeadlineAndOnceForAMatchingArticleAndNotForAnIssueWithoutTheWords() {
        Ledgers.watch("telegram", CHAT, null, "dredging");
        Ledgers.watch("telegram", GROUP, null, "zeppelin");
        String without = FixtureIssues.uniqueTopic("Without");
        String headlined = FixtureIssues.uniqueTopic("Headlined");
        String inArticle = FixtureIssues.uniqueTopic("Article");
        WatchIssues.store(ingestor, without, DAY, "Rail office publishes its autumn timetable", WatchIssues.PLAIN_EDITORIAL,
                "Quay cranes get a register", "Operators must report each lift to the port authority.");
        WatchIssues.store(ingestor, headlined, DAY, "Dredging contract for the Rhine goes to a consortium", WatchIssues.PLAIN_EDITORIAL,
                "Quay cranes get a register", "Operators must report each lift to the port authority.");
        WatchIssues.store(ingestor, inArticle, DAY, "Rail office publishes its autumn timetable", WatchIssues.PLAIN_EDITORIAL,
                "Basin works start in May", "Barge operators begin dredging the western basin after the floods.");
        // the issues are queued in the order stored: once the last one's alert is in, the first one was looked at
        Await.until("the watch alerts are queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(CHAT) == 2);

        PassSummary first = deliveries.runAt(SLOT);
        PassSummary second = deliveries.runAt(SLOT.plusSeconds(60));

        List<String> texts = TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT).stream().map(call -> call.get("text")).toList();
        assertThat(texts).hasSize(2);
        String brief = BriefingCalendar.brief(DAY);
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("Watch “dredging” in " + WatchIssues.publication(headlined) + " of " + brief)
                .contains("<i>Headline · " + WatchIssues.publication(headlined) + " · " + brief + "</i>")
                .contains("<b>Dredging</b> contract for the Rhine")
                .doesNotContain("Quay cranes"));
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("<b>Basin works start in May</b>")
                .contains("Barge operators begin <b>dredging</b> the western basin")
                .doesNotContain("Headline"));
        texts.forEach(TelegramHtml::assertValid);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_GROUP)).isEmpty();
        assertThat(first.sent()).isEqualTo(2);
        assertThat(second.sent()).isZero();
        assertThat(Ledgers.all()).hasSize(2).allSatisfy(row -> {
            assertThat(row.kind).isEqualTo(Delivery.WATCH_ALERT);
            assertThat(row.state).isEqualTo(Delivery.State.SENT.word());
        });
    }

    @Test
    void aPhraseMatchesOnlyAsAPhraseAndAnExcludedWordLeavesOutThePartsContainingIt() {
        Ledgers.watch("telegram", CHAT, null, "cranes -Lindau");
        Ledgers.watch("telegram", GROUP, null, "\"data crane\"");
        String topic = FixtureIssues.uniqueTopic("Phrase");
        WatchIssues.store(ingestor, topic, DAY, "Rail office publishes its autumn timetable",
                "This morning the port authority of Lindau published its rules for crane data.",
                "Operators keep logs", "The cranes of the inland port record each lift for ninety days.");
        Await.until("the watch alert is queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(CHAT) == 1);

        deliveries.runAt(SLOT);

        List<Map<String, String>> sent = TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("text")).contains("Watch “cranes -Lindau”", "The <b>cranes</b> of the inland port")
                .doesNotContain("Editorial", "Lindau published");
        assertThat(WatchIssues.alertsOf(GROUP)).isZero();
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_GROUP)).isEmpty();
    }

    @Test
    void anAlertIsEditedWhenItsIssueIsCorrectedAndAChatOnlyTheCorrectionMatchesIsAlerted() {
        Ledgers.watch("telegram", CHAT, null, "dredging");
        Ledgers.watch("telegram", GROUP, null, "sluice");
        String topic = FixtureIssues.uniqueTopic("Corrected");
        WatchIssues.store(ingestor, topic, DAY, "Rail office publishes its autumn timetable", WatchIssues.PLAIN_EDITORIAL,
                "Basin works start in May", "Barge operators begin dredging the western basin after the floods.");
        Await.until("the watch alert is queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(CHAT) == 1);
        deliveries.runAt(SLOT);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT)).hasSize(1);

        WatchIssues.store(ingestor, topic, DAY, "Rail office publishes its autumn timetable",
                "This morning the port authority published its rules for the sluice gates.",
                "Basin works start in June", "Barge operators begin dredging the eastern basin after the floods.");
        Await.until("the correction is queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(GROUP) == 1);
        PassSummary corrected = deliveries.runAt(SLOT.plusSeconds(60));

        assertThat(corrected.edited()).isEqualTo(1);
        assertThat(corrected.sent()).isEqualTo(1);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT)).hasSize(1);
        List<Map<String, String>> edits = TelegramCalls.toChat(telegram, "editMessageText", LISTED_CHAT);
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).get("text")).contains("<b>Basin works start in June</b>", "<b>dredging</b> the eastern basin");
        List<Map<String, String>> toGroup = TelegramCalls.toChat(telegram, "sendMessage", LISTED_GROUP);
        assertThat(toGroup).hasSize(1);
        assertThat(toGroup.get(0).get("text")).contains("<i>Editorial by " + WatchIssues.AUTHOR, "for the <b>sluice</b> gates");
    }

    @Test
    void aMutedChatGetsNoWatchAlertNowNorLater() {
        Ledgers.watch("telegram", CHAT, null, "dredging");
        Ledgers.watch("telegram", GROUP, null, "dredging");
        mutes.mute(new Destination("telegram", CHAT, null), Instant.now().plus(Duration.ofDays(1)), "test");
        WatchIssues.store(ingestor, FixtureIssues.uniqueTopic("Muted"), DAY, "Dredging contract for the Rhine goes to a consortium",
                WatchIssues.PLAIN_EDITORIAL, "Quay cranes get a register", "Operators must report each lift to the port authority.");
        Await.until("the watch alerts are queued", Duration.ofSeconds(20), () -> WatchIssues.alertsOf(CHAT) + WatchIssues.alertsOf(GROUP) == 2);

        PassSummary summary = deliveries.runAt(SLOT);
        mutes.unmute(new Destination("telegram", CHAT, null));
        deliveries.runAt(SLOT.plusSeconds(60));

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_CHAT)).isEmpty();
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", LISTED_GROUP)).hasSize(1);
        assertThat(Ledgers.all()).filteredOn(row -> row.chatId.equals(CHAT)).singleElement()
                .satisfies(row -> assertThat(row.state).isEqualTo(Delivery.State.SKIPPED.word()));
    }
}
