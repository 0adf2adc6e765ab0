package io.briefbot.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Words a chat watches: each new issue with an article, headline or editorial paragraph containing them is posted there. */
@Entity
@Table(name = "chat_watch")
public class ChatWatch extends ChatRow {

    /** As the chat is shown them: words, "a phrase", -excluded. */
    @Column(nullable = false)
    public String words;

    @Column(name = "words_key", nullable = false)
    public String wordsKey;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ChatWatch> listFor(Destination destination) {
        return list("platform = ?1 and chatId = ?2 and threadId = ?3", Sort.by("words"),
                destination.platform(), destination.chatId(), Destinations.threadKey(destination));
    }

    public static Optional<ChatWatch> findFor(Destination destination, String wordsKey) {
        return find("platform = ?1 and chatId = ?2 and threadId = ?3 and wordsKey = ?4",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination), wordsKey).firstResultOptional();
    }

    public static long countFor(Destination destination) {
        return count("platform = ?1 and chatId = ?2 and threadId = ?3",
                destination.platform(), destination.chatId(), Destinations.threadKey(destination));
    }

    /** Every wording some chat watches, once. */
    public static List<String> allWords() {
        return getEntityManager().createQuery("select distinct w.words from ChatWatch w", String.class).getResultList();
    }

    public static long deleteForChat(String platform, String chatId) {
        return delete("platform = ?1 and chatId = ?2", platform, chatId);
    }
}
