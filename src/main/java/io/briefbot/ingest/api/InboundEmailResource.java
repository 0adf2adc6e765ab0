package io.briefbot.ingest.api;

import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.common.AdminOnly;
import io.briefbot.common.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * E-mails pushed by a mail server's pipe or an inbound-mail webhook: the raw message, parsed and stored like an
 * issue pushed to {@code POST /api/issues}, with the same answers.
 */
@Path("/api/inbound/email")
@AdminOnly
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class InboundEmailResource {

    static final String RFC_822 = "message/rfc822";

    private final IssueIngestor ingestor;

    public InboundEmailResource(IssueIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @POST
    public Response receive(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        if (!isRfc822(contentType)) {
            return Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Not an e-mail",
                    "Send the whole raw e-mail (headers and body) with Content-Type: " + RFC_822 + ", not "
                            + (contentType == null ? "no content type" : contentType) + ".");
        }
        byte[] raw = body == null ? new byte[0] : body;
        return IngestAnswer.of(ingestor.ingest(IngestRequest.of(raw, RFC_822, IngestSource.EMAIL)), uri);
    }

    private static boolean isRfc822(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "message".equalsIgnoreCase(type.getType()) && "rfc822".equalsIgnoreCase(type.getSubtype());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
