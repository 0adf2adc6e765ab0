package io.briefbot.delivery;

import io.briefbot.archive.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What chats receive: their daily posts and the tags they follow, as chat commands change them. */
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
        subscription.belongTo(to);
        subscription.workspace = workspace;
        subscription.localTime = slot.time();
        subscription.zoneId = slot.zone().getId();
        subscription.days = slot.days().word();
        subscription.publication = publication;
        subscription.createdBy = by;
        subscription.createdAt = clock.instant();
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
