package io.briefbot.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.chat.SettableClock;
import io.briefbot.delivery.ChatWatch;
import io.briefbot.delivery.DeliveryIssues;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.KeywordWatches;
import io.briefbot.delivery.Subscription;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.delivery.TagFollow;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * /subscribe, /unsubscribe, /subscriptions, /follow, /unfollow, /following, /watch, /unwatch, /watching, /mute, /unmute through
 * the router, with their permissions.
 */
@QuarkusTest
@TestProfile(DeliveryCommandsProfile.class)
class DeliveryCommandsTest {

    static final String GROUP = "-1001234567890";
    static final Destination TELEGRAM_GROUP = new Destination("telegram", GROUP, null);

    @Inject
    CommandRouter router;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SettableClock clock;

    @Inject
    IssueIngestor ingestor;

    @BeforeEach
    void empty() {
        QuarkusTransaction.requiringNew().run(() -> {
            Subscription.deleteAll();
            TagFollow.deleteAll();
            ChatWatch.deleteAll();
            Subscription.getEntityManager().createNativeQuery("delete from chat_mute").executeUpdate();
        });
        // Wednesday 7 October 2026, 10:00 in Berlin.
        clock.set(Instant.parse("2026-10-07T08:00:00Z"));
    }

    NoticeReply telegram(String user, String text) {
        return notice(new ChatRequest(Platform.TELEGRAM, null, GROUP, user, text));
    }

    NoticeReply notice(ChatRequest request) {
        Reply reply = router.handle(request);
        assertThat(reply).isInstanceOf(NoticeReply.class);
        return (NoticeReply) reply;
    }

