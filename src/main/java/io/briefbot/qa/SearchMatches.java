package io.briefbot.qa;

import java.util.List;

/**
 * One page of the units (articles, headlines, editorial paragraphs) containing every word searched for, best match
 * first, and how many there are in all.
 */
public record SearchMatches(List<Match> matches, long total) {

    /** @param text what the unit says: an article's title, lede and paragraphs, a headline, an editorial paragraph */
    public record Match(Source source, String text) {
    }
}
