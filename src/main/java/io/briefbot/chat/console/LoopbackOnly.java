package io.briefbot.chat.console;

import io.briefbot.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The console answers only requests from this machine until it has a password. */
final class LoopbackOnly {

    private LoopbackOnly() {
    }

    static void require(HttpServerRequest request) {
        if (!isLoopback(request.remoteAddress())) {
            throw new ForbiddenException(Problem.response(Response.Status.FORBIDDEN, "Console is local only",
                    "The console answers only requests from this machine (127.0.0.1 or ::1)."));
        }
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
}
