package io.briefbot.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A chat's daily post: at a local time, on every day or on weekdays, of one publication or of all. */
@Entity
@Table(name = "subscription")
public class Subscription extends SlotRow {

    public static List<Subscription> listFor(Destination destination) {
        return list("platform = ?1 and chatId = ?2 and threadId = ?3", Sort.by("localTime").and("id"),
                destination.platform(), destination.chatId(), Destinations.threadKey(destination));
    }

    public static Optional<Subscription> findFor(Destination destination, String publication) {
        return find("platform = ?1 and chatId = ?2 and threadId = ?3 and lower(coalesce(publication, '')) = lower(?4)",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination),
                publication == null ? "" : publication).firstResultOptional();
    }

    public static long deleteFor(Destination destination) {
        return delete("platform = ?1 and chatId = ?2 and threadId = ?3",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination));
    }

    public static long deleteFor(Destination destination, String publication) {
        return delete("platform = ?1 and chatId = ?2 and threadId = ?3 and lower(coalesce(publication, '')) = lower(?4)",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination), publication);
    }

    /** Every subscription of a chat, its forum topics included: the chat is gone. */
    public static long deleteForChat(String platform, String chatId) {
        return delete("platform = ?1 and chatId = ?2", platform, chatId);
    }
}
