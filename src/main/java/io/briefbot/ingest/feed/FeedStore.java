package io.briefbot.ingest.feed;

import io.briefbot.common.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** What is known about each feed and its entries, each change in its own transaction. */
@ApplicationScoped
public class FeedStore {

    private final Clock clock;

    public FeedStore(Clock clock) {
        this.clock = clock;
    }

    /** The feed's state, created due now the first time its URL is configured. */
    @Transactional
    public Feed feedFor(String url) {
        return Feed.findByUrl(url).orElseGet(() -> {
            Feed feed = new Feed();
            feed.url = url;
            feed.nextAttemptAt = clock.instant();
            feed.persist();
            return feed;
        });
    }

    /**
     * @param etag         validator to send next time; null when this pull left entries for the next one
     * @param lastModified likewise
     */
    @Transactional
    public void recordSuccess(long feedId, String title, String etag, String lastModified, Instant nextAttempt) {
        Feed feed = Feed.findById(feedId);
        Instant now = clock.instant();
        if (title != null) {
            feed.title = title;
        }
        feed.etag = etag;
        feed.lastModified = lastModified;
        feed.consecutiveFailures = 0;
        feed.lastAttemptAt = now;
        feed.lastSuccessAt = now;
        feed.nextAttemptAt = nextAttempt;
    }

    @Transactional
    public void recordNotModified(long feedId, Instant nextAttempt) {
        Feed feed = Feed.findById(feedId);
        Instant now = clock.instant();
        feed.consecutiveFailures = 0;
        feed.lastAttemptAt = now;
        feed.lastSuccessAt = now;
        feed.nextAttemptAt = nextAttempt;
    }

    /** Records a failed pull and puts the next attempt off by the backoff for this many failures in a row. */
    @Transactional
    public Feed recordFailure(long feedId, String error, Backoff backoff) {
        Feed feed = Feed.findById(feedId);
        Instant now = clock.instant();
        feed.consecutiveFailures++;
        feed.lastAttemptAt = now;
        feed.lastError = error;
        feed.lastErrorAt = now;
        feed.nextAttemptAt = now.plus(backoff.after(feed.consecutiveFailures));
        return feed;
    }

    @Transactional
    public Set<String> keysSeen(long feedId, Collection<String> keys) {
        return FeedEntry.keysSeen(feedId, keys);
    }

    @Transactional
    public void remember(long feedId, String entryKey, FeedEntry.Status status, String reason, Long issueId) {
        FeedEntry entry = new FeedEntry();
        entry.feedId = feedId;
        entry.entryKey = entryKey;
        entry.status = status;
        entry.reason = reason;
        entry.issueId = issueId;
        entry.seenAt = clock.instant();
        entry.persist();
    }
}
