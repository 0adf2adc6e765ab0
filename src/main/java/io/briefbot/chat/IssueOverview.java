package io.briefbot.chat;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.BriefingService;
import io.briefbot.briefing.NearestIssues;
import io.briefbot.format.Action;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.Summariser;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An issue at a glance, with buttons to read its articles and to move to other issues. */
@Singleton
class IssueOverview {

    static final int LEDE_BUDGET_CHARS = 300;

    private final BriefingService briefings;
    private final Summariser summariser;

    IssueOverview(BriefingService briefings, Summariser summariser) {
        this.briefings = briefings;
        this.summariser = summariser;
    }

    /** @param sameDay the other issues of the issue's day, offered as buttons */
    BriefingReply of(IssueJson issue, List<IssueJson> sameDay) {
        List<BriefingReply.ArticleTeaser> articles = issue.articles().stream()
                .map(article -> new BriefingReply.ArticleTeaser(article.id(), article.section(), article.title(),
                        summariser.lede(firstParagraph(article), LEDE_BUDGET_CHARS), article.url()))
                .toList();
        List<Action> actions = new ArrayList<>();
        issue.articles().forEach(article -> actions.add(Buttons.read(article.id(), article.title())));
        sameDay.forEach(other -> IssueCommands.of(other).ifPresent(actions::add));
        NearestIssues nearest = briefings.nearest(issue.date());
        nearest.before().ifPresent(before -> actions.add(new Action("Previous issue", IssueCommands.on(before.date()))));
        nearest.after().ifPresent(after -> actions.add(new Action("Next issue", IssueCommands.on(after.date()))));

        Optional<IssueJson.EditorialJson> editorial = Optional.ofNullable(issue.editorial());
        return new BriefingReply(issue.id(), issue.publication(), issue.date(), issue.title(), issue.headlines(),
                editorial.map(e -> summariser.teaser(e.paragraphs())).orElse(null),
                editorial.map(IssueJson.EditorialJson::author).orElse(null),
                articles, actions);
    }

    private static String firstParagraph(IssueJson.ArticleJson article) {
        if (article.lede() != null && !article.lede().isBlank()) {
            return article.lede();
        }
        return article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    }
}
