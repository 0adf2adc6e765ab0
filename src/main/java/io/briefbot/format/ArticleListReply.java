package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of articles: /tag, /search.
 *
 * @param marked      words to highlight in the snippets (search terms); empty for none
 * @param suggestions other tags the user may have meant
 */
public record ArticleListReply(String heading, List<Item> items, List<String> marked, List<String> suggestions,
                               List<Action> actions) implements Reply {

    public record Item(long id, String publication, LocalDate date, String title, String snippet) {
    }
}
