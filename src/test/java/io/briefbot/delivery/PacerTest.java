package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The send slots in the database, on its clock: every test paces a platform of its own. Slow paces (seconds
 * apart) keep the figures exact however slowly the calls come.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
class PacerTest {

    @Inject
    Pacer pacer;

    @Inject
    AgroalDataSource database;

    private String platform;

    @BeforeEach
    void newPlatform() {
        platform = "pacer-" + UUID.randomUUID();
    }

    @Test
    void keepsTheRateAcrossChats() {
        Pace pace = new Pace(0.1, Duration.ZERO);

        Pacer.Reservation a = pacer.reserve(chat("1"), pace);
        Pacer.Reservation b = pacer.reserve(chat("2"), pace);
        Pacer.Reservation c = pacer.reserve(chat("3"), pace);

        assertThat(List.of(a, b, c)).allMatch(Pacer.Reservation::granted);
        assertThat(a.delay()).isLessThan(Duration.ofSeconds(1));
        assertThat(b.delay()).isBetween(Duration.ofSeconds(9), Duration.ofMillis(10_201));
        assertThat(Duration.between(a.slot(), b.slot())).as("ten seconds and the headroom").isBetween(Duration.ofSeconds(10), Duration.ofMillis(10_201));
        assertThat(Duration.between(b.slot(), c.slot())).isEqualTo(Duration.between(a.slot(), b.slot()));
    }

    @Test
    void aSecondAtThirtyASecondHoldsThirtyMessagesAndNoMore() {
        Pace pace = new Pace(30, Duration.ofSeconds(1));
        // the platform held for a while: every slot below comes one spacing after the one before, however slow the calls
        pacer.pause(chat("held"), Duration.ofSeconds(5));
        List<Pacer.Reservation> slots = new ArrayList<>();
        for (int chat = 0; chat < 31; chat++) {
            slots.add(pacer.reserve(chat("c" + chat), pace));
        }

        assertThat(slots).allMatch(Pacer.Reservation::granted);
        assertThat(Duration.between(slots.get(0).slot(), slots.get(29).slot())).as("thirty within a second").isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(slots.get(0).slot(), slots.get(30).slot())).as("never thirty-one").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void keepsTheGapBetweenTwoMessagesToOneChat() {
        Pace pace = new Pace(1000, Duration.ofSeconds(10));

        Pacer.Reservation first = pacer.reserve(chat("A"), pace);
        Pacer.Reservation inFlight = pacer.reserve(chat("A"), pace);
        pacer.answered(chat("A"), pace);
        Pacer.Reservation again = pacer.reserve(chat("A"), pace);
        Pacer.Reservation other = pacer.reserve(chat("B"), pace);

        assertThat(first.granted()).isTrue();
        assertThat(inFlight.granted()).as("nothing while the first is unanswered").isFalse();
        assertThat(inFlight.delay()).isGreaterThan(Duration.ofSeconds(19));
        assertThat(again.granted()).as("nothing reserved while the chat is not free").isFalse();
        assertThat(again.delay()).isBetween(Duration.ofSeconds(9), Duration.ofMillis(10_201));
        assertThat(other.granted()).isTrue();
        assertThat(other.delay()).as("the other chat does not wait for this one's gap").isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aChatsGapRunsFromThePlatformsAnswer() throws Exception {
        Pace pace = new Pace(1000, Duration.ofSeconds(10));
        pacer.reserve(chat("A"), pace);
        // the message took a second to go out and be answered
        Thread.sleep(1000);

        pacer.answered(chat("A"), pace);

        assertThat(pacer.reserve(chat("A"), pace).delay()).as("ten seconds from the answer, not from the slot").isGreaterThan(Duration.ofMillis(9_500));
    }

    @Test
    void aRetryAfterHoldsTheChatAndThePlatformForEveryone() {
        Pace pace = new Pace(1000, Duration.ZERO);

        pacer.pause(chat("A"), Duration.ofSeconds(5));
        Pacer.Reservation sameChat = pacer.reserve(chat("A"), pace);
        Pacer.Reservation otherChat = pacer.reserve(chat("B"), pace);

        assertThat(sameChat.granted()).isTrue();
        assertThat(sameChat.delay()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5));
        assertThat(otherChat.granted()).isTrue();
        assertThat(otherChat.delay()).isBetween(Duration.ofSeconds(4), Duration.ofMillis(5_002));
    }

    @Test
    void aRetryAfterNeverShortensAWaitAlreadyLonger() {
        Pace pace = new Pace(1000, Duration.ZERO);

        pacer.pause(chat("A"), Duration.ofSeconds(30));
        pacer.pause(chat("A"), Duration.ofSeconds(1));

        assertThat(pacer.reserve(chat("B"), pace).delay()).isGreaterThan(Duration.ofSeconds(25));
    }

    @Test
    void forgetsOnlyTheChatsWhoseGapHasPassed() throws Exception {
        Pace quick = new Pace(1000, Duration.ZERO);
        pacer.reserve(chat("quick"), quick);
        pacer.answered(chat("quick"), quick);
        pacer.reserve(chat("slow"), new Pace(1000, Duration.ofHours(1)));
        Thread.sleep(20);

        pacer.forgetIdleChats();

        assertThat(rows()).containsExactlyInAnyOrder("", "slow");
        assertThat(pacer.reserve(chat("slow"), new Pace(1000, Duration.ofHours(1))).granted()).isFalse();
    }

    private Destination chat(String id) {
        return new Destination(platform, id, null);
    }

    private List<String> rows() throws Exception {
        List<String> chats = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select chat_id from send_slot where platform = ?")) {
            query.setString(1, platform);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    chats.add(row.getString(1));
                }
            }
        }
        return chats;
    }
}
