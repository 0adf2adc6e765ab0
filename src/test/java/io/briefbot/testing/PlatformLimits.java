package io.briefbot.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A chat platform's posting limits as its servers apply them, to messages as they arrive: {@code perSecond} over all
 * chats (a token bucket holding one second's worth, as Telegram's "about 30 messages per second"), and a least gap
 * between two messages to one chat. A message beyond either is refused with the whole seconds to wait. Every call
 * is remembered (when it came, and for accepted ones the chat and the sender), so that a test can see the busiest
 * second and who posted to each chat.
 */
public final class PlatformLimits {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private final Function<String, Duration> chatGap;
    private final List<Long> calls = new ArrayList<>();
    private double tokens;
    private long refilledAt = System.nanoTime();
    private final Map<String, Long> lastAccepted = new HashMap<>();
    private final Map<String, List<String>> senders = new HashMap<>();
    private int overRate;
    private int overChatGap;

    /** @param chatGap the least time between two messages to a chat, by chat id */
    public PlatformLimits(int perSecond, Function<String, Duration> chatGap) {
        this.perSecond = perSecond;
        this.chatGap = chatGap;
        this.tokens = perSecond;
    }

    /**
     * One message to {@code chat} from {@code sender} arrives now.
     *
     * @return empty when accepted; else the seconds to wait (at least one), as the platform's 429 says them
     */
    public synchronized OptionalLong admit(String chat, String sender) {
        long now = System.nanoTime();
        calls.add(now);
        tokens = Math.min(perSecond, tokens + (double) (now - refilledAt) * perSecond / SECOND);
        refilledAt = now;
        if (tokens < 1) {
            overRate++;
            return OptionalLong.of(wholeSeconds((long) ((1 - tokens) * SECOND / perSecond)));
        }
        Long last = lastAccepted.get(chat);
        long gap = chatGap.apply(chat).toNanos();
        if (last != null && now - last < gap) {
            overChatGap++;
            return OptionalLong.of(wholeSeconds(last + gap - now));
        }
        tokens -= 1;
        lastAccepted.put(chat, now);
        senders.computeIfAbsent(chat, key -> new ArrayList<>()).add(sender);
        return OptionalLong.empty();
    }

    /** The most calls, accepted or refused, that came within one second of each other. */
    public synchronized int busiestSecond() {
        int most = 0;
        for (int first = 0, last = 0; first < calls.size(); first++) {
            while (last < calls.size() && calls.get(last) - calls.get(first) < SECOND) {
                last++;
            }
            most = Math.max(most, last - first);
        }
        return most;
    }

    public synchronized int calls() {
        return calls.size();
    }

    /** Messages refused because the bucket over all chats was empty. */
    public synchronized int overRate() {
        return overRate;
    }

    /** Messages refused because they came too soon after the chat's last one. */
    public synchronized int overChatGap() {
        return overChatGap;
    }

    /** Who posted each accepted message, by chat, in the order they came. */
    public synchronized Map<String, List<String>> senders() {
        Map<String, List<String>> copy = new HashMap<>();
        senders.forEach((chat, from) -> copy.put(chat, List.copyOf(from)));
        return copy;
    }

    /** The accepted messages of each chat. */
    public synchronized Map<String, Integer> received() {
        Map<String, Integer> counts = new HashMap<>();
        senders.forEach((chat, from) -> counts.put(chat, from.size()));
        return counts;
    }

    @Override
    public synchronized String toString() {
        return calls.size() + " calls, at most " + busiestSecond() + " within a second; refused: " + overRate + " over the rate, "
                + overChatGap + " too soon for their chat";
    }

    /** The first segment of a call's path: stand-ins serve each of several senders under a prefix of its own. */
    public static String senderOf(String url) {
        int end = url.indexOf('/', 1);
        return end < 0 ? "" : url.substring(1, end);
    }

    private static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + SECOND - 1) / SECOND);
    }
}
