package io.briefbot.ingest.feed;

import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.common.Backoff;
import io.briefbot.common.RetryPolicy;
import io.briefbot.common.RetryPolicy.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * GETs feeds and pages with timeouts, and retries connect errors and 5xx answers a few times before giving up, and
 * a 429 once the wait its Retry-After asks for is over.
 * Longer backoff across pulls is {@link PullFeeds}' business. Each request goes only where the feed's
 * {@link FetchScope} lets it, connected to the very addresses that were checked; redirects are followed here, a
 * few at most, each checked again; no body is read past its limit.
 */
@ApplicationScoped
public class FeedHttp {

    static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    static final int MAX_REDIRECTS = 5;
    /** An entry's page is at most an issue. */
    static final int MAX_PAGE_BYTES = IssueParser.MAX_BYTES;
    /** A feed carries many entries, often with their whole text. */
    static final int MAX_FEED_BYTES = 16 * 1024 * 1024;
    private static final int TOO_MANY_REQUESTS = 429;

    private final OkHttpClient client;
    private final FeedConfig config;
    private final RetryPolicy retries;

    public FeedHttp(FeedConfig config) {
        this.config = config;
        this.retries = new RetryPolicy(config.retries() + 1, config.retries() + 1, new Backoff(config.retryDelay(), config.retryDelay()));
        this.client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                // a body trickled in slowly must not hold a pull for ever
                .callTimeout(config.connectTimeout().plus(config.readTimeout()))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                // a proxy would resolve the names itself, past the checks
                .proxy(Proxy.NO_PROXY)
                // nothing kept: a pooled connection is to an address checked for another request
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .build();
    }

    /** A conditional GET of a feed: {@link Fetched#notModified()} when the validators still match. */
    public Fetched getFeed(String url, String etag, String lastModified) throws FetchFailedException {
        HttpUrl feed = parse(url);
        return get(new FetchScope(feed, config.allowPrivate()), feed, true, FEED_TYPES, MAX_FEED_BYTES, etag, lastModified);
    }

    /** A GET of an entry's page, linked (absolute, or relative to the feed) from the feed at {@code feedUrl}. */
    public Fetched getPage(String feedUrl, String link) throws FetchFailedException {
        HttpUrl feed = parse(feedUrl);
        HttpUrl page = feed.resolve(link.strip());
        if (page == null) {
            throw notWeb(link);
        }
        return get(new FetchScope(feed, config.allowPrivate()), page, false, PAGE_TYPES, MAX_PAGE_BYTES, null, null);
    }

    private Fetched get(FetchScope scope, HttpUrl url, boolean trusted, String accept, int maxBytes, String etag,
                        String lastModified) throws FetchFailedException {
        return retries.call(() -> once(scope, url, trusted, accept, maxBytes, etag, lastModified), FetchFailedException.class,
                FetchFailedException::verdict);
    }

    private Fetched once(FetchScope scope, HttpUrl start, boolean trusted, String accept, int maxBytes, String etag,
                         String lastModified) throws FetchFailedException {
        HttpUrl url = start;
        for (int redirects = 0; ; redirects++) {
            try (Response response = call(url, scope.addressesFor(url, trusted && redirects == 0), accept, etag, lastModified)) {
                if (!response.isRedirect()) {
                    return fetched(url, response, maxBytes);
                }
                HttpUrl next = response.header("Location") == null ? null : url.resolve(response.header("Location"));
                if (next == null) {
                    throw new FetchFailedException("HTTP " + response.code() + " from " + url + " without a usable Location", false);
                }
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchRefusedException(FetchRefusedException.Reason.REDIRECTS,
                            start + " redirects more than " + MAX_REDIRECTS + " times");
                }
                url = next;
            } catch (UnknownHostException e) {
                throw new FetchFailedException("cannot GET " + url + ": unknown host " + url.host(), true);
            } catch (IOException e) {
                throw new FetchFailedException("cannot GET " + url + ": " + e, true);
            }
        }
    }

    /** One request, connected to {@code addresses} only: the client asks no resolver. */
    private Response call(HttpUrl url, List<InetAddress> addresses, String accept, String etag, String lastModified)
            throws IOException {
        Request.Builder request = new Request.Builder().url(url).header("Accept", accept).header("User-Agent", "briefbot");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return client.newBuilder().dns(host -> addresses).build().newCall(request.build()).execute();
    }

    private static Fetched fetched(HttpUrl url, Response response, int maxBytes) throws IOException, FetchFailedException {
        int status = response.code();
        if (status == 304) {
            return Fetched.NOT_MODIFIED;
        }
        if (status == TOO_MANY_REQUESTS) {
            throw new FetchFailedException("HTTP " + status + " from " + url,
                    Verdict.rateLimited(RetryPolicy.retryAfter(response.header("Retry-After"))));
        }
        if (status >= 300) {
            throw new FetchFailedException("HTTP " + status + " from " + url, status >= 500);
        }
        return new Fetched(capped(url, response.body(), maxBytes), response.header("Content-Type"), response.header("ETag"),
                response.header("Last-Modified"));
    }

    /** The body, read no further than one byte past the limit: a longer one is refused there. */
    private static byte[] capped(HttpUrl url, ResponseBody body, int maxBytes) throws IOException, FetchRefusedException {
        BufferedSource source = body.source();
        if (body.contentLength() > maxBytes || source.request(maxBytes + 1L)) {
            throw new FetchRefusedException(FetchRefusedException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "%s is over the %d MiB limit; not read past it", url, maxBytes / (1024 * 1024)));
        }
        return source.readByteArray();
    }

    private static HttpUrl parse(String url) throws FetchRefusedException {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw notWeb(url);
        }
        return parsed;
    }

    private static FetchRefusedException notWeb(String url) {
        return new FetchRefusedException(FetchRefusedException.Reason.NOT_WEB, "“" + url + "” is not an http or https URL");
    }

    /** A 2xx body with its validators, or {@link #NOT_MODIFIED}. */
    public record Fetched(byte[] body, String contentType, String etag, String lastModified) {

        static final Fetched NOT_MODIFIED = new Fetched(null, null, null, null);

        public boolean notModified() {
            return body == null;
        }
    }

    public static class FetchFailedException extends Exception {

        private final Verdict verdict;

        FetchFailedException(String message, boolean retryable) {
            this(message, retryable ? Verdict.TRANSIENT : Verdict.FINAL);
        }

        FetchFailedException(String message, Verdict verdict) {
            super(message);
            this.verdict = verdict;
        }

        Verdict verdict() {
            return verdict;
        }
    }

    /** A request that is not made, or not read to its end, and never tried again: its reason says why. */
    public static class FetchRefusedException extends FetchFailedException {

        enum Reason { ADDRESS, REDIRECTS, TOO_LARGE, NOT_WEB }

        private final Reason reason;

        FetchRefusedException(Reason reason, String message) {
            super(message, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
