package io.briefbot.chat.command;

import io.briefbot.archive.SearchKeys;
import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.ArticlePage;
import io.briefbot.briefing.BriefingService;
import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.format.Action;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.Summariser;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** /tag NAME [PAGE]: the articles with a tag, newest first, a page at a time. */
@Command(names = "tag", usage = "<tag> [page]", place = 3,
        description = "Articles with a tag, newest first.", example = "/tag cyber")
@Singleton
class ListTag implements ChatCommand {

    static final int PAGE_SIZE = 5;
    static final int SNIPPET_CHARS = 200;

    private final BriefingService briefings;
    private final Summariser summariser;

    ListTag(BriefingService briefings, Summariser summariser) {
        this.briefings = briefings;
        this.summariser = summariser;
    }

    @Override
    public Reply run(String arguments) {
        if (arguments.isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "Which tag? Try /tag cyber, or /tags for the most used ones.",
                    List.of(new Action("Most used tags", "/tags")));
        }
        PagedArguments request = PagedArguments.withNumber(arguments);
        String tag = TagCommands.cutPrefix(request.subject()).map(this::completed).orElse(request.subject());
        ArticlePage page = briefings.byTag(tag, request.index(), PAGE_SIZE);
        if (page.total() == 0) {
            return unknown(tag, page.suggestions());
        }
        if (page.items().isEmpty()) {
            return new NoticeReply(NoticeReply.Kind.INFO, "There are only " + page.total() + " articles tagged “" + tag
                    + "”; page " + request.page() + " is past the end.", List.of(new Action("First page", TagCommands.of(tag, 1))));
        }
        String name = displayName(tag, page.items().get(0));
        List<Action> actions = new ArrayList<>();
        page.items().forEach(hit -> actions.add(Buttons.read(hit.id(), hit.title())));
        if (page.hasMore()) {
            actions.add(new Action("More", TagCommands.of(name, request.page() + 1)));
        }
        return new ArticleListReply(ArticleLists.heading("Tagged “" + name + "”", page), items(page), List.of(),
                page.suggestions(), actions);
    }

    /** The most used tag that a cut tag name in a button command starts with. */
    private String completed(String prefix) {
        String key = SearchKeys.of(prefix);
        return briefings.byTag(prefix, 0, 1).suggestions().stream()
                .filter(suggestion -> SearchKeys.of(suggestion).startsWith(key))
                .findFirst()
                .orElse(prefix);
    }

    private Reply unknown(String tag, List<String> suggestions) {
        List<Action> actions = new ArrayList<>();
        suggestions.forEach(suggestion -> actions.add(new Action(Buttons.shorten(suggestion, 32), TagCommands.of(suggestion, 1))));
        actions.add(new Action("Most used tags", "/tags"));
        String hint = suggestions.isEmpty() ? " Send /tags for the most used tags." : " Did you mean " + String.join(", ", suggestions) + "?";
        return new NoticeReply(NoticeReply.Kind.NOT_FOUND, "No articles are tagged “" + Buttons.shorten(tag, 40) + "”." + hint, actions);
    }

    /** The tag as the archive spells it ("Cyber" for "cyber"). */
    private static String displayName(String typed, ArticleHit hit) {
        String key = SearchKeys.of(typed);
        return hit.tags().stream().filter(tag -> SearchKeys.of(tag).equals(key)).findFirst().orElse(typed);
    }

    private List<ArticleListReply.Item> items(ArticlePage page) {
        return page.items().stream()
                .map(hit -> new ArticleListReply.Item(hit.id(), hit.publication(), hit.date(), hit.title(),
                        summariser.lede(hit.lede(), SNIPPET_CHARS)))
                .toList();
    }
}
