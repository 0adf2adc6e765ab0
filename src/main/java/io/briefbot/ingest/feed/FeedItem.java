package io.briefbot.ingest.feed;

import java.time.Instant;

/**
 * One entry of a parsed feed.
 *
 * @param key       its guid / id, else its link: what marks it as seen
 * @param link      the page it points to; may be null
 * @param published when it was published (else updated); may be null
 * @param html      its inline HTML content; may be null
 */
public record FeedItem(String key, String link, Instant published, String html) {
}
