package io.briefbot.delivery;

import io.briefbot.archive.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What chats receive: their daily posts, weekly digests and the tags they follow, as chat commands change them. */
@ApplicationScoped
public class Subscriptions {

    private final Clock clock;

    Subscriptions(Clock clock) {
        this.clock = clock;
    }

    /**
     * The chat's daily post of a publication (null: of every publication), made or changed. It starts with the
     * next slot: a slot earlier today is not posted.
     */
    @Transactional
    public Subscription subscribe(Destination to, String workspace, DailySlot slot, String publication, String by) {
        Subscription subscription = Subscription.findFor(to, publication).orElseGet(Subscription::new);
        subscription.schedule(to, workspace, slot, publication, by, clock.instant());
        subscription.persist();
        return subscription;
    }

    /** Ends the chat's daily posts: of one publication, or all of them. @return how many ended */
    @Transactional
    public long unsubscribe(Destination to, Optional<String> publication) {
        return publication.map(named -> Subscription.deleteFor(to, named)).orElseGet(() -> Subscription.deleteFor(to));
    }

    @Transactional
    public List<Subscription> of(Destination to) {
        return Subscription.listFor(to);
    }

    /**
     * The chat's weekly digest (of a publication; null: of every one), made or changed. It starts with the next slot; at
     * most one goes out in a calendar week, so a digest moved to a later day that week waits for the next.
     */
    @Transactional
    public WeeklyDigest digest(Destination to, String workspace, DailySlot slot, String publication, String by) {
        WeeklyDigest digest = WeeklyDigest.findFor(to).orElseGet(WeeklyDigest::new);
        digest.schedule(to, workspace, slot, publication, by, clock.instant());
        digest.persist();
        return digest;
    }

    /** Ends the chat's weekly digest, one queued and not yet on its way included. @return whether it had one */
    @Transactional
    public boolean stopDigest(Destination to) {
        Delivery.delete("platform = ?1 and chatId = ?2 and threadId = ?3 and kind = ?4 and state = ?5", to.platform(), to.chatId(),
                Destinations.threadKey(to), Delivery.DIGEST, Delivery.State.PENDING.word());
        Optional<WeeklyDigest> digest = WeeklyDigest.findFor(to);
        digest.ifPresent(WeeklyDigest::delete);
        return digest.isPresent();
    }

    @Transactional
    public Optional<WeeklyDigest> digestOf(Destination to) {
        return WeeklyDigest.findFor(to);
    }

    /** @param workspace the Slack team id; null elsewhere. @return false when the chat already follows the tag */
    @Transactional
    public boolean follow(Destination to, String workspace, String tag, String by) {
        String key = SearchKeys.of(tag);
        if (TagFollow.findFor(to, key).isPresent()) {
            return false;
        }
        TagFollow follow = new TagFollow();
        follow.belongTo(to);
        follow.workspace = workspace;
        follow.tag = tag.strip();
        follow.tagKey = key;
        follow.createdBy = by;
        follow.createdAt = clock.instant();
        follow.persist();
        return true;
    }

    /** @return false when the chat did not follow the tag */
    @Transactional
    public boolean unfollow(Destination to, String tag) {
        Optional<TagFollow> follow = TagFollow.findFor(to, SearchKeys.of(tag));
        follow.ifPresent(TagFollow::delete);
        return follow.isPresent();
    }

    @Transactional
    public List<TagFollow> follows(Destination to) {
        return TagFollow.listFor(to);
    }
}
