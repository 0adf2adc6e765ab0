package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds random but well-formed invented briefing issues, as text or HTML, together with the structure a correct
 * parse must return. Reusable by benchmarks: {@code text(random)}, {@code html(random)} or the {@code *Issue} variants.
 */
public final class IssueGenerator {

    /** The structure a parse must produce; {@code editorialParagraphs} is null when the issue has no editorial. */
    public record ExpectedIssue(String publication, String title, List<String> headlines,
                                List<String> editorialParagraphs, String editorialAuthor,
                                List<ExpectedArticle> articles) {
    }

    public record ExpectedArticle(String section, String title, String lede, List<String> paragraphs,
                                  List<String> tags, String author) {
    }

    public record GeneratedIssue(String content, String contentType, ExpectedIssue expected) {
    }

    private enum SignatureStyle { NONE, NAME_ALONE, SIGN_OFF_SAME_LINE, SIGN_OFF_NEXT_LINE, CAPTION_ONLY, NAME_AND_CAPTION }

    private record Editor(List<String> paragraphs, boolean salutation, SignatureStyle style, String name) {
    }

    private record Article(ExpectedArticle expected, boolean captionInBody, boolean shareWidget) {
    }

    private record Issue(boolean german, String desk, boolean header, String title, List<String> headlines,
                         String bullet, Editor editor, List<Article> articles) {
        ExpectedIssue expected() {
            String author = editor == null || editor.style == SignatureStyle.NONE ? null : editor.name;
            // an issue that lists no headlines has the topics of its title as headlines
            List<String> expectedHeadlines = headlines.isEmpty() && title != null ? List.of(title.split(" \\+ ")) : headlines;
            return new ExpectedIssue(desk + ".Table", title, expectedHeadlines,
                    editor == null ? null : editor.paragraphs, author,
                    articles.stream().map(Article::expected).toList());
        }
    }

    private static final List<String> DESKS = List.of("China", "Europe", "Climate", "Africa", "Berlin", "Security");
    private static final List<String> PEOPLE = List.of("Anna Weber", "Tom Okafor", "Mira Castell", "Jonas Brück",
            "Lena Hartwig", "Kenji Arata", "Sofia Brandt", "Rafael Moreno", "Ines Marlow", "Daniel Rivas",
            "Clara Wendt", "Markus Feld", "Petra Ahlgren", "Hanna Loeb");
    private static final List<String> EN_SECTIONS = List.of("Feature", "Analysis", "News", "Opinion", "Profile",
            "Column", "Interview", "Heads");
    private static final List<String> DE_SECTIONS = List.of("Analyse", "News", "Table.Standpunkt", "Kolumne",
            "Interview", "Standpunkt", "Presseschau", "Heads");
    private static final List<String> EN_SUBJECTS = List.of("The ministry", "Provincial officials", "Several exporters",
            "The port authority", "A group of investors", "The central bank", "Local courts", "Two carmakers",
            "The regulator", "Shipping companies", "Farmers in the north", "The trade council");
    private static final List<String> EN_VERBS = List.of("announced", "rejected", "postponed", "welcomed",
            "criticised", "extended", "reviewed", "doubled", "questioned", "approved");
    private static final List<String> EN_OBJECTS = List.of("new export quotas", "the draft budget",
            "a plan for cheaper loans", "the rules for data transfers", "subsidies for solar glass",
            "the tariff on steel", "a pilot project for hydrogen", "the licence for a new mine",
            "stricter checks on imports", "the deadline for the tender");
    private static final List<String> EN_ENDINGS = List.of("on Monday", "after long talks", "without warning",
            "for the second time this year", "despite protests", "in a short statement", "earlier than expected");
    private static final List<String> DE_SUBJECTS = List.of("Das Ministerium", "Mehrere Exporteure",
            "Die Hafenbehörde", "Eine Gruppe von Investoren", "Die Zentralbank", "Zwei Autohersteller",
            "Die Regulierungsbehörde", "Mehrere Reedereien", "Die Landwirte im Norden", "Der Handelsrat");
    private static final List<String> DE_VERBS = List.of("verschiebt", "kritisiert", "begrüßt", "verlängert",
            "prüft", "verdoppelt", "billigt", "lehnt", "überarbeitet");
    private static final List<String> DE_OBJECTS = List.of("neue Exportquoten", "den Haushaltsentwurf",
            "einen Plan für günstigere Kredite", "die Regeln für Datentransfers", "die Förderung für Solarglas",
            "den Zoll auf Stahl", "ein Pilotprojekt für Wasserstoff", "die Lizenz für eine neue Mine",
            "strengere Kontrollen bei Importen", "die Frist für die Ausschreibung");
    private static final List<String> DE_ENDINGS = List.of("am Montag", "nach langen Verhandlungen",
            "ohne Vorwarnung", "zum zweiten Mal in diesem Jahr", "trotz Protesten", "in einer knappen Mitteilung",
            "früher als erwartet");
    private static final List<String> EN_TAGS = List.of("Cyber", "Data protection", "Trade", "Energy", "Semiconductors",
            "Li Keqiang", "Supply chains", "Climate finance", "Ports", "Rare earths", "Agriculture", "Technology");
    private static final List<String> DE_TAGS = List.of("Handel", "Energie", "Datenschutz", "Halbleiter",
            "Lieferketten", "Klimapolitik", "Landwirtschaft", "Wasserstoff", "Industriepolitik", "Häfen");
    private static final List<String> BULLETS = List.of("- ", "• ", "  • ");

