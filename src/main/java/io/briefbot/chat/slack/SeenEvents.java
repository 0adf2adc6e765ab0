package io.briefbot.chat.slack;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent Events API event ids, so that Slack's redeliveries (X-Slack-Retry-Num, sent when an
 * acknowledgement was late or lost) are acknowledged without being answered again. Bolt for Java has no
 * such filter of its own. Bounded: the oldest ids are forgotten first.
 */
@ApplicationScoped
public class SeenEvents {

    private static final int CAPACITY = 10_000;

    private final Map<String, Boolean> ids = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True the first time an event id is seen; an event without id always counts as new. */
    public synchronized boolean firstTime(String eventId) {
        return eventId == null || ids.put(eventId, Boolean.TRUE) == null;
    }
}
