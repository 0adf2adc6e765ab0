package io.briefbot.format;

import io.briefbot.ingest.parse.IssueGenerator;
import io.briefbot.ingest.parse.IssueGenerator.ExpectedArticle;
import io.briefbot.ingest.parse.IssueGenerator.ExpectedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Replies built from generated issues, optionally laced with hostile text, the way the command router builds them. */
final class Replies {

    static final List<String> HOSTILE = List.of("<", "&", "&amp;", "&lt;b&gt;", "*_~", "`code` ```block```",
            "<script>alert(1)</script>", "<http://x|y>", "<b>bold</b>", "\"quoted\" 'single'", "👩‍👩‍👧‍👦 family",
            "🇩🇪🇨🇳 flags", "𝒳 math", "مرحبا بالعالم، السلام.", "שלום עולם", "e\u0301\u0301 combining",
            "\u200f\u202e reversed", "Dr. Who vs. z. B. 3.5 %", "a&b<c>d", "&#128512; &nbsp;", "line\nbreak");

    private static final Summariser SUMMARISER = new Summariser();

    private final Random random;
    private final boolean hostile;

    Replies(Random random, boolean hostile) {
        this.random = random;
        this.hostile = hostile;
    }

    BriefingReply briefing() {
        ExpectedIssue issue = IssueGenerator.textIssue(random).expected();
        List<String> headlines = texts(issue.headlines());
        List<ExpectedArticle> articles = new ArrayList<>(issue.articles());
        if (hostile && random.nextInt(4) == 0) {
            for (int i = 0; i < 500; i++) {
                headlines.add(text("Headline " + i));
            }
        }
        if (hostile && random.nextInt(4) == 0) {
            for (int i = 0; i < 200; i++) {
                articles.add(issue.articles().get(i % issue.articles().size()));
            }
        }
        List<BriefingReply.ArticleTeaser> teasers = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ExpectedArticle article = articles.get(i);
            teasers.add(new BriefingReply.ArticleTeaser(i, text(article.section()), text(article.title()),
                    SUMMARISER.lede(text(article.lede()), 300), i % 2 == 0 ? "https://news.example.org/a/" + i + "?from=brief&x=1" : null));
            actions.add(new Action("Read " + text(article.title()), "/article " + (1_000_000L + i)));
        }
        actions.add(new Action("Previous issue", "/issue 2022-07-07"));
        actions.add(new Action("Next issue", "/issue 2022-07-09"));
        String teaser = issue.editorialParagraphs() == null ? null : SUMMARISER.teaser(texts(issue.editorialParagraphs()));
        return new BriefingReply(1, text(issue.publication()), date(), text(issue.title()), headlines, teaser,
                text(issue.editorialAuthor()), teasers, actions);
    }

    ArticleReply article() {
        ExpectedArticle article = IssueGenerator.textIssue(random).expected().articles().get(0);
        List<String> paragraphs = texts(article.paragraphs());
        if (hostile && random.nextBoolean()) {
            paragraphs.add(longParagraph());
        }
        List<String> tags = texts(article.tags());
        if (hostile && random.nextInt(3) == 0) {
            for (int i = 0; i < 300; i++) {
                tags.add(text("tag " + i));
            }
        }
        return new ArticleReply(7, "China.Table", date(), text(article.section()), text(article.title()),
                text(article.author()), text(article.lede()), paragraphs, tags,
                random.nextBoolean() ? "https://table.media/china/a?x=1&y=2" : null,
                List.of(new Action("Back to the issue", "/issue 2022-07-08")));
    }

    ArticleListReply articleList() {
        List<ArticleListReply.Item> items = new ArrayList<>();
        for (int i = 0, n = hostile ? random.nextInt(60) : 1 + random.nextInt(10); i < n; i++) {
            ExpectedArticle article = IssueGenerator.textIssue(random).expected().articles().get(0);
            String snippet = hostile && random.nextInt(10) == 0 ? longParagraph() : text(article.lede());
            items.add(new ArticleListReply.Item(i, "China.Table", date(), text(article.title()), snippet));
        }
        return new ArticleListReply(text("Search results"), items, List.of("the", "die", "&", "<b>", "Trade"),
                List.of(text("Trade"), "Energy"), List.of(new Action("More", "/search trade 2")));
    }

    AnswerReply answer() {
        List<AnswerReply.Quote> quotes = new ArrayList<>();
        List<AnswerReply.Source> related = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            ExpectedArticle article = IssueGenerator.textIssue(random).expected().articles().get(0);
            AnswerReply.Source source = source(i, article);
            String sentence = hostile && random.nextInt(5) == 0 ? longParagraph() : text(article.lede());
            quotes.add(new AnswerReply.Quote(sentence, source));
            if (source.url() == null) {
                actions.add(new Action("Read " + text(article.title()), "/article " + source.articleId()));
            }
        }
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            related.add(source(10 + i, IssueGenerator.textIssue(random).expected().articles().get(0)));
        }
        String question = hostile && random.nextInt(8) == 0 ? longParagraph() : text("What did the State Council announce about data?");
        String phrased = random.nextBoolean() ? null : (hostile && random.nextInt(4) == 0 ? longParagraph() : text("The council announced rules [1]."));
        return new AnswerReply(question, random.nextBoolean() ? null : text("Issues of 5–11 Oct 2026"), phrased, quotes, related,
                random.nextInt(5) == 0 ? text("The language model did not answer; these are the archive's own words.") : null,
                actions);
    }

    private AnswerReply.Source source(int i, ExpectedArticle article) {
        return new AnswerReply.Source(random.nextInt(4) == 0 ? text("Editorial by Finn Mayer-Kuckuk") : null, 2_000_000L + i,
                text("China.Table"), date(),
                random.nextInt(5) == 0 ? null : text(article.title()),
                random.nextBoolean() ? "https://news.example.org/q/" + i + "?a=1&b=2" : null);
    }

    NoticeReply notice() {
        NoticeReply.Kind kind = NoticeReply.Kind.values()[random.nextInt(NoticeReply.Kind.values().length)];
        String text = hostile && random.nextBoolean() ? longParagraph() : text("No issue on that day.");
        return new NoticeReply(kind, text, List.of(new Action("Today", "/today")));
    }

    HelpReply help() {
        return new HelpReply(text("Commands I understand:"), List.of(
                new HelpReply.CommandHelp("/today", "", text("Today's briefing"), "/today"),
                new HelpReply.CommandHelp("/search", "<words>", text("Articles containing the words"), "/search tariff & steel"),
                new HelpReply.CommandHelp("/tag", "<tag>", hostile ? longParagraph() : "Articles with a tag", "/tag cyber")));
    }

    TagsReply tags() {
        List<TagsReply.TagUse> tags = new ArrayList<>();
        for (int i = 0, n = hostile ? random.nextInt(400) : random.nextInt(20); i < n; i++) {
            tags.add(new TagsReply.TagUse(text("Tag " + i), 1 + random.nextInt(500)));
        }
        return new TagsReply(7, tags);
    }

    /** 10,000 characters, with or without sentence ends, sometimes one single word. */
    String longParagraph() {
        StringBuilder text = new StringBuilder();
        int shape = random.nextInt(3);
        while (text.length() < 10_000) {
            String hostileBit = HOSTILE.get(random.nextInt(HOSTILE.size()));
            switch (shape) {
                case 0 -> text.append("The ministry announced ").append(hostileBit).append(" quotas. ");
                case 1 -> text.append("and the ministry announced ").append(hostileBit).append(" quotas ");
                default -> text.append(hostileBit.replaceAll("\\s", "")).append("x&<>");
            }
        }
        return text.toString();
    }

    private List<String> texts(List<String> texts) {
        return new ArrayList<>(texts.stream().map(this::text).toList());
    }

    private String text(String text) {
        if (!hostile || text == null || random.nextInt(3) > 0) {
            return text;
        }
        return text + " " + HOSTILE.get(random.nextInt(HOSTILE.size())) + " " + HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private LocalDate date() {
        return LocalDate.of(2022, 7, 8).plusDays(random.nextInt(400));
    }
}
