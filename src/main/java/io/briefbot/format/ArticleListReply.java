package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of articles (/tag), or of articles, headlines and editorial paragraphs (/search).
 *
 * @param marked      words to highlight in the snippets (search terms); empty for none
 * @param suggestions other tags the user may have meant
 */
public record ArticleListReply(String heading, List<Item> items, List<String> marked, List<String> suggestions,
                               List<Action> actions) implements Reply {

    /**
     * An article, or a headline or editorial paragraph that a search found.
     *
     * @param id    the article; for a headline, the article it announces, if any; else null
     * @param label "Headline", "Editorial by …"; null for an article
     * @param title the article's title or the headline; null for an editorial paragraph
     */
    public record Item(Long id, String label, String publication, LocalDate date, String title, String snippet) {

        public Item(long id, String publication, LocalDate date, String title, String snippet) {
            this(id, null, publication, date, title, snippet);
        }
    }
}