    @Test
    void subscribeWithTheDefaultsConfirmsTheNextPostInLocalTime() {
        NoticeReply answer = telegram("manager-1", "/subscribe");

        assertThat(answer.kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(answer.text()).contains("each day's issues every day", "08:00 Europe/Berlin",
                "Next post: Thursday, 8 October 2026 at 08:00 Europe/Berlin");
        Subscription stored = subscriptions.of(TELEGRAM_GROUP).get(0);
        assertThat(stored.localTime).isEqualTo(LocalTime.of(8, 0));
        assertThat(stored.zoneId).isEqualTo("Europe/Berlin");
        assertThat(stored.days).isEqualTo("daily");
        assertThat(stored.publication).isNull();
        assertThat(stored.createdBy).isEqualTo("manager-1");
        assertThat(stored.createdAt).isEqualTo(clock.instant());
    }

    @Test
    void subscribeWithTimeZoneDaysAndPublicationInAnyOrder() {
        NoticeReply answer = telegram("manager-1", "/subscribe China.Table weekdays 7:30 asia/tokyo");

        assertThat(answer.text()).contains("the issue of China.Table on weekdays", "07:30 Asia/Tokyo",
                "Next post: Thursday, 8 October 2026 at 07:30 Asia/Tokyo");
        Subscription stored = subscriptions.of(TELEGRAM_GROUP).get(0);
        assertThat(stored.localTime).isEqualTo(LocalTime.of(7, 30));
        assertThat(stored.zoneId).isEqualTo("Asia/Tokyo");
        assertThat(stored.days).isEqualTo("weekdays");
        assertThat(stored.publication).isEqualTo("China.Table");

        telegram("manager-1", "/subscribe 06:45 Europe/Berlin China.Table");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).as("changed, not added").singleElement()
                .satisfies(changed -> assertThat(changed.localTime).isEqualTo(LocalTime.of(6, 45)));
        telegram("manager-1", "/subscribe 06:45 Europe.Table");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).hasSize(2);
    }

    @Test
    void onFridayEveningTheNextWeekdayPostIsOnMonday() {
        clock.set(Instant.parse("2026-10-09T18:00:00Z"));

        assertThat(telegram("manager-1", "/subscribe 07:30 weekdays").text())
                .contains("Next post: Monday, 12 October 2026 at 07:30 Europe/Berlin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/subscribe 25:00", "/subscribe 7:75 Europe/Berlin", "/subscribe 7:3o weekdays"})
    void aTimeThatIsNoTimeIsRefusedWithAnExample(String command) {
        NoticeReply answer = telegram("manager-1", command);

        assertThat(answer.text()).contains("is not a time of day", "/subscribe 07:30");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).isEmpty();
    }

    @Test
    void aTimeZoneThatIsNoneIsRefusedWithAnExample() {
        NoticeReply answer = telegram("manager-1", "/subscribe 07:30 Europe/Atlantis");

        assertThat(answer.text()).contains("“Europe/Atlantis” is not a time zone I know", "Europe/Berlin");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).isEmpty();
    }

    @Test
    void onlyTheChatsManagersAndTheAdminsMayChangeWhatItReceives() {
        NoticeReply refused = telegram("member-3", "/subscribe 07:30");
        assertThat(refused.kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("member-3", "/follow cyber").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(subscriptions.of(TELEGRAM_GROUP)).isEmpty();
        assertThat(subscriptions.follows(TELEGRAM_GROUP)).isEmpty();

        assertThat(telegram(DeliveryCommandsProfile.ADMIN, "/subscribe 07:30").kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(telegram("member-3", "/unsubscribe").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(subscriptions.of(TELEGRAM_GROUP)).hasSize(1);
        assertThat(telegram("member-3", "/subscriptions").text()).as("anyone may look").contains("07:30 Europe/Berlin");
    }

    @Test
    void unsubscribeEndsOnePublicationOrAll() {
        telegram("manager-1", "/subscribe China.Table");
        telegram("manager-1", "/subscribe Europe.Table");

        assertThat(telegram("manager-1", "/unsubscribe china.table").text()).contains("No more daily posts of china.table");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).extracting(subscription -> subscription.publication).containsExactly("Europe.Table");
        assertThat(telegram("manager-1", "/unsubscribe").text()).contains("No more daily posts here");
        assertThat(subscriptions.of(TELEGRAM_GROUP)).isEmpty();
        assertThat(telegram("manager-1", "/unsubscribe").text()).contains("gets no daily posts");
    }

    @Test
    void subscriptionsSaysWhatTheChatGetsAndWhenNext() {
        assertThat(telegram("member-3", "/subscriptions").text()).contains("no daily posts", "/subscribe");
        telegram("manager-1", "/subscribe 07:30 weekdays China.Table");
        telegram("manager-1", "/follow Cyber");

        String text = telegram("member-3", "/subscriptions").text();

        assertThat(text).contains("The issue of China.Table on weekdays at 07:30 Europe/Berlin",
                "next: Thursday, 8 October 2026 at 07:30 Europe/Berlin", "Following: #Cyber");
    }

    @Test
    void muteForADayUntilADayOrHoursIsShownBySubscriptionsUntilUnmute() {
        assertThat(telegram("member-3", "/mute").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("member-3", "/subscriptions").text()).doesNotContain("Muted");

        assertThat(telegram("manager-1", "/mute").text()).startsWith("Muted until Thursday, 8 October 2026 at 10:00 Europe/Berlin")
                .contains("not sent later");
        assertThat(telegram("member-3", "/subscriptions").text())
                .contains("Muted until Thursday, 8 October 2026 at 10:00 Europe/Berlin", "/unmute");
        assertThat(telegram("manager-1", "/mute 36h").text()).startsWith("Muted until Thursday, 8 October 2026 at 22:00");
        assertThat(telegram("manager-1", "/mute 2d").text()).startsWith("Muted until Friday, 9 October 2026 at 10:00");
        assertThat(telegram("manager-1", "/mute until 2026-10-12").text()).startsWith("Muted until Tuesday, 13 October 2026 at 00:00");

        assertThat(telegram("member-3", "/unmute").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("manager-1", "/unmute").text()).startsWith("Unmuted");
        assertThat(telegram("member-3", "/subscriptions").text()).doesNotContain("Muted");
        assertThat(telegram("manager-1", "/unmute").text()).isEqualTo("This chat is not muted.");
    }

    @Test
    void aMuteThatIsNoneIsExplained() {
        assertThat(telegram("manager-1", "/mute forever").text()).isEqualTo(MuteEnd.USAGE);
        assertThat(telegram("manager-1", "/mute 0h").text()).isEqualTo(MuteEnd.USAGE);
        assertThat(telegram("manager-1", "/mute 400d").text()).contains("at most 365 days");
        assertThat(telegram("manager-1", "/mute until 2026-10-01").text()).contains("2026-10-01 is past");
        assertThat(telegram("manager-1", "/mute until someday").text()).contains("“someday”");
        assertThat(telegram("member-3", "/subscriptions").text()).doesNotContain("Muted");
    }

    @Test
    void aForumTopicIsAChatOfItsOwn() {
        ChatRequest inTopic = new ChatRequest(Platform.TELEGRAM, null, GROUP, "manager-1", "/subscribe 07:30", "42");
        notice(inTopic);

        assertThat(subscriptions.of(new Destination("telegram", GROUP, "42"))).hasSize(1);
        assertThat(subscriptions.of(TELEGRAM_GROUP)).isEmpty();
    }

    @Test
    void followUnfollowAndFollowing() {
        assertThat(telegram("manager-1", "/follow #Cyber").text()).contains("Following #Cyber");
        assertThat(telegram("manager-1", "/follow cyber").text()).contains("already follows");
        assertThat(telegram("manager-1", "/follow Ports").text()).contains("Following #Ports");
        assertThat(telegram("manager-1", "/follow").text()).contains("Which tag?");

        assertThat(telegram("member-3", "/following").text()).contains("#Cyber, #Ports");
        assertThat(telegram("member-3", "/unfollow cyber").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("manager-1", "/unfollow CYBER").text()).contains("No more articles tagged #CYBER");
        assertThat(telegram("manager-1", "/unfollow cyber").text()).contains("does not follow");
        assertThat(subscriptions.follows(TELEGRAM_GROUP)).extracting(follow -> follow.tag).containsExactly("Ports");
    }

    @Test
    void onSlackTheWorkspaceIsKeptAndTheChannelsManagersDecide() {
        ChatRequest member = new ChatRequest(Platform.SLACK, "T0TEAM", "C0CHANNEL", "U0MEMBER", "/subscribe 09:00 Europe/London");
        ChatRequest manager = new ChatRequest(Platform.SLACK, "T0TEAM", "C0CHANNEL", "U0MANAGER", "/subscribe 09:00 Europe/London");

        assertThat(notice(member).kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(notice(manager).text()).contains("09:00 Europe/London");

        List<Subscription> stored = subscriptions.of(new Destination("slack", "C0CHANNEL", null));
        assertThat(stored).singleElement().satisfies(subscription -> assertThat(subscription.workspace).isEqualTo("T0TEAM"));
        notice(new ChatRequest(Platform.SLACK, "T0TEAM", "C0CHANNEL", "U0MANAGER", "/follow Ports"));
        assertThat(subscriptions.follows(new Destination("slack", "C0CHANNEL", null)))
                .singleElement().satisfies(follow -> assertThat(follow.workspace).isEqualTo("T0TEAM"));
    }

    @Test
    void theConsoleOnlyPreviews() {
        NoticeReply answer = notice(new ChatRequest(Platform.CONSOLE, null, "console", "local", "/subscribe 07:30"));

        assertThat(answer.text()).isEqualTo(ChatDeliveryCommand.NOT_HERE);
        assertThat(notice(new ChatRequest(Platform.CONSOLE, null, "console", "local", "/follow cyber")).text())
                .isEqualTo(ChatDeliveryCommand.NOT_HERE);
        assertThat(subscriptions.of(new Destination("console", "console", null))).isEmpty();
        assertThat(subscriptions.unsubscribe(new Destination("console", "console", null), Optional.empty())).isZero();
    }

    @Test
    void aManagerWatchesListsAndUnwatchesWordsAnyMemberSeesThem() {
        assertThat(telegram("member-3", "/watch harbour fees").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("member-3", "/watching").text()).startsWith("This chat watches no words.");

        assertThat(telegram("manager-1", "/watch  Harbour   fees \"Belt and Road\" -Hamburg").text())
                .startsWith("Watching “Harbour fees \"Belt and Road\" -Hamburg”: each new issue with an article, headline or editorial")
                .doesNotContain("often");
        assertThat(telegram("manager-1", "/watch harbour FEES \"belt and road\" -hamburg").text())
                .isEqualTo("This chat already watches “harbour FEES \"belt and road\" -hamburg”.");
        assertThat(telegram("manager-1", "/watch Zölle").kind()).isEqualTo(NoticeReply.Kind.INFO);
        assertThat(telegram("member-3", "/watching").text())
                .isEqualTo("This chat watches “Harbour fees \"Belt and Road\" -Hamburg”, “Zölle” (2 of 50). /unwatch stops one.");

        assertThat(telegram("member-3", "/unwatch zolle").kind()).isEqualTo(NoticeReply.Kind.DENIED);
        assertThat(telegram("manager-1", "/unwatch zolle").text()).isEqualTo("No more alerts for “zolle” here.");
        assertThat(telegram("manager-1", "/unwatch zolle").text()).isEqualTo("This chat does not watch “zolle”; /watching lists what it does.");
        assertThat(telegram("member-3", "/watching").text()).contains("“Harbour fees \"Belt and Road\" -Hamburg” (1 of 50)");
    }

    @Test
    void whatIsNoWatchIsRefusedWithTheReasonAndNothingIsStored() {
        assertThat(telegram("manager-1", "/watch").text()).startsWith("Which words?");
        assertThat(telegram("manager-1", "/watch -potato").text()).contains("needs a word to look for");
        assertThat(telegram("manager-1", "/watch in").text()).contains("too common to watch");
        assertThat(telegram("manager-1", "/unwatch").text()).startsWith("Which words?");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatWatch.count())).isZero();
    }

    @Test
    void aChatWatchesAtMostFiftyWordingsAndIsToldSoBeyond() {
        IntStream.rangeClosed(1, KeywordWatches.MAX_PER_CHAT).forEach(i ->
                assertThat(telegram("manager-1", "/watch lighthouse" + i).text()).startsWith("Watching “lighthouse" + i + "”"));

        NoticeReply refused = telegram("manager-1", "/watch lighthouse51");

        assertThat(refused.text()).isEqualTo("This chat already watches 50 wordings, the most a chat can. /unwatch one first; /watching lists them.");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatWatch.count())).isEqualTo(50);
        assertThat(telegram("manager-1", "/unwatch lighthouse7").text()).startsWith("No more alerts");
        assertThat(telegram("manager-1", "/watch lighthouse51").text()).startsWith("Watching “lighthouse51”");
    }

    @Test
    void aWatchThatWouldComeMoreThanTwentyTimesAWeekSaysHowOftenItWouldHaveFiredLastMonth() {
        Archive.clear();
        LocalDate today = LocalDate.of(2026, 10, 7);
        // nine issues in the last 30 days, each with ten articles and an editorial paragraph saying "tariffs"; one before
        for (int daysAgo : new int[] {1, 3, 6, 9, 12, 15, 19, 24, 29, 31}) {
            DeliveryIssues.Piece[] pieces = IntStream.rangeClosed(1, 10)
                    .mapToObj(i -> DeliveryIssues.piece(FixtureIssues.uniqueTitle("Levy " + i), "Trade")).toArray(DeliveryIssues.Piece[]::new);
            DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Tariffs"), today.minusDays(daysAgo), "under the new tariffs", pieces);
        }

        NoticeReply busy = notice(new ChatRequest(Platform.SLACK, "T0TEAM", "C0WATCHING", "U0MANAGER", "/watch tariff"));
        NoticeReply rare = telegram("manager-1", "/watch \"new tariffs\" -terminals");

        assertThat(busy.text()).startsWith("Watching “tariff”:").contains(
                "That is often: over the last 30 days it would have fired 9 times, for 99 articles, headlines and editorial paragraphs.");
        assertThat(rare.text()).startsWith("Watching “\"new tariffs\" -terminals”:").doesNotContain("often");
    }

    @Test
    void theConsoleOnlyPreviewsAnswersAndWatchesNothing() {
        NoticeReply answer = notice(new ChatRequest(Platform.CONSOLE, null, "console", "local", "/watch harbour fees"));

        assertThat(answer.text()).isEqualTo(ChatDeliveryCommand.NOT_HERE);
        assertThat(notice(new ChatRequest(Platform.CONSOLE, null, "console", "local", "/watching")).text())
                .isEqualTo(ChatDeliveryCommand.NOT_HERE);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatWatch.count())).isZero();
    }
}
