package io.briefbot.common;

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

/**
 * The audit trail of admin requests, newest first. A row of refused requests ({@code actor} "unauthenticated")
 * counts those from one address within a minute: {@code count} of them from {@code firstAt} to {@code at},
 * showing the last one's request and status.
 */
@Path("/api/admin/audit")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    private static final int MAX_LIMIT = 1000;

    public record Entry(Instant at, Instant firstAt, int count, String actor, String remote, String method, String path, String query,
                        int status) {
    }

    @GET
    public List<Entry> newestFirst(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, "Bad limit",
                    "limit must be between 1 and " + MAX_LIMIT + "."));
        }
        return AdminAction.newestFirst(limit).stream()
                .map(action -> new Entry(action.at, action.firstAt, action.count, action.actor, action.remote, action.method, action.path,
                        action.query, action.status))
                .toList();
    }
}
