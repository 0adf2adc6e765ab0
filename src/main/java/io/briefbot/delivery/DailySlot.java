package io.briefbot.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * When a subscription or a weekly digest posts, in its own time zone, on the days it comes. A local time that does not
 * exist on a day (skipped by a daylight-saving change) posts at the first valid minute after the gap; one that exists
 * twice posts at the earlier of the two.
 */
public record DailySlot(LocalTime time, ZoneId zone, PostDays days) {

    private static final int DAYS_AHEAD = 8;

    /** The slot on a local date, or none when it skips that day. */
    public Optional<Instant> on(LocalDate localDate) {
        if (!days.includes(localDate)) {
            return Optional.empty();
        }
        LocalDateTime local = localDate.atTime(time);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            // java.time would move the time on by the gap's length (02:30 to 03:30); the slot is the gap's end.
            ZoneOffsetTransition gap = rules.getTransition(local);
            return Optional.of(gap.getInstant());
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant());
    }

    /** The local date at an instant, in this slot's zone. */
    public LocalDate localDate(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Today's slot (local date at {@code now}), when it has come. */
    public Optional<Instant> dueAt(Instant now) {
        return on(localDate(now)).filter(slot -> !slot.isAfter(now));
    }

    /** The first slot after {@code now}, in local time. */
    public ZonedDateTime nextAfter(Instant now) {
        LocalDate date = localDate(now);
        for (int i = 0; i < DAYS_AHEAD; i++) {
            Optional<Instant> slot = on(date.plusDays(i)).filter(instant -> instant.isAfter(now));
            if (slot.isPresent()) {
                return slot.get().atZone(zone);
            }
        }
        throw new IllegalStateException("no slot within a week for " + this);
    }
}
