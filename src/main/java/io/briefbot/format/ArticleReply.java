package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/** A whole article: /article and the "Read" button. Renderers split it over as many messages as needed. */
public record ArticleReply(long id, String publication, LocalDate date, String section, String title, String author,
                           String lede, List<String> paragraphs, List<String> tags, String url,
                           List<Action> actions) implements Reply {
}
