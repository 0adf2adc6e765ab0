package io.briefbot.ingest.feed;

import io.briefbot.ingest.feed.FeedHttp.FetchRefusedException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Where the requests for one feed may go. The feed's URL is the operator's and trusted, private host or not. Entry
 * links come from whoever writes the feed, and redirects from whoever answers: they may go to the feed's own origin
 * (scheme, host and port), or to public addresses only, unless BRIEFBOT_FEEDS_ALLOW_PRIVATE allows private ones too.
 */
final class FetchScope {

    private final HttpUrl feed;
    private final boolean allowPrivate;

    FetchScope(HttpUrl feed, boolean allowPrivate) {
        this.feed = feed;
        this.allowPrivate = allowPrivate;
    }

    /**
     * The addresses {@code url}'s host resolves to, each checked: a request goes to these and to no others, so that a
     * name cannot resolve to one address when checked and to another when connected to.
     *
     * @param trusted the operator's own URL: not checked
     */
    List<InetAddress> addressesFor(HttpUrl url, boolean trusted) throws UnknownHostException, FetchRefusedException {
        List<InetAddress> addresses = List.of(InetAddress.getAllByName(url.host()));
        if (trusted || allowPrivate || isFeedOrigin(url)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (PrivateAddresses.contains(address)) {
                throw new FetchRefusedException(FetchRefusedException.Reason.ADDRESS, url + " is at " + address.getHostAddress()
                        + ", not a public address; links may lead to the feed's own host or to public addresses only");
            }
        }
        return addresses;
    }

    private boolean isFeedOrigin(HttpUrl url) {
        return url.scheme().equals(feed.scheme()) && url.host().equals(feed.host()) && url.port() == feed.port();
    }
}
