package io.briefbot.format;

import io.briefbot.common.BriefingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reply shows, in which order, as {@link Part}s: the same for every platform; each platform's templates
 * hold the markup of the parts, under the same template and fragment names.
 */
public final class ReplyLayout {

    private static final int MAX_LINKED_URL_CHARS = 150;

    private static final int TAG_LINE_CHARS = 200;
    private static final String TAG_SEPARATOR = " · ";

    private ReplyLayout() {
    }

    public static List<Part> parts(Reply reply) {
        if (reply instanceof BriefingReply briefing) {
            return briefing(briefing);
        } else if (reply instanceof ArticleListReply list) {
            return articleList(list);
        } else if (reply instanceof ArticleReply article) {
            return article(article);
        } else if (reply instanceof TagsReply tags) {
            return tags(tags);
        } else if (reply instanceof HelpReply help) {
            return help(help);
        } else if (reply instanceof AnswerReply answer) {
            return answer(answer);
        } else if (reply instanceof PictureReply picture) {
            return List.of(Part.body("picture", "caption", picture.picture().description(), false));
        } else if (reply instanceof DigestReply digest) {
            return digest(digest);
        }
        NoticeReply notice = (NoticeReply) reply;
        return List.of(Part.body("notice", "notice_" + notice.kind().name().toLowerCase(Locale.ROOT), notice.text(), false));
    }

    public static List<Action> actions(Reply reply) {
        List<Action> actions = null;
        if (reply instanceof BriefingReply briefing) {
            actions = briefing.actions();
        } else if (reply instanceof ArticleListReply list) {
            actions = list.actions();
        } else if (reply instanceof ArticleReply article) {
            actions = article.actions();
        } else if (reply instanceof NoticeReply notice) {
            actions = notice.actions();
        } else if (reply instanceof AnswerReply answer) {
            actions = answer.actions();
        } else if (reply instanceof DigestReply digest) {
            actions = digest.actions();
        }
        return actions == null ? List.of() : actions;
    }

    /** A one-line plain summary of the reply, for notifications. */
    public static String summary(Reply reply) {
        if (reply instanceof BriefingReply briefing) {
            return joined(briefing.publication(), longDate(briefing.date()));
        } else if (reply instanceof ArticleListReply list) {
            return list.heading();
        } else if (reply instanceof ArticleReply article) {
            return article.title();
        } else if (reply instanceof TagsReply) {
            return "Most used tags";
        } else if (reply instanceof HelpReply help) {
            return help.intro();
        } else if (reply instanceof AnswerReply answer) {
            return answer.question();
        } else if (reply instanceof PictureReply picture) {
            return picture.title();
        } else if (reply instanceof DigestReply digest) {
            return joined(digest.publication(), "Week of " + shortDate(digest.from()) + " to " + shortDate(digest.to()));
        }
        return ((NoticeReply) reply).text();
    }

