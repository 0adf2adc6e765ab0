package io.briefbot.ingest.feed;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * GETs feeds and pages with timeouts, and retries connect errors and 5xx answers a few times
 * before giving up. Longer backoff across pulls is {@link PullFeeds}' business.
 */
@ApplicationScoped
public class FeedHttp {

    static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final Logger LOG = Logger.getLogger(FeedHttp.class);

    private final FeedHttpApi api;
    private final FeedConfig config;

    public FeedHttp(FeedConfig config) {
        this.config = config;
        // every call names its own URL (@Url), so the base URI is never used
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("http://localhost"))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(true)
                .disableDefaultMapper(true)
                .userAgent("briefbot")
                .build(FeedHttpApi.class);
    }

    /** A conditional GET of a feed: {@link Fetched#notModified()} when the validators still match. */
    public Fetched getFeed(String url, String etag, String lastModified) throws FetchFailedException {
        return get(url, FEED_TYPES, etag, lastModified);
    }

    public Fetched getPage(String url) throws FetchFailedException {
        return get(url, PAGE_TYPES, null, null);
    }

    private Fetched get(String url, String accept, String etag, String lastModified) throws FetchFailedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return once(url, accept, etag, lastModified);
            } catch (FetchFailedException e) {
                if (!e.retryable() || attempt >= config.retries()) {
                    throw e;
                }
                LOG.debugf("GET %s failed (%s), retrying", url, e.getMessage());
                pause();
            }
        }
    }

    private Fetched once(String url, String accept, String etag, String lastModified) throws FetchFailedException {
        try (Response response = api.get(url, accept, etag, lastModified)) {
            int status = response.getStatus();
            if (status == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return Fetched.NOT_MODIFIED;
            }
            if (status >= 500) {
                throw new FetchFailedException("HTTP " + status + " from " + url, true);
            }
            if (status >= 300) {
                throw new FetchFailedException("HTTP " + status + " from " + url, false);
            }
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return new Fetched(body, response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString(HttpHeaders.LAST_MODIFIED));
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchFailedException("cannot GET " + url + ": " + cause, true);
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A 2xx body with its validators, or {@link #NOT_MODIFIED}. */
    public record Fetched(byte[] body, String contentType, String etag, String lastModified) {

        static final Fetched NOT_MODIFIED = new Fetched(null, null, null, null);

        public boolean notModified() {
            return body == null;
        }
    }

    public static class FetchFailedException extends Exception {

        private final boolean retryable;

        FetchFailedException(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
