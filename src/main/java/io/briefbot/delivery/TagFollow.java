package io.briefbot.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A chat that gets every newly ingested article with a tag, at once. */
@Entity
@Table(name = "tag_follow")
public class TagFollow extends ChatRow {

    @Column(nullable = false)
    public String tag;

    @Column(name = "tag_key", nullable = false)
    public String tagKey;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<TagFollow> listFor(Destination destination) {
        return list("platform = ?1 and chatId = ?2 and threadId = ?3", Sort.by("tag"),
                destination.platform(), destination.chatId(), Destinations.threadKey(destination));
    }

    public static Optional<TagFollow> findFor(Destination destination, String tagKey) {
        return find("platform = ?1 and chatId = ?2 and threadId = ?3 and tagKey = ?4",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination), tagKey).firstResultOptional();
    }

    public static long deleteForChat(String platform, String chatId) {
        return delete("platform = ?1 and chatId = ?2", platform, chatId);
    }
}