    private IssueGenerator() {
    }

    public static String text(Random random) {
        return textIssue(random).content();
    }

    public static String html(Random random) {
        return htmlIssue(random).content();
    }

    public static GeneratedIssue textIssue(Random random) {
        Issue issue = issue(random);
        return new GeneratedIssue(renderText(issue), "text/plain; charset=utf-8", issue.expected());
    }

    public static GeneratedIssue htmlIssue(Random random) {
        Issue issue = issue(random);
        return new GeneratedIssue(renderHtml(issue), "text/html; charset=utf-8", issue.expected());
    }

    private static Issue issue(Random r) {
        boolean german = r.nextBoolean();
        String title = null;
        if (r.nextBoolean()) {
            List<String> topics = new ArrayList<>();
            for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
                topics.add(capitalised(pick(r, german ? DE_OBJECTS : EN_OBJECTS)));
            }
            title = String.join(" + ", topics);
        }
        List<String> headlines = new ArrayList<>();
        for (int i = 0, n = r.nextInt(11); i < n; i++) {
            headlines.add(sentence(r, german, false));
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            boolean previousHasTags = i == 0 || !articles.get(i - 1).expected.tags().isEmpty();
            articles.add(article(r, german, previousHasTags));
        }
        return new Issue(german, pick(r, DESKS), r.nextBoolean(), title, headlines, pick(r, BULLETS),
                editor(r, german, !headlines.isEmpty()), articles);
    }

    private static Editor editor(Random r, boolean german, boolean hasHeadlines) {
        if (r.nextInt(5) == 0) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            paragraphs.add(paragraph(r, german));
        }
        boolean salutation = r.nextBoolean();
        SignatureStyle style = SignatureStyle.values()[r.nextInt(SignatureStyle.values().length)];
        if (style == SignatureStyle.NONE && !salutation && !hasHeadlines) {
            style = SignatureStyle.NAME_ALONE;
        }
        return new Editor(paragraphs, salutation, style, pick(r, PEOPLE));
    }

    private static Article article(Random r, boolean german, boolean mayBeUnlabelled) {
        String section = mayBeUnlabelled && r.nextInt(6) == 0 ? null : pick(r, german ? DE_SECTIONS : EN_SECTIONS);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            paragraphs.add(paragraph(r, german));
        }
        List<String> tags = new ArrayList<>();
        List<String> tagPool = new ArrayList<>(german ? DE_TAGS : EN_TAGS);
        for (int i = 0, n = r.nextInt(7); i < n; i++) {
            tags.add(tagPool.remove(r.nextInt(tagPool.size())));
        }
        String author = r.nextInt(3) == 0 ? pick(r, PEOPLE) : null;
        ExpectedArticle expected = new ExpectedArticle(section, sentence(r, german, false), paragraph(r, german),
                paragraphs, tags, author);
        return new Article(expected, r.nextInt(5) == 0, r.nextInt(4) == 0);
    }

    private static String renderText(Issue issue) {
        StringBuilder out = new StringBuilder();
        if (issue.header) {
            line(out, "Table.Briefing: " + issue.desk);
        }
        if (issue.title != null) {
            line(out, issue.title);
        }
        issue.headlines.forEach(h -> line(out, issue.bullet + h));
        if (!issue.headlines.isEmpty()) {
            line(out, "");
        }
        Editor editor = issue.editor;
        if (editor != null) {
            if (editor.salutation) {
                line(out, issue.german ? "Liebe Leserin, lieber Leser," : "Dear reader,");
            }
            editor.paragraphs.forEach(p -> line(out, p));
            String signOff = issue.german ? "Ihre" : "Yours,";
            switch (editor.style) {
                case NONE -> { }
                case NAME_ALONE -> line(out, editor.name);
                case SIGN_OFF_SAME_LINE -> line(out, (issue.german ? "Ihr " : "Your ") + editor.name);
                case SIGN_OFF_NEXT_LINE -> line(out, signOff + "\n" + editor.name);
                case CAPTION_ONLY -> line(out, imageOf(issue.german, editor.name));
                case NAME_AND_CAPTION -> line(out, editor.name + "\n" + imageOf(issue.german, editor.name));
            }
            line(out, "");
        }
        for (Article article : issue.articles) {
            ExpectedArticle a = article.expected;
            if (a.section() != null) {
                line(out, a.section());
            }
            line(out, a.title());
            if (a.author() != null) {
                line(out, (issue.german ? "Von " : "By ") + a.author());
            }
            line(out, a.lede());
            if (article.captionInBody) {
                line(out, issue.german ? "Foto: Erfundene Agentur" : "Photo: Invented Agency");
            }
            a.paragraphs().forEach(p -> line(out, p));
            a.tags().forEach(t -> line(out, "- " + t));
            if (article.shareWidget) {
                line(out, issue.german ? "Teilen\nDrucken" : "Share\nCopy link");
            }
            line(out, "");
        }
        footer(issue).forEach(f -> line(out, f));
        return out.toString();
    }

    private static String renderHtml(Issue issue) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>Briefing</title><script>var tracking = '<p>not content</p>';</script></head>\n<body>\n"
                + "<nav><ul><li>Home</li><li>Newsletter</li></ul></nav>\n");
        if (issue.header) {
            out.append("<p>Table.Briefing: ").append(issue.desk).append("</p>\n");
        }
        if (issue.title != null) {
            out.append("<h1>").append(escape(issue.title)).append("</h1>\n");
        }
        if (!issue.headlines.isEmpty()) {
            out.append("<ul>");
            issue.headlines.forEach(h -> out.append("<li>").append(escape(h)).append("</li>\n"));
            out.append("</ul>\n");
        }
        Editor editor = issue.editor;
        if (editor != null) {
            out.append("<div class=\"editorial\">\n");
            if (editor.salutation) {
                paragraphHtml(out, issue.german ? "Liebe Leserin, lieber Leser," : "Dear reader,");
            }
            editor.paragraphs.forEach(p -> paragraphHtml(out, p));
            String caption = "<figure><img src=\"editor.jpg\" alt=\"\"><figcaption>"
                    + imageOf(issue.german, editor.name) + "</figcaption></figure>\n";
            switch (editor.style) {
                case NONE -> { }
                case NAME_ALONE -> paragraphHtml(out, editor.name);
                case SIGN_OFF_SAME_LINE -> paragraphHtml(out, (issue.german ? "Ihr " : "Your ") + editor.name);
                case SIGN_OFF_NEXT_LINE -> out.append("<p>").append(issue.german ? "Ihre" : "Yours,")
                        .append("<br><strong>").append(editor.name).append("</strong></p>\n");
                case CAPTION_ONLY -> out.append(caption);
                case NAME_AND_CAPTION -> out.append("<p>").append(editor.name).append("</p>\n").append(caption);
            }
            out.append("</div>\n");
        }
        for (Article article : issue.articles) {
            ExpectedArticle a = article.expected;
            out.append("<article>\n");
            if (a.section() != null) {
                out.append("<p class=\"kicker\">").append(escape(a.section())).append("</p>\n");
            }
            out.append("<h2>").append(escape(a.title())).append("</h2>\n");
            if (a.author() != null) {
                paragraphHtml(out, (issue.german ? "Von " : "By ") + a.author());
            }
            paragraphHtml(out, a.lede());
            if (article.captionInBody) {
                out.append("<figure><figcaption>Photo: Invented Agency</figcaption></figure>\n");
            }
            a.paragraphs().forEach(p -> paragraphHtml(out, p));
            if (!a.tags().isEmpty()) {
                out.append("<ul class=\"tags\">");
                a.tags().forEach(t -> out.append("<li><a href=\"/tag\">").append(escape(t)).append("</a></li>"));
                out.append("</ul>\n");
            }
            if (article.shareWidget) {
                out.append("<div><p>Share</p><p>Copy link</p></div>\n");
            }
            out.append("</article>\n");
        }
        out.append("<div class=\"paywall\">");
        footer(issue).forEach(f -> paragraphHtml(out, f));
        return out.append("</div>\n<footer>Imprint</footer></body></html>\n").toString();
    }

    private static List<String> footer(Issue issue) {
        return issue.german
                ? List.of("Jetzt weiterlesen",
                        "… und erhalten Sie kostenlos einen Monat Zugang zu diesem Professional Briefing.",
                        "Sie sind bereits Gast am " + issue.desk + ".Table? Jetzt einloggen")
                : List.of("Continue reading now", "… and get free access to this Professional Briefing for a month.",
                        "Are you already a guest at the " + issue.desk + ".Table? Log in now");
    }

    private static String imageOf(boolean german, String name) {
        return (german ? "Bild von " : "Image of ") + name;
    }

    /** A title-like clause; titles always contain a lower-case verb so they never read as a person's name. */
    private static String sentence(Random r, boolean german, boolean withEnding) {
        String s = pick(r, german ? DE_SUBJECTS : EN_SUBJECTS) + " " + pick(r, german ? DE_VERBS : EN_VERBS) + " "
                + pick(r, german ? DE_OBJECTS : EN_OBJECTS);
        return withEnding ? s + " " + pick(r, german ? DE_ENDINGS : EN_ENDINGS) + "." : s;
    }

    private static String paragraph(Random r, boolean german) {
        StringBuilder p = new StringBuilder();
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(r, german, true));
        }
        return p.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }

    private static void paragraphHtml(StringBuilder out, String text) {
        out.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }
}
