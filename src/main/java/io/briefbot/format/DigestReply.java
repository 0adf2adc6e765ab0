package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/**
 * A week at a glance, posted weekly: the week's issues, its most used tags against the week before, the articles the chat
 * follows, and a chart, sent as a picture after the text.
 *
 * @param from        the week's first day
 * @param to          its last day, included
 * @param publication the one publication the digest is of; null for every publication
 * @param chart       null when the week has no tags to chart
 * @param actions     a button to each issue
 */
public record DigestReply(LocalDate from, LocalDate to, String publication, List<IssueLine> issues, List<TagChange> tags,
                          List<FollowedArticle> followed, PictureReply chart, List<Action> actions) implements Reply {

    public record IssueLine(LocalDate date, String publication, String title) {
    }

    /** A tag's articles this week and in the week before. */
    public record TagChange(String tag, long count, long before) {

        /** "▲3", "▼2", "new" (none the week before), "=" */
        public String change() {
            if (before == 0) {
                return "new";
            }
            long difference = count - before;
            return difference > 0 ? "▲" + difference : difference < 0 ? "▼" + -difference : "=";
        }
    }

    /** @param url the article's own page where known, else null */
    public record FollowedArticle(long id, LocalDate date, String publication, String title, String url) {
    }
}
