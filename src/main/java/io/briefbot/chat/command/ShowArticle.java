package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.BriefingService;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** /article ID: a whole article, with buttons to its issue and its tags. */
@Command(answeredLater = true, names = "article", usage = "<number>", place = 8,
        description = "A whole article; the Read buttons open them too.", example = "/article 42")
@Singleton
class ShowArticle implements ChatCommand {

    static final int TAG_BUTTONS = 3;

    private final BriefingService briefings;

    ShowArticle(BriefingService briefings) {
        this.briefings = briefings;
    }

    @Override
    public Reply run(String arguments) {
        Optional<ArticleHit> hit = Optional.of(arguments).filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> briefings.article(Long.parseLong(id)));
        Optional<IssueJson.ArticleJson> article = hit.flatMap(this::stored);
        if (article.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.NOT_FOUND, arguments.isEmpty()
                    ? "Which article? Articles have numbers, as in /article 42; the buttons under an issue open them."
                    : "There is no article “" + Buttons.shorten(arguments, 24) + "”.", List.of(new Action("Newest issue", "/today")));
        }
        IssueJson.ArticleJson full = article.get();
        return new ArticleReply(full.id(), hit.get().publication(), hit.get().date(), full.section(), full.title(), full.author(),
                full.lede(), full.paragraphs(), full.tags(), full.url(), actions(hit.get()));
    }

    private Optional<IssueJson.ArticleJson> stored(ArticleHit hit) {
        return briefings.byId(hit.issueId()).stream()
                .flatMap(issue -> issue.articles().stream())
                .filter(article -> article.id() == hit.id())
                .findFirst();
    }

    private static List<Action> actions(ArticleHit hit) {
        List<Action> actions = new ArrayList<>();
        String issueCommand = IssueCommands.on(hit.date());
        actions.add(Buttons.of("Issue of " + BriefingCalendar.brief(hit.date()), issueCommand + " " + hit.publication())
                .orElse(new Action("Issue of " + BriefingCalendar.brief(hit.date()), issueCommand)));
        hit.tags().stream().limit(TAG_BUTTONS).forEach(tag -> actions.add(new Action("#" + Buttons.shorten(tag, 24), TagCommands.of(tag, 1))));
        return actions;
    }
}
