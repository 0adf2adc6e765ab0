package io.briefbot.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The last few replies a renderer rendered, with their messages. Replies are values, and the same
 * one is asked for again and again (everyone's /today), so its rendering is kept rather than
 * redone. Rendered messages are never changed after rendering.
 */
public final class RecentRenderings<T> {

    private static final int CAPACITY = 128;

    private final Map<Reply, List<T>> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reply, List<T>> eldest) {
            return size() > CAPACITY;
        }
    };

    public List<T> get(Reply reply, Function<Reply, List<T>> render) {
        synchronized (recent) {
            List<T> known = recent.get(reply);
            if (known != null) {
                return known;
            }
        }
        List<T> rendered = List.copyOf(render.apply(reply));
        synchronized (recent) {
            recent.put(reply, rendered);
        }
        return rendered;
    }
}
