package io.briefbot.ingest.feed;

import io.briefbot.common.BriefingCalendar;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.ingest.feed.FeedHttp.FetchFailedException;
import io.briefbot.ingest.feed.FeedHttp.FetchRefusedException;
import io.briefbot.ingest.feed.FeedHttp.Fetched;
import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.ingest.parse.ParsedIssue;
import io.micrometer.core.instrument.MeterRegistry;
import io.briefbot.common.Backoff;
import io.briefbot.common.RunMode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * Pulls each configured feed when it is due and ingests the entries not seen before.
 * A failing feed is put off with exponential backoff without holding up the others.
 */
@ApplicationScoped
public class PullFeeds {

    private static final Logger LOG = Logger.getLogger(PullFeeds.class);

    private final FeedConfig config;
    private final FeedHttp http;
    private final FeedStore store;
    private final IssueParser parser;
    private final IssueIngestor ingestor;
    private final BriefingCalendar calendar;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Backoff backoff;

    public PullFeeds(FeedConfig config, FeedHttp http, FeedStore store, IssueParser parser, IssueIngestor ingestor,
                     BriefingCalendar calendar, MeterRegistry meters, Clock clock) {
        this.config = config;
        this.http = http;
        this.store = store;
        this.parser = parser;
        this.ingestor = ingestor;
        this.calendar = calendar;
        this.meters = meters;
        this.clock = clock;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    }

    @Scheduled(every = "{briefbot.feed.check-every}", delayed = "{briefbot.start.background-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunMode.SkipInTasks.class)
    void scheduledPull() {
        pullDue();
    }

    /** Pulls every configured feed whose next attempt has come. */
    public void pullDue() {
        for (String url : config.urls().orElse(List.of())) {
            Feed feed = store.feedFor(url.trim());
            if (feed.nextAttemptAt.isAfter(clock.instant())) {
                continue;
            }
            try {
                pull(feed);
            } catch (FetchFailedException | MalformedFeedException | RuntimeException e) {
                failed(feed, e);
            }
        }
    }

    private void pull(Feed feed) throws FetchFailedException, MalformedFeedException {
        Fetched fetched = http.getFeed(feed.url, feed.etag, feed.lastModified);
        Instant nextAttempt = clock.instant().plus(config.interval());
        if (fetched.notModified()) {
            store.recordNotModified(feed.id, nextAttempt);
            return;
        }
        FeedDocument document = FeedParser.parse(fetched.body());
        List<FeedItem> fresh = unseen(feed, document.items());
        int taking = Math.min(fresh.size(), config.maxEntriesPerRun());
        boolean allTaken = taking == fresh.size();
        for (FeedItem item : fresh.subList(0, taking)) {
            try {
                take(feed, document.title(), item);
            } catch (FetchFailedException e) {
                allTaken = false;
                LOG.warnf("Feed %s: entry %s not taken, will try again: %s", feed.url, item.key(), e.getMessage());
            }
        }
        // Validators are kept only when every new entry was handled: otherwise the next pull
        // must get the whole feed again (not a 304) to reach the entries left over.
        store.recordSuccess(feed.id, document.title(), allTaken ? fetched.etag() : null,
                allTaken ? fetched.lastModified() : null, nextAttempt);
        if (taking > 0) {
            LOG.infof("Feed %s: took %d new entries%s", feed.url, taking, allTaken ? "" : ", more left for the next pull");
        }
    }

    /** Entries not taken before, oldest first, so that a capped pull leaves the newest for next time. */
    private List<FeedItem> unseen(Feed feed, List<FeedItem> items) {
        Map<String, FeedItem> byKey = new LinkedHashMap<>();
        for (FeedItem item : items) {
            byKey.putIfAbsent(item.key(), item);
        }
        Set<String> seen = store.keysSeen(feed.id, byKey.keySet());
        List<FeedItem> fresh = new ArrayList<>(byKey.values());
        fresh.removeIf(item -> seen.contains(item.key()));
        fresh.sort(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return fresh;
    }

    private void take(Feed feed, String feedTitle, FeedItem item) throws FetchFailedException {
        try {
            Content content = contentOf(feed, item);
            // The feed's title and the entry's date only fill in what the issue itself does not say:
            // an explicit publication would override the text, and a feed's title ("China.Table Newsletter")
            // is often not the publication's name, which would split one publication in two.
            ParsedIssue parsed = parser.parse(content.raw(), content.type());
            String publication = parsed.publication() == null ? feedTitle : null;
            LocalDate date = parsed.date() == null && item.published() != null
                    ? calendar.dayOf(item.published()) : null;
            IngestResult result = ingestor.ingest(new IngestRequest(content.raw(), content.type(), publication, date, IngestSource.FEED));
            store.remember(feed.id, item.key(), FeedEntry.Status.INGESTED, null, result.issue().id());
            LOG.debugf("Feed %s: entry %s %s as issue %d", feed.url, item.key(), result.outcome(), result.issue().id());
        } catch (IssueRejectedException e) {
            refuse(feed, item, e.reason().name(), e.getMessage());
        } catch (FetchRefusedException e) {
            refuse(feed, item, e.reason().name(), e.getMessage());
        }
    }

    /** Remembers the entry as refused, so that it is not taken again, and counts it. */
    private void refuse(Feed feed, FeedItem item, String why, String detail) {
        String reason = why + ": " + detail;
        store.remember(feed.id, item.key(), FeedEntry.Status.REFUSED, reason, null);
        meters.counter("briefbot_feed_entries_refused_total", "feed", feed.url, "reason", why.toLowerCase(Locale.ROOT)).increment();
        LOG.infof("Feed %s: entry %s refused: %s", feed.url, item.key(), reason);
    }

    private Content contentOf(Feed feed, FeedItem item) throws FetchFailedException {
        boolean substantial = item.html() != null && Jsoup.parse(item.html()).text().length() >= config.minInlineChars();
        if (substantial || (item.link() == null && item.html() != null)) {
            return new Content(item.html().getBytes(StandardCharsets.UTF_8), "text/html");
        }
        if (item.link() == null) {
            throw new IssueRejectedException(IssueRejectedException.Reason.EMPTY, "the entry has neither content nor a link");
        }
        Fetched page = http.getPage(feed.url, item.link());
        return new Content(page.body(), "text/html");
    }

    private void failed(Feed feed, Exception e) {
        String reason = e instanceof RuntimeException ? e.toString() : e.getMessage();
        Feed state = store.recordFailure(feed.id, reason, backoff);
        meters.counter("briefbot_feed_failures_total", "feed", feed.url).increment();
        LOG.warnf("Feed %s failed (%d in a row), next attempt at %s: %s", feed.url, state.consecutiveFailures,
                state.nextAttemptAt, reason);
    }

    private record Content(byte[] raw, String type) {
    }
}
