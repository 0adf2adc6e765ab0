package io.briefbot.chat.slack;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The question each recent answer thread is about, so that a message in the thread is a follow-up to it. Kept in
 * memory, the most recent threads only: a thread this process does not know is answered as a new question.
 */
@ApplicationScoped
public class SlackThreads {

    static final int MAX_THREADS = 10_000;

    private final Map<String, String> questions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_THREADS;
        }
    };

    synchronized void remember(String channel, String threadTs, String question) {
        if (channel != null && threadTs != null) {
            questions.put(channel + "/" + threadTs, question);
        }
    }

    synchronized Optional<String> question(String channel, String threadTs) {
        return channel == null || threadTs == null ? Optional.empty() : Optional.ofNullable(questions.get(channel + "/" + threadTs));
    }
}
