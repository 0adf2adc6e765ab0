package io.briefbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Yes/no answers a platform gave, kept for a short while so that a burst of commands asks it once. Only
 * answers are kept: a question that failed is asked again next time. Bounded: the oldest are forgotten first.
 */
public final class RememberedAnswers<K> {

    private static final int CAPACITY = 10_000;

    private final Duration lifetime;
    private final Clock clock;
    private final Map<K, Remembered> answers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Remembered> eldest) {
            return size() > CAPACITY;
        }
    };

    public RememberedAnswers(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The answer remembered for the key, else the one {@code ask} gives now; false when asking failed (empty). */
    public boolean answer(K key, Supplier<Optional<Boolean>> ask) {
        Instant now = clock.instant();
        synchronized (answers) {
            Remembered remembered = answers.get(key);
            if (remembered != null && now.isBefore(remembered.until())) {
                return remembered.answer();
            }
        }
        Optional<Boolean> asked = ask.get();
        asked.ifPresent(answer -> {
            synchronized (answers) {
                answers.put(key, new Remembered(answer, now.plus(lifetime)));
            }
        });
        return asked.orElse(false);
    }

    private record Remembered(boolean answer, Instant until) {
    }
}
