package io.briefbot.delivery;

import io.briefbot.archive.Article;
import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.WeekInReview;
import io.briefbot.qa.IndexedIssue;
import io.briefbot.qa.Source;
import io.briefbot.qa.WatchMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A week's articles that contain words the chat watches, read as the watch alerts read them. */
@ApplicationScoped
class ArticlesOfWatches implements FollowedArticles {

    private final WeekInReview weeks;
    private final WatchMatcher matcher;

    ArticlesOfWatches(WeekInReview weeks, WatchMatcher matcher) {
        this.weeks = weeks;
        this.matcher = matcher;
    }

    @Override
    public List<ArticleHit> of(Destination chat, LocalDate from, String publication) {
        List<String> watches = ChatWatch.listFor(chat).stream().map(watch -> watch.words).toList();
        if (watches.isEmpty()) {
            return List.of();
        }
        return weeks.issues(from, publication).stream()
                .flatMap(issue -> matcher.hits(IndexedIssue.of(issue), watches).stream())
                .map(hit -> hit.source().kind() == Source.Kind.ARTICLE ? Article.<Article>findById(hit.source().articleId()) : null)
                .filter(Objects::nonNull)
                .limit(DigestReplies.MAX_FOLLOWED)
                .map(ArticleHit::of)
                .toList();
    }
}
