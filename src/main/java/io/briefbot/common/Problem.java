package io.briefbot.common;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem body: what went wrong, in words an operator can act on. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Response response(Response.StatusType status, String title, String detail) {
        return response(status.getStatusCode(), title, detail);
    }

    /** The same problem, written by a Vert.x route; done when it is written. */
    public static Future<Void> send(HttpServerResponse response, int status, String title, String detail) {
        return response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(Json.encode(new Problem("about:blank", title, status, detail)));
    }

    public static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail))
                .build();
    }
}
