package io.briefbot.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The audit trail of admin requests, newest first. */
@Path("/api/admin/audit")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    private static final int MAX_LIMIT = 1000;

    public record Entry(Instant at, String actor, String remote, String method, String path, String query, int status) {
    }

    @GET
    public List<Entry> newestFirst(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, "Bad limit",
                    "limit must be between 1 and " + MAX_LIMIT + "."));
        }
        return AdminAction.newestFirst(limit).stream()
                .map(action -> new Entry(action.at, action.actor, action.remote, action.method, action.path, action.query, action.status))
                .toList();
    }
}
