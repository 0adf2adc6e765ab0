package io.briefbot.briefing.api;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArticlePage;
import io.briefbot.briefing.BriefingService;
import io.briefbot.briefing.IssuePage;
import io.briefbot.briefing.TagCount;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.common.LicensedContent;
import io.briefbot.common.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The read API over the archive. */
@Path("/api")
@LicensedContent
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    private final BriefingService briefings;
    private final BriefingCalendar calendar;

    public ArchiveResource(BriefingService briefings, BriefingCalendar calendar) {
        this.briefings = briefings;
        this.calendar = calendar;
    }

    @GET
    @Path("/issues")
    public IssuePage issues(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return briefings.issues(page, size);
    }

    @GET
    @Path("/issues/{id: \\d+}")
    public IssueJson issue(@PathParam("id") long id) {
        return briefings.byId(id).orElseThrow(() -> notFound("No issue with id " + id + "."));
    }

    @GET
    @Path("/issues/latest")
    public IssueJson latest(@QueryParam("publication") String publication) {
        return briefings.latest(Optional.ofNullable(publication))
                .orElseThrow(() -> notFound(publication == null ? "The archive is empty." : "No issue of " + publication + " yet."));
    }

    @GET
    @Path("/tags")
    public List<TagCount> tags(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(3660) int days,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        LocalDate today = calendar.today();
        return briefings.tagCounts(today.minusDays(days - 1L), today, limit);
    }

    @GET
    @Path("/articles")
    public ArticlePage articles(@QueryParam("tag") String tag, @QueryParam("q") String words,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("5") @Min(1) @Max(100) int size) {
        if (tag != null && !tag.isBlank()) {
            return briefings.byTag(tag, page, size);
        }
        if (words != null && !words.isBlank()) {
            return briefings.search(words, page, size);
        }
        throw new BadRequestException("Give a tag (?tag=cyber) or search words (?q=data+protection).");
    }

    private static NotFoundException notFound(String detail) {
        return new NotFoundException(Problem.response(Response.Status.NOT_FOUND, "Not found", detail));
    }
}
