package io.briefbot.delivery;

import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.WeekInReview;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** A week's articles with a tag the chat follows. */
@ApplicationScoped
class ArticlesOfFollowedTags implements FollowedArticles {

    private final WeekInReview weeks;

    ArticlesOfFollowedTags(WeekInReview weeks) {
        this.weeks = weeks;
    }

    @Override
    public List<ArticleHit> of(Destination chat, LocalDate from, String publication) {
        List<String> keys = TagFollow.listFor(chat).stream().map(follow -> follow.tagKey).toList();
        return weeks.tagged(from, publication, keys, DigestReplies.MAX_FOLLOWED);
    }
}
