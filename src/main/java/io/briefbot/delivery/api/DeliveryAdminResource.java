package io.briefbot.delivery.api;

import io.briefbot.delivery.Delivery;
import io.briefbot.delivery.Delivery.State;
import io.briefbot.delivery.PassSummary;
import io.briefbot.delivery.RunDeliveries;
import io.briefbot.common.AdminOnly;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Operators' view of the delivery ledger, and a pass on demand (re-running a morning, tests). */
@Path("/api/admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class DeliveryAdminResource {

    private final RunDeliveries deliveries;
    private final Clock clock;

    public DeliveryAdminResource(RunDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Runs the pass as if the clock read {@code at} (default: now) and answers what it did. */
    @POST
    @Path("/run")
    public PassSummary run(@QueryParam("at") String at) {
        return deliveries.runAt(at == null || at.isBlank() ? clock.instant() : instant(at));
    }

    /** The deliveries of the issues of a day (their edition date). */
    @GET
    @Transactional
    public DeliveriesOfDay list(@QueryParam("date") String date) {
        if (date == null || date.isBlank()) {
            throw new BadRequestException("Give a day: ?date=YYYY-MM-DD.");
        }
        List<Delivery> rows = Delivery.listOn(day(date));
        return new DeliveriesOfDay(day(date), withState(rows, State.SENT), rows.stream()
                .filter(row -> row.is(State.PENDING) || row.is(State.SENDING)).map(DeliveryJson::of).toList(),
                withState(rows, State.FAILED), withState(rows, State.GONE), withState(rows, State.FORBIDDEN));
    }

    private static List<DeliveryJson> withState(List<Delivery> rows, State state) {
        return rows.stream().filter(row -> row.is(state)).map(DeliveryJson::of).toList();
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("“" + at + "” is not an ISO-8601 instant such as 2026-03-29T05:30:00Z.");
        }
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("“" + date + "” is not a day: give it as YYYY-MM-DD, such as 2026-03-29.");
        }
    }
}
