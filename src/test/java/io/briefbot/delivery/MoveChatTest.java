package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A group that becomes a supergroup keeps what it received under its new id; what the new id has already wins. */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
class MoveChatTest {

    @Inject
    Event<ChatMoved> moved;

    @BeforeEach
    void empty() {
        Ledgers.clear();
    }

    @Test
    void subscriptionsAndFollowsMoveToTheNewId() {
        Ledgers.subscribe("-100", "07:30", "Europe/Berlin", Days.DAILY, null);
        Ledgers.subscribe("-100", "09:00", "Europe/Berlin", Days.WEEKDAYS, "Europe.Table");
        Ledgers.subscribe("-100777", "06:00", "Europe/Berlin", Days.DAILY, "Europe.Table");
        Ledgers.follow("-100", "Ports");
        Ledgers.subscribe("-200", "07:30", "Europe/Berlin", Days.DAILY, null);

        moved.fire(new ChatMoved(RecordingOutlet.PLATFORM, "-100", "-100777"));

        assertThat(Ledgers.subscriptions("-100777")).isEqualTo(2);
        assertThat(Ledgers.follows("-100777")).isEqualTo(1);
        // the old id keeps only what the new one had already; another chat is untouched
        assertThat(Ledgers.subscriptions("-100")).isEqualTo(1);
        assertThat(Ledgers.subscriptions("-200")).isEqualTo(1);
        assertThat(Subscription.<Subscription>find("chatId = ?1 and publication = ?2", "-100777", "Europe.Table")
                .firstResult().localTime).hasToString("06:00");
    }

    @Test
    void anotherPlatformsChatWithTheSameIdStays() {
        Ledgers.subscribe("slack", "-100", "07:30", "Europe/Berlin", Days.DAILY, null);

        moved.fire(new ChatMoved(RecordingOutlet.PLATFORM, "-100", "-100777"));

        assertThat(Ledgers.subscriptions("-100")).isEqualTo(1);
        assertThat(Ledgers.subscriptions("-100777")).isZero();
    }
}
