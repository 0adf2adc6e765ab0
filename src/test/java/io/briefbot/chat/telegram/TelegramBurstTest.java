package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Pace;
import io.briefbot.delivery.Posting;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.testing.FloodLimitedBotApi;
import io.briefbot.testing.FloodLimitedTelegram;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A burst of 500 chats through the Telegram outlet against a stand-in that refuses every 20th call with 429
 * and retry_after: with each refusal waited out for its chat, every chat gets its message exactly once.
 * The loop here paces by the outlet's {@link Pace}; delivery's own fan-out runs against the same stand-in.
 */
@QuarkusTest
@QuarkusTestResource(value = FloodLimitedTelegram.class, restrictToAnnotatedClass = true)
class TelegramBurstTest {

    private static final int CHATS = 500;

    FloodLimitedBotApi telegram;

    @Inject
    TelegramOutlet outlet;

    @Test
    void everyChatOfABurstGetsItsMessageOnceThroughTheFloodLimits() {
        List<Destination> chats = chats();
        NoticeReply reply = new NoticeReply(NoticeReply.Kind.INFO, "Today's briefing is out.", List.of());

        Set<String> messageIds = new HashSet<>();
        for (Map.Entry<Destination, Posting> posted : pacedFanOut(chats, reply).entrySet()) {
            assertThat(posted.getValue().result()).as(posted.getKey().chatId()).isEqualTo(Posting.Result.SENT);
            messageIds.add(posted.getValue().messageId());
        }

        assertThat(messageIds).hasSize(CHATS);
        Map<String, Integer> received = telegram.received();
        assertThat(received).hasSize(CHATS);
        assertThat(received.values()).allSatisfy(count -> assertThat(count).isEqualTo(1));
        for (Destination chat : chats) {
            String key = chat.threadId() == null ? chat.chatId() : chat.chatId() + "/" + chat.threadId();
            assertThat(received).containsKey(key);
        }
        assertThat(telegram.rateLimited()).isEqualTo(telegram.calls() / 20).isGreaterThanOrEqualTo(CHATS / 20);
        assertThat(telegram.calls()).isEqualTo(CHATS + telegram.rateLimited());
        assertThat(telegram.earlyRetries()).isZero();
    }

    /** Private chats, groups, and forum topics of one supergroup. */
    private static List<Destination> chats() {
        List<Destination> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            if (i % 10 == 9) {
                chats.add(new Destination("telegram", "-1004000000001", Integer.toString(1000 + i)));
            } else if (i % 2 == 0) {
                chats.add(new Destination("telegram", Long.toString(7_000_000L + i), null));
            } else {
                chats.add(new Destination("telegram", Long.toString(-1005000000000L - i), null));
            }
        }
        return chats;
    }

    /**
     * Posts one reply to each chat no faster than the pace allows; a refused post goes back in line for when
     * its retry_after (or its chat's gap) has passed.
     */
    private Map<Destination, Posting> pacedFanOut(List<Destination> chats, NoticeReply reply) {
        record Due(Destination to, long at) {
        }
        PriorityQueue<Due> line = new PriorityQueue<>(Comparator.comparingLong(Due::at));
        long start = System.nanoTime();
        chats.forEach(chat -> line.add(new Due(chat, start)));
        Map<Destination, Posting> posted = new java.util.HashMap<>();
        long nextSlot = start;
        while (!line.isEmpty()) {
            Due due = line.poll();
            Pace pace = outlet.pace(due.to());
            waitUntil(Math.max(due.at(), nextSlot));
            nextSlot = System.nanoTime() + (long) (1_000_000_000L / pace.messagesPerSecond());
            List<TelegramMessage> messages = outlet.render(due.to(), reply);
            assertThat(messages).hasSize(1);
            Posting posting = outlet.send(due.to(), messages.get(0));
            if (posting.result() == Posting.Result.RETRY_AFTER) {
                Duration wait = posting.retryAfter().compareTo(pace.perChatGap()) > 0 ? posting.retryAfter() : pace.perChatGap();
                line.add(new Due(due.to(), System.nanoTime() + wait.toNanos()));
                continue;
            }
            assertThat(posted.put(due.to(), posting)).as("posted twice to " + due.to()).isNull();
        }
        return posted;
    }

    private static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
