package io.briefbot.chat.command;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.BriefingService;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.CitedSources;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.Snippet;
import io.briefbot.format.Summariser;
import io.briefbot.qa.ArchiveQuestions;
import io.briefbot.qa.SearchMatches;
import io.briefbot.qa.Source;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * /search WORDS [#PAGE]: articles, headlines and editorial paragraphs containing every word (in any English or German
 * form), best match first, with the passage around the words.
 */
@Command(answeredLater = true, names = "search", usage = "<words>", place = 7,
        description = "Articles containing every word.", example = "/search harbour fees")
@Singleton
class SearchArticles implements ChatCommand {

    static final int PAGE_SIZE = 5;
    static final int SNIPPET_CHARS = 220;

    private final BriefingService briefings;
    private final ArchiveQuestions questions;
    private final Summariser summariser;

    SearchArticles(BriefingService briefings, ArchiveQuestions questions, Summariser summariser) {
        this.briefings = briefings;
        this.questions = questions;
        this.summariser = summariser;
    }

    @Override
    public Reply run(String arguments) {
        if (arguments.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "What should I look for? Try /search harbour fees.", List.of());
        }
        PagedArguments request = PagedArguments.withHashNumber(arguments);
        String words = request.subject();
        SearchMatches matches = questions.search(words, request.index(), PAGE_SIZE);
        if (matches.total() == 0) {
            return new NoticeReply(NoticeReply.Kind.NOT_FOUND, "No article, headline or editorial contains “" + Buttons.shorten(words, 40)
                    + "”. Try fewer or other words, or browse /tags.", List.of(new Action("Most used tags", "/tags")));
        }
        if (matches.matches().isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "Only " + matches.total() + " results contain “" + Buttons.shorten(words, 40)
                    + "”; page " + request.page() + " is past the end.",
                    Buttons.of("First page", "/search " + words).stream().toList());
        }
        List<String> marked = Arrays.stream(words.split("\\s+")).distinct().toList();
        Map<Long, IssueJson> issues = new HashMap<>();
        List<ArticleListReply.Item> items = new ArrayList<>();
        Map<String, Action> actions = new LinkedHashMap<>();
        for (SearchMatches.Match match : matches.matches()) {
            item(match, marked, issues).ifPresent(item -> {
                items.add(item);
                CitedUnits.read(match.source()).ifPresent(action -> actions.putIfAbsent(action.command(), action));
            });
        }
        List<Action> buttons = new ArrayList<>(actions.values());
        if ((long) (request.page()) * PAGE_SIZE < matches.total()) {
            // Words too long for a button's command get no "More": a shortened query would page through other results.
            Buttons.of("More", "/search " + words + " #" + (request.page() + 1)).ifPresent(buttons::add);
        }
        String heading = ArticleLists.heading("Search “" + words + "”", request.index(), PAGE_SIZE, matches.matches().size(),
                matches.total());
        return new ArticleListReply(heading, items, marked, List.of(), buttons);
    }

    /**
     * A match as the list shows it. An article is shown as stored now (one deleted since the index last looked is left
     * out); a headline is its own title, an editorial paragraph shows the passage around the words.
     */
    private Optional<ArticleListReply.Item> item(SearchMatches.Match match, List<String> marked, Map<Long, IssueJson> issues) {
        Source source = match.source();
        return switch (source.kind()) {
            case ARTICLE -> briefings.article(source.articleId()).map(hit -> new ArticleListReply.Item(hit.id(), hit.publication(),
                    hit.date(), hit.title(), snippet(hit, issues.computeIfAbsent(hit.issueId(), id -> briefings.byId(id).orElseThrow()), marked)));
            case HEADLINE -> Optional.of(new ArticleListReply.Item(source.articleId(), CitedSources.label(source), source.publication(),
                    source.date(), source.title(), null));
            case EDITORIAL -> Optional.of(new ArticleListReply.Item(null, CitedSources.label(source), source.publication(), source.date(),
                    null, Snippet.around(List.of(match.text()), marked, SNIPPET_CHARS).orElse(null)));
        };
    }

    private String snippet(ArticleHit hit, IssueJson issue, List<String> marked) {
        List<String> paragraphs = issue.articles().stream()
                .filter(article -> article.id().equals(hit.id()))
                .flatMap(article -> Stream.concat(Stream.of(article.lede()), article.paragraphs().stream()))
                .toList();
        return Snippet.around(paragraphs, marked, SNIPPET_CHARS).orElseGet(() -> summariser.lede(hit.lede(), SNIPPET_CHARS));
    }
}
