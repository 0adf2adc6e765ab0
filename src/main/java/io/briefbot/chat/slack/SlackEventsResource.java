package io.briefbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.briefbot.web.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Slack's Request URL for events, slash commands and interactivity. The body is taken byte for byte, as
 * its signature covers it; Bolt verifies the signature (401 when missing, wrong or older than 5 minutes)
 * before any handler sees the request.
 */
@Path("/slack/events")
public class SlackEventsResource {

    private static final Logger LOG = Logger.getLogger(SlackEventsResource.class);

    private final SlackSettings settings;
    private final SlackApp slack;

    public SlackEventsResource(SlackSettings settings, SlackApp slack) {
        this.settings = settings;
        this.slack = slack;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    public Response receive(String body, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!settings.httpEnabled()) {
            return Problem.response(Response.Status.NOT_FOUND, "Not found",
                    "Slack's HTTP endpoint is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it.");
        }
        Optional<App> app = slack.app();
        if (app.isEmpty()) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Starting", "Slack is not started yet; try again shortly.");
        }
        Request<?> request = parse(app.get(), body, headers, uri);
        if (request == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Bad request", "The body is not a Slack request.");
        }
        try {
            return toJaxRs(app.get().run(request));
        } catch (Exception e) {
            LOG.errorf(e, "Slack request (%s) failed", request.getRequestType());
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "The Slack request could not be handled.");
        }
    }

    private static Request<?> parse(App app, String body, HttpHeaders headers, UriInfo uri) {
        Map<String, List<String>> query = new HashMap<>(uri.getQueryParameters());
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(uri.getRequestUri().getPath())
                .queryString(query)
                .headers(new RequestHeaders(new HashMap<>(headers.getRequestHeaders())))
                .requestBody(body == null ? "" : body)
                .build();
        try {
            return new SlackRequestParser(app.config()).parse(raw);
        } catch (RuntimeException e) {
            // Unsigned garbage must not reach the log at length.
            LOG.debugf("Unparseable Slack request: %s", e.getClass().getSimpleName());
            return null;
        }
    }

    private static Response toJaxRs(com.slack.api.bolt.response.Response bolt) {
        Response.ResponseBuilder response = Response.status(bolt.getStatusCode());
        if (bolt.getHeaders() != null) {
            bolt.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        }
        if (bolt.getBody() != null) {
            response.entity(bolt.getBody());
            if (bolt.getContentType() != null) {
                response.type(bolt.getContentType());
            }
        }
        return response.build();
    }
}
