package io.briefbot.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one chat, or to one forum topic of it: subscriptions, tag follows, deliveries. */
@MappedSuperclass
public abstract class ChatRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String platform;

    @Column(name = "chat_id", nullable = false)
    public String chatId;

    /** '' for the chat itself. */
    @Column(name = "thread_id", nullable = false)
    public String threadId = "";

    /** The Slack team the chat belongs to, as the command that made the row named it; null elsewhere. */
    public String workspace;

    public Destination destination() {
        return Destinations.of(platform, chatId, threadId);
    }

    void belongTo(Destination to) {
        platform = to.platform();
        chatId = to.chatId();
        threadId = Destinations.threadKey(to);
    }
}
