package io.briefbot.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Chats muted by a manager: what falls due while they are muted is skipped, never sent later. */
@ApplicationScoped
public class Mutes {

    private final EntityManager entityManager;
    private final Clock clock;

    Mutes(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Mutes the chat until {@code until}, replacing a mute it had. */
    @Transactional
    public void mute(Destination to, Instant until, String by) {
        entityManager.createNativeQuery("""
                        insert into chat_mute (platform, chat_id, thread_id, muted_until, muted_by, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (platform, chat_id, thread_id)
                        do update set muted_until = excluded.muted_until, muted_by = excluded.muted_by, created_at = excluded.created_at""")
                .setParameter(1, to.platform()).setParameter(2, to.chatId()).setParameter(3, Destinations.threadKey(to))
                .setParameter(4, utc(until)).setParameter(5, by).setParameter(6, utc(clock.instant()))
                .executeUpdate();
    }

    /** @return whether the chat was muted */
    @Transactional
    public boolean unmute(Destination to) {
        int ended = entityManager.createNativeQuery("delete from chat_mute where platform = ?1 and chat_id = ?2 and thread_id = ?3 "
                        + "and muted_until > ?4")
                .setParameter(1, to.platform()).setParameter(2, to.chatId()).setParameter(3, Destinations.threadKey(to))
                .setParameter(4, utc(clock.instant()))
                .executeUpdate();
        return ended > 0;
    }

    /** When the chat's mute ends; empty when it is not muted now. Asked by delivery workers, outside any request. */
    @Transactional
    public Optional<Instant> until(Destination to) {
        return entityManager.createNativeQuery("select muted_until from chat_mute where platform = ?1 and chat_id = ?2 "
                        + "and thread_id = ?3 and muted_until > ?4", OffsetDateTime.class)
                .setParameter(1, to.platform()).setParameter(2, to.chatId()).setParameter(3, Destinations.threadKey(to))
                .setParameter(4, utc(clock.instant()))
                .getResultStream().findFirst().map(until -> ((OffsetDateTime) until).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
