package io.briefbot.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** A chat's weekly digest: on one day of the week ({@link Weekly}) at a local time, of one publication or of all. */
@Entity
@Table(name = "weekly_digest")
public class WeeklyDigest extends SlotRow {

    public static Optional<WeeklyDigest> findFor(Destination destination) {
        return find("platform = ?1 and chatId = ?2 and threadId = ?3", destination.platform(), destination.chatId(),
                Destinations.threadKey(destination)).firstResultOptional();
    }

    /** Every digest of a chat, its forum topics included: the chat is gone. */
    public static long deleteForChat(String platform, String chatId) {
        return delete("platform = ?1 and chatId = ?2", platform, chatId);
    }
}
