package io.briefbot.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request came from this machine, for this machine. Arriving on a loopback address is not enough:
 * a local reverse proxy relays others' requests from there (and says so in {@code Forwarded} or
 * {@code X-Forwarded-*}), and a web page whose name an attacker re-points at 127.0.0.1 (DNS rebinding) makes
 * the browser send them there under the attacker's name in {@code Host}.
 */
public final class Loopback {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private Loopback() {
    }

    /** Sent from a loopback address, to a loopback name, and not relayed by a proxy. */
    public static boolean isLocalRequest(HttpServerRequest request) {
        return isLoopback(request.remoteAddress()) && isLoopbackName(request.authority()) && !isForwarded(request);
    }

    static boolean isLoopback(SocketAddress address) {
        if (address == null || address.hostAddress() == null || address.hostAddress().isEmpty()) {
            return false;
        }
        try {
            // hostAddress is a numeric literal, so this resolves nothing.
            return InetAddress.getByName(address.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The request's Host (or HTTP/2 authority), any port: one of this machine's own names for itself. */
    static boolean isLoopbackName(HostAndPort authority) {
        return authority != null && authority.host() != null && LOOPBACK_NAMES.contains(authority.host().toLowerCase(Locale.ROOT));
    }

    private static boolean isForwarded(HttpServerRequest request) {
        for (String name : request.headers().names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("forwarded") || lower.startsWith("x-forwarded-")) {
                return true;
            }
        }
        return false;
    }
}
