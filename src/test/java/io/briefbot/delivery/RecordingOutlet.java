package io.briefbot.delivery;

import io.briefbot.format.ArticleReply;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A chat platform in memory, platform "recording": it keeps every message posted and every edit, and answers
 * as a platform does when told to: a 429 with retry_after on every n-th call, "gone" for some chats, failures
 * for others; and its allow-list refuses the chats it is told to. A briefing renders as one message for the issue and one per article, so that corrections can
 * change the number of messages.
 */
@Singleton
public class RecordingOutlet implements Outlet<String> {

    public static final String PLATFORM = "recording";

    public record Call(Destination to, String messageId, String text) {
    }

    private final ConcurrentLinkedQueue<Call> posts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Call> edits = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final Map<String, Boolean> gone = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> forbidden = new ConcurrentHashMap<>();
    private volatile int rateLimitEvery;
    private volatile Duration retryAfter = Duration.ofMillis(20);
    private volatile Pace pace = new Pace(5000, Duration.ZERO);
    private volatile Consumer<Destination> beforeEachCall = to -> { };

    public void reset() {
        posts.clear();
        edits.clear();
        calls.set(0);
        rateLimited.set(0);
        gone.clear();
        failing.clear();
        forbidden.clear();
        rateLimitEvery = 0;
        pace = new Pace(5000, Duration.ZERO);
        beforeEachCall = to -> { };
    }

    /** Runs {@code hook} at the start of every post and edit, as if the platform took that long to answer. */
    public void beforeEachCall(Consumer<Destination> hook) {
        beforeEachCall = hook;
    }

    /** Every n-th call (posts and edits together) is refused with a 429 asking to wait {@code wait}. */
    public void rateLimitEvery(int n, Duration wait) {
        rateLimitEvery = n;
        retryAfter = wait;
    }

    public void goneChats(String... chatIds) {
        for (String chatId : chatIds) {
            gone.put(chatId, true);
        }
    }

    public void failingChats(String... chatIds) {
        for (String chatId : chatIds) {
            failing.put(chatId, true);
        }
    }

    /** Chats taken off the allow-list. */
    public void forbiddenChats(String... chatIds) {
        for (String chatId : chatIds) {
            forbidden.put(chatId, true);
        }
    }

    public void pace(Pace pace) {
        this.pace = pace;
    }

    public List<Call> posts() {
        return List.copyOf(posts);
    }

    public List<Call> edits() {
        return List.copyOf(edits);
    }

    public List<Call> postsTo(String chatId) {
        return posts.stream().filter(call -> call.to().chatId().equals(chatId)).toList();
    }

    /** Messages posted per chat id. */
    public Map<String, Long> postsPerChat() {
        return posts.stream().collect(Collectors.groupingBy(call -> call.to().chatId(), Collectors.counting()));
    }

    public int rateLimited() {
        return rateLimited.get();
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Pace pace(Destination to) {
        return pace;
    }

    @Override
    public Optional<String> refusal(Destination to, String workspace) {
        return forbidden.containsKey(to.chatId()) ? Optional.of("chat " + to.chatId() + " is not on the allow-list") : Optional.empty();
    }

    @Override
    public List<String> render(Destination to, Reply reply) {
        List<String> messages = new ArrayList<>();
        if (reply instanceof BriefingReply briefing) {
            messages.add("issue " + briefing.issueId() + " " + briefing.publication() + " " + briefing.date() + ": "
                    + String.join(" | ", briefing.headlines()));
            briefing.articles().forEach(article -> messages.add("teaser " + article.id() + " " + article.title() + ": "
                    + article.lede()));
        } else if (reply instanceof ArticleReply article) {
            messages.add("article " + article.id() + " " + article.title() + ": " + article.lede());
        } else if (reply instanceof NoticeReply notice) {
            messages.add(notice.text());
        } else {
            throw new IllegalArgumentException("not posted by delivery: " + reply);
        }
        return messages;
    }

    @Override
    public Posting send(Destination to, String message) {
        return answer(to).orElseGet(() -> {
            String id = "m" + ids.incrementAndGet();
            posts.add(new Call(to, id, message));
            return Posting.sent(id);
        });
    }

    @Override
    public Posting edit(Destination to, String messageId, String message) {
        return answer(to).orElseGet(() -> {
            edits.add(new Call(to, messageId, message));
            return Posting.sent(messageId);
        });
    }

    private Optional<Posting> answer(Destination to) {
        beforeEachCall.accept(to);
        int call = calls.incrementAndGet();
        if (gone.containsKey(to.chatId())) {
            return Optional.of(Posting.gone("Forbidden: bot was kicked from the group chat"));
        }
        if (failing.containsKey(to.chatId())) {
            return Optional.of(Posting.failed("Internal Server Error"));
        }
        int every = rateLimitEvery;
        if (every > 0 && call % every == 0) {
            rateLimited.incrementAndGet();
            return Optional.of(Posting.retryAfter(retryAfter, "Too Many Requests: retry after 1"));
        }
        return Optional.empty();
    }
}
