package io.briefbot.chat.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recently added keys, up to a bound; the oldest are forgotten first. */
final class RecentKeys<K> {

    private final Map<K, Boolean> keys;

    RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when the key was not among the recent ones (and now is). */
    synchronized boolean add(K key) {
        return keys.put(key, Boolean.TRUE) == null;
    }
}
