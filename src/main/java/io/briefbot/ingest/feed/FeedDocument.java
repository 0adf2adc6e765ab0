package io.briefbot.ingest.feed;

import java.util.List;

/** A parsed feed: its title (may be null) and its entries in the feed's order. */
public record FeedDocument(String title, List<FeedItem> items) {
}
