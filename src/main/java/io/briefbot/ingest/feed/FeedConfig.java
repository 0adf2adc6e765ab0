package io.briefbot.ingest.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.feed")
public interface FeedConfig {

    /** URLs of RSS 2.0, Atom or JSON Feed 1.1 feeds (BRIEFBOT_FEEDS, comma-separated). */
    Optional<List<String>> urls();

    /** How often each feed is pulled (BRIEFBOT_FEED_INTERVAL). */
    @WithDefault("15m")
    Duration interval();

    /** How often feeds are checked for being due; a failing feed's backoff is only as fine as this. */
    @WithDefault("1m")
    String checkEvery();

    /** New entries taken from one feed per pull (BRIEFBOT_FEED_MAX_ENTRIES); the rest come next time. */
    @WithDefault("50")
    int maxEntriesPerRun();

    /** Wait after a feed's first failure; it doubles with each further one, up to {@link #maxBackoff()}. */
    @WithDefault("1m")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** Immediate retries of a request that failed to connect, got a 5xx or a 429, before the pull counts as failed. */
    @WithDefault("2")
    int retries();

    @WithDefault("2s")
    Duration retryDelay();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    /**
     * Whether entry links (and redirects) may lead to loopback, private, link-local and other non-public addresses
     * besides the feed's own host (BRIEFBOT_FEEDS_ALLOW_PRIVATE).
     */
    @WithDefault("false")
    boolean allowPrivate();

    /** Inline content with less text than this is taken as a teaser: the entry's link is fetched instead. */
    @WithDefault("500")
    int minInlineChars();
}
