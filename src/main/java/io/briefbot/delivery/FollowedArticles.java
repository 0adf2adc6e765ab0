package io.briefbot.delivery;

import io.briefbot.briefing.ArticleHit;
import java.time.LocalDate;
import java.util.List;

/**
 * The articles of a week a chat asked to be told about, for its weekly digest. Each way of asking (tags followed, and
 * any other) is one bean; the digest lists what all of them find, each article once.
 */
public interface FollowedArticles {

    /** @param publication null for every publication */
    List<ArticleHit> of(Destination chat, LocalDate from, String publication);
}
