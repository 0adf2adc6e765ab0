package io.briefbot.ingest.api;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.common.AdminOnly;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Issues pushed over HTTP: {@code POST /api/issues} stores, {@code POST /api/parse} previews. */
@Path("/api")
@AdminOnly
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class IssueIngestResource {

    private final IssueIngestor ingestor;

    public IssueIngestResource(IssueIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @POST
    @Path("/issues")
    public Response ingest(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("publication") String publication, @QueryParam("date") String date,
                           @Context UriInfo uri) {
        return IngestAnswer.of(ingestor.ingest(request(body, contentType, publication, date)), uri);
    }

    @POST
    @Path("/parse")
    public IssueJson preview(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @QueryParam("publication") String publication, @QueryParam("date") String date) {
        return ingestor.preview(request(body, contentType, publication, date));
    }

    private static IngestRequest request(byte[] body, String contentType, String publication, String date) {
        return new IngestRequest(body == null ? new byte[0] : body, contentType, publication, parseDate(date), IngestSource.API);
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The date '" + date + "' is not an ISO date such as 2022-07-08.");
        }
    }
}
