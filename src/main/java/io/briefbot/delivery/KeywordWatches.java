package io.briefbot.delivery;

import io.briefbot.qa.WatchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The words chats watch, as chat commands change them; at most {@link #MAX_PER_CHAT} a chat. */
@ApplicationScoped
public class KeywordWatches {

    public static final int MAX_PER_CHAT = 50;

    public enum Outcome { WATCHING, ALREADY, FULL }

    private final Clock clock;

    KeywordWatches(Clock clock) {
        this.clock = clock;
    }

    /** @param workspace the Slack team id; null elsewhere */
    @Transactional
    public Outcome watch(Destination to, String workspace, WatchQuery query, String by) {
        // one chat's watches are counted and added one command at a time, so two at once cannot pass the limit together
        ChatWatch.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "chat_watch " + to.platform() + " " + to.chatId() + " " + Destinations.threadKey(to))
                .getSingleResult();
        if (ChatWatch.findFor(to, query.key()).isPresent()) {
            return Outcome.ALREADY;
        }
        if (ChatWatch.countFor(to) >= MAX_PER_CHAT) {
            return Outcome.FULL;
        }
        ChatWatch watch = new ChatWatch();
        watch.belongTo(to);
        watch.workspace = workspace;
        watch.words = query.words();
        watch.wordsKey = query.key();
        watch.createdBy = by;
        watch.createdAt = clock.instant();
        watch.persist();
        return Outcome.WATCHING;
    }

    /** @return false when the chat did not watch these words */
    @Transactional
    public boolean unwatch(Destination to, WatchQuery query) {
        Optional<ChatWatch> watch = ChatWatch.findFor(to, query.key());
        watch.ifPresent(ChatWatch::delete);
        return watch.isPresent();
    }

    @Transactional
    public List<ChatWatch> of(Destination to) {
        return ChatWatch.listFor(to);
    }
}
