package io.briefbot.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** A chat's row that posts at a slot, of one publication or of all: a daily subscription or a weekly digest. */
@MappedSuperclass
public abstract class SlotRow extends ChatRow {

    @Column(name = "local_time", nullable = false)
    public LocalTime localTime;

    @Column(name = "zone_id", nullable = false)
    public String zoneId;

    /** A {@link PostDays#word()}. */
    @Column(nullable = false)
    public String days;

    /** Null for every publication. */
    public String publication;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Slots before this instant are not posted: a row starts with its next slot. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public DailySlot slot() {
        return new DailySlot(localTime, ZoneId.of(zoneId), PostDays.ofWord(days));
    }

    /** Made or changed now, by {@code by}, in the Slack team {@code workspace} (null elsewhere). */
    void schedule(Destination to, String workspace, DailySlot slot, String publication, String by, Instant now) {
        belongTo(to);
        this.workspace = workspace;
        this.localTime = slot.time();
        this.zoneId = slot.zone().getId();
        this.days = slot.days().word();
        this.publication = publication;
        this.createdBy = by;
        this.createdAt = now;
    }
}
