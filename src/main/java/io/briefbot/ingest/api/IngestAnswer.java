package io.briefbot.ingest.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestOutcome;
import io.briefbot.ingest.IngestResult;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The stored issue with what happened to it: created, duplicate or updated. */
public record IngestAnswer(IngestOutcome outcome, @JsonUnwrapped IssueJson issue) {

    /** 201 with the new issue's location when it was created, else 200. */
    static Response of(IngestResult result, UriInfo uri) {
        IngestAnswer answer = new IngestAnswer(result.outcome(), result.issue());
        if (result.outcome() == IngestOutcome.CREATED) {
            return Response.created(uri.getBaseUriBuilder().path("api/issues/{id}").build(result.issue().id()))
                    .entity(answer).build();
        }
        return Response.ok(answer).build();
    }
}
