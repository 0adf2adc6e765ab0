package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/** An issue at a glance: /today, /issue. Teasers are already summarised (see Summariser). */
public record BriefingReply(long issueId, String publication, LocalDate date, String title, List<String> headlines,
                            String editorialTeaser, String editorialAuthor, List<ArticleTeaser> articles,
                            List<Action> actions) implements Reply {

    /** @param url the article's own page where known, else null */
    public record ArticleTeaser(long id, String section, String title, String lede, String url) {
    }
}
