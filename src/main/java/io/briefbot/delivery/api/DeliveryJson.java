package io.briefbot.delivery.api;

import io.briefbot.delivery.Delivery;
import java.time.Instant;
import java.util.List;

/** One ledger row as the admin API shows it. */
public record DeliveryJson(long id, String platform, String chatId, String threadId, String kind, Long issueId, Long articleId,
                           String state, int attempts, String lastError, List<String> messageIds, Instant dueAt,
                           Instant sentAt) {

    static DeliveryJson of(Delivery row) {
        return new DeliveryJson(row.id, row.platform, row.chatId, row.threadId.isEmpty() ? null : row.threadId, row.kind,
                row.issueId, row.articleId, row.state, row.attempts, row.lastError, List.copyOf(row.messageIds), row.dueAt,
                row.sentAt);
    }
}
