package io.briefbot.briefing;

import java.util.List;

/**
 * One page of articles, newest first.
 *
 * @param suggestions other tags the caller may have meant (prefix matches, near spellings)
 */
public record ArticlePage(List<ArticleHit> items, int page, int size, long total, List<String> suggestions) {

    public boolean hasMore() {
        return (long) (page + 1) * size < total;
    }
}
