package io.briefbot.ingest.api;

import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.common.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class IssueRejectedMapper implements ExceptionMapper<IssueRejectedException> {

    @Override
    public Response toResponse(IssueRejectedException e) {
        if (e.reason() == IssueRejectedException.Reason.TOO_LARGE) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Issue too large", e.getMessage());
        }
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, "Not a briefing issue", e.getMessage());
    }
}
