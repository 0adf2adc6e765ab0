package io.briefbot.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last few replies rendered, with what they rendered to. Replies are values, and the same one
 * is asked for again and again (everyone's /today), so its rendering is kept rather than redone.
 * Renderings must not be changed after rendering.
 */
public final class RecentRenderings<T> {

    private static final int CAPACITY = 128;

    private final Map<Reply, T> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reply, T> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The last reply asked for, by identity: a cached /today is the same instance every time, and hashing it is not free. */
    private volatile Last<T> last;

    public T get(Reply reply, Function<Reply, T> render) {
        Last<T> seen = last;
        if (seen != null && seen.reply() == reply) {
            return seen.rendering();
        }
        T rendering = lookUp(reply, render);
        last = new Last<>(reply, rendering);
        return rendering;
    }

    private T lookUp(Reply reply, Function<Reply, T> render) {
        synchronized (recent) {
            T known = recent.get(reply);
            if (known != null) {
                return known;
            }
        }
        T rendered = render.apply(reply);
        synchronized (recent) {
            recent.put(reply, rendered);
        }
        return rendered;
    }

    private record Last<T>(Reply reply, T rendering) {
    }
}
