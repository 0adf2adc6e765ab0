package io.briefbot.format;

import io.briefbot.archive.IssueJson;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Replies showing a stored issue or one of its articles, as commands answer them and daily posts carry them. */
@Singleton
public class IssueReplies {

    public static final int LEDE_BUDGET_CHARS = 300;

    private final Summariser summariser;

    public IssueReplies(Summariser summariser) {
        this.summariser = summariser;
    }

    /** An issue at a glance: headlines, the editorial's teaser, each article's title and lede. */
    public BriefingReply briefing(IssueJson issue, List<Action> actions) {
        List<BriefingReply.ArticleTeaser> articles = issue.articles().stream()
                .map(article -> new BriefingReply.ArticleTeaser(article.id(), article.section(), article.title(),
                        summariser.lede(firstParagraph(article), LEDE_BUDGET_CHARS), article.url()))
                .toList();
        Optional<IssueJson.EditorialJson> editorial = Optional.ofNullable(issue.editorial());
        return new BriefingReply(issue.id(), issue.publication(), issue.date(), issue.title(), issue.headlines(),
                editorial.map(e -> summariser.teaser(e.paragraphs())).orElse(null),
                editorial.map(IssueJson.EditorialJson::author).orElse(null),
                articles, actions);
    }

    /** A whole article of an issue. */
    public ArticleReply article(IssueJson issue, IssueJson.ArticleJson article, List<Action> actions) {
        return new ArticleReply(article.id(), issue.publication(), issue.date(), article.section(), article.title(),
                article.author(), article.lede(), article.paragraphs(), article.tags(), article.url(), actions);
    }

    private static String firstParagraph(IssueJson.ArticleJson article) {
        if (article.lede() != null && !article.lede().isBlank()) {
            return article.lede();
        }
        return article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    }
}
