package io.briefbot.chat;

import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.ArticlePage;
import io.briefbot.briefing.BriefingService;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.Summariser;
import io.briefbot.qa.ArchiveQuestions;
import io.briefbot.qa.ArticleMatches;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** /search WORDS [#PAGE]: articles containing every word (in any English or German form), best match first, with the passage around the words. */
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
    public Set<String> names() {
        return Set.of("search");
    }

    @Override
    public Reply run(String arguments) {
        if (arguments.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "What should I look for? Try /search harbour fees.", List.of());
        }
        PagedArguments request = PagedArguments.withHashNumber(arguments);
        String words = request.subject();
        ArticlePage page = search(words, request.index());
        if (page.total() == 0) {
            return new NoticeReply(NoticeReply.Kind.NOT_FOUND, "No article contains “" + Buttons.shorten(words, 40)
                    + "”. Try fewer or other words, or browse /tags.", List.of(new Action("Most used tags", "/tags")));
        }
        if (page.items().isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "Only " + page.total() + " articles contain “" + Buttons.shorten(words, 40)
                    + "”; page " + request.page() + " is past the end.",
                    Buttons.of("First page", "/search " + words).stream().toList());
        }
        List<String> marked = Arrays.stream(words.split("\\s+")).distinct().toList();
        List<Action> actions = new ArrayList<>();
        page.items().forEach(hit -> actions.add(Buttons.read(hit.id(), hit.title())));
        if (page.hasMore()) {
            // Words too long for a button's command get no "More": a shortened query would page through other results.
            Buttons.of("More", "/search " + words + " #" + (request.page() + 1)).ifPresent(actions::add);
        }
        return new ArticleListReply(ArticleLists.heading("Search “" + words + "”", page), items(page, marked), marked, List.of(),
                actions);
    }

    /** The index's matches, as stored now (an article deleted since the index last looked is left out). */
    private ArticlePage search(String words, int page) {
        ArticleMatches matches = questions.search(words, page, PAGE_SIZE);
        List<ArticleHit> hits = matches.articleIds().stream().flatMap(id -> briefings.article(id).stream()).toList();
        return new ArticlePage(hits, page, PAGE_SIZE, matches.total(), List.of());
    }

    private List<ArticleListReply.Item> items(ArticlePage page, List<String> marked) {
        Map<Long, IssueJson> issues = new HashMap<>();
        return page.items().stream()
                .map(hit -> new ArticleListReply.Item(hit.id(), hit.publication(), hit.date(), hit.title(),
                        snippet(hit, issues.computeIfAbsent(hit.issueId(), id -> briefings.byId(id).orElseThrow()), marked)))
                .toList();
    }

    private String snippet(ArticleHit hit, IssueJson issue, List<String> marked) {
        List<String> paragraphs = issue.articles().stream()
                .filter(article -> article.id().equals(hit.id()))
                .flatMap(article -> Stream.concat(Stream.of(article.lede()), article.paragraphs().stream()))
                .toList();
        return Snippet.around(paragraphs, marked, SNIPPET_CHARS).orElseGet(() -> summariser.lede(hit.lede(), SNIPPET_CHARS));
    }
}
