package io.briefbot.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps a chat's subscriptions, weekly digest, tag follows, watches and pending deliveries when the platform gives the chat
 * a new id (a Telegram group upgraded to a supergroup). What the new id already has wins; rows being sent right now
 * stay where they are, their message went to the new chat already.
 */
@ApplicationScoped
public class MoveChat {

    private static final Logger LOG = Logger.getLogger(MoveChat.class);

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onMoved(@Observes ChatMoved moved) {
        int subscriptions = move("subscription", "lower(coalesce(t.publication, '')) = lower(coalesce(s.publication, ''))", moved);
        int digests = move("weekly_digest", "true", moved);
        int follows = move("tag_follow", "t.tag_key = s.tag_key", moved);
        int watches = move("chat_watch", "t.words_key = s.words_key", moved);
        int deliveries = move("delivery", "((t.issue_id = s.issue_id and t.kind = s.kind) or t.article_id = s.article_id"
                + " or (t.kind = 'digest' and s.kind = 'digest'"
                + " and date_trunc('week', t.edition_date::timestamp) = date_trunc('week', s.edition_date::timestamp)))", moved,
                "s.state = 'pending'");
        int mutes = move("chat_mute", "true", moved);
        LOG.infof("%s chat %s is now %s: moved %d subscriptions, %d weekly digests, %d tag follows, %d watches, %d pending deliveries,"
                + " %d mutes", moved.platform(), moved.fromChatId(), moved.toChatId(), subscriptions, digests, follows, watches, deliveries,
                mutes);
    }

    private static int move(String table, String sameSubject, ChatMoved moved, String... conditions) {
        String only = conditions.length == 0 ? "" : " and " + String.join(" and ", conditions);
        return Panache.getEntityManager().createNativeQuery("update " + table + " s set chat_id = :to"
                        + " where s.platform = :platform and s.chat_id = :from" + only
                        + " and not exists (select 1 from " + table + " t where t.platform = s.platform and t.chat_id = :to"
                        + " and t.thread_id = s.thread_id and " + sameSubject + ")")
                .setParameter("to", moved.toChatId())
                .setParameter("from", moved.fromChatId())
                .setParameter("platform", moved.platform())
                .executeUpdate();
    }
}
