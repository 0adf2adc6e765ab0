package io.briefbot.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every request body is read here, counted as it arrives whatever its framing (a Content-Length or
 * chunks), and refused with 413 and a closed connection as soon as it passes its limit: nothing past the
 * limit is read, and nothing parses or verifies a body before it is whole. Routes that check a request's
 * headers before taking its body (the platforms' callbacks) read it themselves through {@link #read}, with
 * their own limit, and sit ahead of the route that reads every other body with
 * {@code quarkus.http.limits.max-body-size} (Quarkus enforces that for chunked bodies only on some JAX-RS
 * readers, and never on a Vert.x route). The main port speaks HTTP/1.1 only ({@code quarkus.http.http2=false}):
 * the REST layer cannot take an HTTP/2 request whose body was read before it.
 */
@ApplicationScoped
public class BodyLimit {

    /** The order of a route that reads its own body with {@link #read}: ahead of every other reader. */
    public static final int OWN_READER = -20;
    // Ahead of Quarkus' own Content-Length check (-2) and of the REST layer, behind the routes above.
    private static final int EVERY_OTHER_READER = -10;
    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBytes) {
        this.maxBytes = maxBytes.asLongValue();
    }

    void register(@Observes Router router) {
        // The REST layer takes a body that a route before it has read as the request's body.
        router.route().order(EVERY_OTHER_READER).handler(routing -> read(routing, maxBytes, body -> {
            routing.setBody(body);
            routing.next();
        }));
    }

    /**
     * Reads the request's body and hands it on whole; over {@code maxBytes} (announced, or counted as it
     * arrives) it answers 413 itself, stops reading and closes the connection, and {@code then} is never called.
     */
    public static void read(RoutingContext routing, long maxBytes, Handler<Buffer> then) {
        HttpServerRequest request = routing.request();
        long announced = announcedLength(request);
        if (announced > maxBytes) {
            refuse(routing, maxBytes);
            return;
        }
        // Grown as bytes arrive, never sized by what a request announces and may never send.
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (routing.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                refuse(routing, maxBytes);
                return;
            }
            body.appendBuffer(chunk);
        });
        // the sender went away mid-body: nobody is left to answer
        request.exceptionHandler(e -> LOG.debugf("A body sent to %s did not arrive whole (%s)", request.path(), e.getClass().getSimpleName()));
        request.endHandler(end -> {
            if (!routing.response().ended()) {
                then.handle(body);
            }
        });
        // Quarkus pauses requests until a handler takes the body.
        request.resume();
    }

    /** The Content-Length, -1 when there is none; one too long to be a number is as good as infinite. */
    private static long announcedLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext routing, long maxBytes) {
        HttpServerRequest request = routing.request();
        HttpServerResponse response = routing.response();
        request.pause();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        Problem.send(response, 413, "Too large", "A request body here is at most " + size(maxBytes) + ".")
                .onComplete(sent -> request.connection().close());
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }
}
