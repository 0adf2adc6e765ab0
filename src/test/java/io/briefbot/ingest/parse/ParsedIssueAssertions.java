package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by all parser tests. */
final class ParsedIssueAssertions {

    static final List<String> BOILERPLATE = List.of("Continue reading", "Professional Briefing", "Log in now",
            "Jetzt weiterlesen", "einloggen", "ANZEIGE", "Advertisement", "Share on", "Copy link", "Teilen",
            "Drucken", "Focus topics", "Schwerpunkte", "Image of", "Bild von", "Photo:", "Foto:",
            "Veröffentlicht", "Letzte Aktualisierung", "View in browser", "View this email", "Im Browser",
            "Unsubscribe", "abbestellen", "Presented by", "A message from", "Sponsored", "Subscribe", "Share this",
            "Forward to a friend", "preferences", "You received this", "You are receiving", "Sie erhalten diesen",
            "©", "Restack", "Leave a comment", "Get the app", "Start writing", "Learn more", "Map:", "Chart:");

    private ParsedIssueAssertions() {
    }

    static List<String> allStrings(ParsedIssue issue) {
        List<String> strings = new ArrayList<>();
        addIfPresent(strings, issue.publication());
        addIfPresent(strings, issue.title());
        strings.addAll(issue.headlines());
        if (issue.editorial() != null) {
            strings.addAll(issue.editorial().paragraphs());
            addIfPresent(strings, issue.editorial().author());
        }
        for (ParsedArticle article : issue.articles()) {
            addIfPresent(strings, article.section());
            addIfPresent(strings, article.title());
            addIfPresent(strings, article.lede());
            strings.addAll(article.paragraphs());
            strings.addAll(article.tags());
            addIfPresent(strings, article.author());
            addIfPresent(strings, article.url());
        }
        return strings;
    }

    /** No footer, widget or caption text anywhere, and every string is clean, trimmed, single-spaced text. */
    static void assertCleanContent(ParsedIssue issue) {
        for (String s : allStrings(issue)) {
            for (String boilerplate : BOILERPLATE) {
                assertThat(s).as("boilerplate in field").doesNotContainIgnoringCase(boilerplate);
            }
            assertThat(s).isNotBlank().isEqualTo(s.strip()).doesNotContain("  ")
                    .doesNotContain("\u00A0").doesNotContain("\u200B").doesNotContain("\n").doesNotContain("\t");
        }
        for (String headline : issue.headlines()) {
            assertThat(headline).doesNotStartWith("-").doesNotStartWith("•");
        }
        issue.articles().forEach(a -> a.tags().forEach(tag -> assertThat(tag).doesNotStartWith("-").doesNotStartWith("•")));
    }

    private static void addIfPresent(List<String> strings, String s) {
        if (s != null) {
            strings.add(s);
        }
    }
}