    private static List<Part> briefing(BriefingReply reply) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of("briefing", "masthead", labels("publication", reply.publication(), "date", longDate(reply.date())), false));
        addBody(parts, "briefing", "title", reply.title(), false);
        List<String> headlines = nonBlank(reply.headlines());
        for (int i = 0; i < headlines.size(); i++) {
            parts.add(Part.body("briefing", "headline", headlines.get(i), i == 0));
        }
        addBody(parts, "briefing", "teaser", reply.editorialTeaser(), true);
        if (!isBlank(reply.editorialAuthor())) {
            parts.add(Part.of("briefing", "author", labels("author", reply.editorialAuthor()), isBlank(reply.editorialTeaser())));
        }
        for (BriefingReply.ArticleTeaser article : listOrEmpty(reply.articles())) {
            parts.add(Part.of("briefing", "article", labels("section", article.section(), "title", article.title(),
                    "url", linkFor(article.title(), article.url())), true));
            addBody(parts, "briefing", "lede", article.lede(), false);
        }
        return parts;
    }

    private static List<Part> digest(DigestReply reply) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of("digest", "heading", labels("publication", reply.publication(), "from", shortDate(reply.from()),
                "to", shortDate(reply.to())), false));
        List<DigestReply.IssueLine> issues = listOrEmpty(reply.issues());
        parts.add(Part.of("digest", issues.isEmpty() ? "no_issues" : "issues", Map.of(), true));
        for (DigestReply.IssueLine issue : issues) {
            parts.add(Part.of("digest", "issue", labels("date", BriefingCalendar.weekday(issue.date()), "publication",
                    issue.publication(), "title", issue.title()), false));
        }
        List<DigestReply.TagChange> tags = listOrEmpty(reply.tags());
        if (!tags.isEmpty()) {
            parts.add(Part.of("digest", "tags", Map.of(), true));
        }
        for (DigestReply.TagChange tag : tags) {
            parts.add(Part.of("digest", "tag", labels("tag", tag.tag(), "count", Long.toString(tag.count()), "change", tag.change()),
                    false));
        }
        List<DigestReply.FollowedArticle> followed = listOrEmpty(reply.followed());
        if (!followed.isEmpty()) {
            parts.add(Part.of("digest", "followed", Map.of(), true));
        }
        for (DigestReply.FollowedArticle article : followed) {
            parts.add(Part.of("digest", "article", labels("title", article.title(), "url", linkFor(article.title(), article.url()),
                    "publication", article.publication(), "date", shortDate(article.date()), "command", "/article " + article.id()),
                    false));
        }
        return parts;
    }

    private static List<Part> articleList(ArticleListReply reply) {
        List<Part> parts = new ArrayList<>();
        addBody(parts, "article-list", "heading", reply.heading(), false);
        for (ArticleListReply.Item item : listOrEmpty(reply.items())) {
            parts.add(Part.of("article-list", "item", labels("title", item.title(), "label", item.label(),
                    "publication", item.publication(), "date", shortDate(item.date())), true));
            if (!isBlank(item.snippet())) {
                parts.add(new Part("article-list", "snippet", Map.of(), item.snippet(), listOrEmpty(reply.marked()), false));
            }
        }
        List<String> suggestions = nonBlank(reply.suggestions());
        if (!suggestions.isEmpty()) {
            parts.add(Part.body("article-list", "suggestions", String.join(", ", suggestions), true));
        }
        return parts;
    }

    private static List<Part> article(ArticleReply reply) {
        List<Part> parts = new ArrayList<>();
        addBody(parts, "article", "title", reply.title(), false);
        parts.add(Part.of("article", "byline", labels("section", reply.section(), "publication", reply.publication(),
                "date", longDate(reply.date())), false));
        if (!isBlank(reply.author())) {
            parts.add(Part.of("article", "author", labels("author", reply.author()), false));
        }
        addBody(parts, "article", "lede", reply.lede(), true);
        for (String paragraph : nonBlank(reply.paragraphs())) {
            parts.add(Part.body("article", "paragraph", paragraph, true));
        }
        List<String> tagLines = tagLines(nonBlank(reply.tags()));
        for (int i = 0; i < tagLines.size(); i++) {
            parts.add(Part.body("article", "tags", tagLines.get(i), i == 0));
        }
        WebLink.of(reply.url()).ifPresent(url -> parts.add(Part.of("article", "link", labels("url", url), true)));
        return parts;
    }

    private static List<Part> tags(TagsReply reply) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of("tags", "heading", labels("days", Integer.toString(reply.days())), false));
        List<TagsReply.TagUse> tags = listOrEmpty(reply.tags());
        for (int i = 0; i < tags.size(); i++) {
            parts.add(Part.of("tags", "tag", labels("tag", tags.get(i).tag(), "count", Long.toString(tags.get(i).count())), i == 0));
        }
        if (tags.isEmpty()) {
            parts.add(Part.of("tags", "none", Map.of(), true));
        }
        return parts;
    }

    private static List<Part> help(HelpReply reply) {
        List<Part> parts = new ArrayList<>();
        addBody(parts, "help", "intro", reply.intro(), false);
        List<HelpReply.CommandHelp> commands = listOrEmpty(reply.commands());
        for (int i = 0; i < commands.size(); i++) {
            HelpReply.CommandHelp command = commands.get(i);
            parts.add(new Part("help", "command", labels("command", command.command(), "arguments", command.arguments()),
                    command.description(), List.of(), i == 0));
            if (!isBlank(command.example())) {
                parts.add(Part.of("help", "example", labels("example", command.example()), false));
            }
        }
        return parts;
    }

    private static List<Part> answer(AnswerReply reply) {
        List<Part> parts = new ArrayList<>();
        addBody(parts, "answer", "question", reply.question(), false);
        if (!isBlank(reply.window())) {
            parts.add(Part.of("answer", "window", labels("window", reply.window()), false));
        }
        addBody(parts, "answer", "phrased", reply.phrased(), true);
        List<AnswerReply.Quote> quotes = listOrEmpty(reply.quotes());
        for (int i = 0; i < quotes.size(); i++) {
            AnswerReply.Quote quote = quotes.get(i);
            if (isBlank(quote.text()) || quote.source() == null) {
                continue;
            }
            parts.add(new Part("answer", "quote", Map.of("number", Integer.toString(i + 1)), quote.text().strip(), List.of(), true));
            parts.add(Part.of("answer", "citation", source(quote.source()), false));
        }
        addBody(parts, "answer", "note", reply.note(), true);
        List<AnswerReply.Source> related = listOrEmpty(reply.related()).stream().filter(source -> source != null).toList();
        for (int i = 0; i < related.size(); i++) {
            if (i == 0) {
                parts.add(Part.of("answer", "related_heading", Map.of(), true));
            }
            parts.add(Part.of("answer", "related", source(related.get(i)), false));
        }
        return parts;
    }

    private static Map<String, String> source(AnswerReply.Source source) {
        return labels("label", source.label(), "publication", source.publication(), "date", shortDate(source.date()),
                "title", source.title(), "url", linkFor(source.title(), source.url()));
    }

    /** Tags joined into lines, so that a line is only ever cut between tags. */
    private static List<String> tagLines(List<String> tags) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String tag : tags) {
            if (line.length() > 0 && line.length() + TAG_SEPARATOR.length() + tag.strip().length() > TAG_LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? TAG_SEPARATOR : "").append(tag.strip());
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void addBody(List<Part> parts, String template, String fragment, String body, boolean gapBefore) {
        if (!isBlank(body)) {
            parts.add(Part.body(template, fragment, body, gapBefore));
        }
    }

    /** Labels by name; a missing value is empty, which templates treat as absent. */
    private static Map<String, String> labels(String... namesAndValues) {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            labels.put(namesAndValues[i], value == null ? "" : value.strip());
        }
        return labels;
    }

    /**
     * The URL a title links to, or null: a {@link WebLink} short enough that no label budget ever cuts it, for a
     * title without "|", which Slack's link syntax {@code <url|label>} cannot carry.
     */
    private static String linkFor(String title, String url) {
        if (title == null || title.indexOf('|') >= 0) {
            return null;
        }
        return WebLink.of(url).filter(link -> link.length() <= MAX_LINKED_URL_CHARS).orElse(null);
    }

    private static String longDate(LocalDate date) {
        return date == null ? "" : BriefingCalendar.full(date);
    }

    private static String shortDate(LocalDate date) {
        return date == null ? "" : BriefingCalendar.brief(date);
    }

    private static String joined(String publication, String date) {
        return isBlank(publication) ? date : publication.strip() + " · " + date;
    }

    private static List<String> nonBlank(List<String> texts) {
        return listOrEmpty(texts).stream().filter(text -> !isBlank(text)).toList();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
