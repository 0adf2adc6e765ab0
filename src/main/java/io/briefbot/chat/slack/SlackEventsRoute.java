package io.briefbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.briefbot.common.BodyLimit;
import io.briefbot.common.Problem;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Slack's Request URL for events, slash commands and interactivity. The body is read up to 1 MiB and taken
 * byte for byte, as its signature covers it; the signature is checked (401 when missing, wrong, or made over
 * five minutes before or after now) before anything parses the body or any handler sees the request; Slack's unsigned ssl_check
 * ping alone is exempt. A slash command answered from memory is run by Bolt on the event loop that received
 * it; everything that may wait (the archive, up to {@code ack-wait}) runs on a worker.
 */
@ApplicationScoped
public class SlackEventsRoute {

    static final String PATH = "/slack/events";

    private static final Logger LOG = Logger.getLogger(SlackEventsRoute.class);
    // Slack's largest payloads (interactivity with a whole view) stay far below this.
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final String SIGNATURE = "X-Slack-Signature";
    // Slack's ping is a token and ssl_check=1.
    private static final int MAX_SSL_CHECK_BYTES = 512;

    private final SlackSettings settings;
    private final SlackApp slack;
    private final SlackHandlers handlers;

    public SlackEventsRoute(SlackSettings settings, SlackApp slack, SlackHandlers handlers) {
        this.settings = settings;
        this.slack = slack;
        this.handlers = handlers;
    }

    void register(@Observes Router router) {
        router.post(PATH).order(BodyLimit.OWN_READER).handler(this::receive);
    }

    private void receive(RoutingContext routing) {
        HttpServerResponse response = routing.response();
        if (!settings.httpEnabled()) {
            Problem.send(response, 404, "Not found",
                    "Slack's HTTP endpoint is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it.");
            return;
        }
        App app = slack.app().orElse(null);
        if (app == null) {
            Problem.send(response, 503, "Starting", "Slack is not started yet; try again shortly.");
            return;
        }
        BodyLimit.read(routing, MAX_BODY_BYTES, body -> answer(routing, app, body));
    }

    private void answer(RoutingContext routing, App app, Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8);
        HttpServerRequest http = routing.request();
        if (!slack.signedBySlack(http.getHeader(TIMESTAMP), http.getHeader(SIGNATURE), text)) {
            refuseUnsigned(routing, app, http, text);
            return;
        }
        Request<?> request = parse(slack.parser(), http, text);
        if (request == null) {
            Problem.send(routing.response(), 400, "Bad request", "The body is not a Slack request.");
            return;
        }
        if (handlers.answersAtOnce(request)) {
            send(routing.response(), run(app, request));
            return;
        }
        Context here = Vertx.currentContext();
        here.<Response>executeBlocking(() -> run(app, request), false)
                .onSuccess(bolt -> send(routing.response(), bolt))
                .onFailure(routing::fail);
    }

    private static Response run(App app, Request<?> request) {
        try {
            return app.run(request);
        } catch (Exception e) {
            LOG.errorf(e, "Slack request (%s) failed", request.getRequestType());
            return null;
        }
    }

    /**
     * Slack's ping (a form with {@code ssl_check=1} and no command) comes unsigned, and Bolt answers it with
     * an empty 200 without running anything else; every other unsigned request is refused here, before
     * anything (the router, rate limits, caches) sees it.
     */
    private void refuseUnsigned(RoutingContext routing, App app, HttpServerRequest http, String body) {
        Request<?> request = body.length() < MAX_SSL_CHECK_BYTES ? parse(slack.parser(), http, body) : null;
        if (request != null && request.getRequestType() == RequestType.SSLCheck) {
            send(routing.response(), run(app, request));
            return;
        }
        Problem.send(routing.response(), 401, "Unauthorized",
                "The request's X-Slack-Signature is missing or wrong, or its X-Slack-Request-Timestamp is over five minutes off.");
    }

    private static Request<?> parse(SlackRequestParser parser, HttpServerRequest http, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        http.headers().forEach(header -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>(1)).add(header.getValue()));
        Map<String, List<String>> query = new HashMap<>();
        http.params().forEach(param -> query.computeIfAbsent(param.getKey(), name -> new ArrayList<>(1)).add(param.getValue()));
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(http.path())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .build();
        try {
            return parser.parse(raw);
        } catch (RuntimeException e) {
            // Unsigned garbage must not reach the log at length.
            LOG.debugf("Unparseable Slack request: %s", e.getClass().getSimpleName());
            return null;
        }
    }

    private static void send(HttpServerResponse response, Response bolt) {
        if (bolt == null) {
            Problem.send(response, 500, "Internal error", "The Slack request could not be handled.");
            return;
        }
        response.setStatusCode(bolt.getStatusCode());
        if (bolt.getHeaders() != null) {
            bolt.getHeaders().forEach((name, values) -> values.forEach(value -> response.headers().add(name, value)));
        }
        if (bolt.getBody() == null) {
            response.end();
            return;
        }
        if (bolt.getContentType() != null) {
            response.putHeader("Content-Type", bolt.getContentType());
        }
        response.end(bolt.getBody());
    }
}
