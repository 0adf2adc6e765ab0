package io.briefbot.qa;

import java.util.List;

/** One page of articles containing every word searched for, best match first, and how many there are in all. */
public record ArticleMatches(List<Long> articleIds, long total) {
}
