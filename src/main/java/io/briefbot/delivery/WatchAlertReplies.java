package io.briefbot.delivery;

import io.briefbot.common.BriefingCalendar;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.CitedSources;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.Snippet;
import io.briefbot.qa.IndexedIssue;
import io.briefbot.qa.Source;
import io.briefbot.qa.WatchHit;
import io.briefbot.qa.WatchMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A watch alert: the parts of an issue that a chat's watches match, each cited as search results are, with the matching
 * words in bold and buttons to read them. Made when it is sent, from the issue and the chat's watches as they are then,
 * so that an alert edited after a correction shows the corrected issue.
 */
@ApplicationScoped
class WatchAlertReplies {

    static final int SNIPPET_CHARS = 220;

    private final WatchMatcher matcher;

    WatchAlertReplies(WatchMatcher matcher) {
        this.matcher = matcher;
    }

    Reply of(IndexedIssue issue, Collection<String> watches, Action issueButton) {
        String of = issue.publication() + " of " + BriefingCalendar.brief(issue.date());
        Set<String> matching = matcher.matching(issue, watches);
        List<WatchHit> hits = matcher.hits(issue, matching);
        if (hits.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, of + " no longer contains the words this chat watches.", List.of(issueButton));
        }
        List<String> marked = List.copyOf(hits.stream().flatMap(hit -> hit.marked().stream()).collect(Collectors.toCollection(LinkedHashSet::new)));
        List<ArticleListReply.Item> items = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (WatchHit hit : hits) {
            Source source = hit.source();
            items.add(item(hit, marked));
            if (source.articleId() != null && source.kind() == Source.Kind.ARTICLE) {
                actions.add(PostReplies.read(source.articleId(), source.title()));
            }
        }
        actions.add(issueButton);
        String watched = watches.stream().filter(matching::contains).map(words -> "“" + words + "”").collect(Collectors.joining(", "));
        return new ArticleListReply((matching.size() == 1 ? "Watch " : "Watches ") + watched + " in " + of, items, marked, List.of(),
                actions);
    }

    private static ArticleListReply.Item item(WatchHit hit, List<String> marked) {
        Source source = hit.source();
        String label = CitedSources.label(source);
        return switch (source.kind()) {
            case ARTICLE -> new ArticleListReply.Item(source.articleId(), null, source.publication(), source.date(), source.title(),
                    Snippet.around(Stream.concat(Stream.of(hit.lede()), hit.paragraphs().stream()).toList(), hit.marked(), SNIPPET_CHARS)
                            .orElseGet(() -> Snippet.around(List.of(source.title()), marked, SNIPPET_CHARS).orElse(null)));
            case HEADLINE -> new ArticleListReply.Item(null, label, source.publication(), source.date(), null, source.title());
            case EDITORIAL -> new ArticleListReply.Item(null, label, source.publication(), source.date(), null,
                    Snippet.around(hit.paragraphs(), hit.marked(), SNIPPET_CHARS).orElse(String.join(" ", hit.paragraphs())));
        };
    }
}
