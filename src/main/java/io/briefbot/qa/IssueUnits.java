package io.briefbot.qa;

import io.briefbot.qa.IndexedIssue.IndexedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * An issue as the units the index holds: each article, with the headlines that announce it; each headline that
 * announces no article of the issue (its story is behind the paywall, or only in the editorial); each paragraph of
 * the editorial. A headline that is an article's title again adds nothing and is left out.
 */
final class IssueUnits {

    /** A headline announces an article when they share this many words, and at least half of the shorter's. */
    private static final int MIN_SHARED_WORDS = 2;
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final CharArraySet GERMAN_STOP_WORDS = GermanAnalyzer.getDefaultStopSet();

    private IssueUnits() {
    }

    static List<IndexUnit> of(IndexedIssue issue) {
        List<Set<String>> titles = issue.articles().stream().map(article -> words(article.title())).toList();
        List<List<String>> announcing = new ArrayList<>();
        issue.articles().forEach(article -> announcing.add(new ArrayList<>()));
        List<IndexUnit> headlines = new ArrayList<>();
        for (int i = 0; i < issue.headlines().size(); i++) {
            String headline = issue.headlines().get(i);
            Set<String> words = words(headline);
            if (words.isEmpty() || titles.contains(words)) {
                continue;
            }
            int announced = announced(words, titles);
            if (announced >= 0) {
                announcing.get(announced).add(headline);
            } else {
                headlines.add(new IndexUnit(source(issue, Source.Kind.HEADLINE, IndexUnit.headlineKey(issue.id(), i), null, headline,
                        null, null), List.of(), "", List.of(), List.of()));
            }
        }
        List<IndexUnit> units = new ArrayList<>();
        for (int a = 0; a < issue.articles().size(); a++) {
            IndexedArticle article = issue.articles().get(a);
            units.add(new IndexUnit(source(issue, Source.Kind.ARTICLE, IndexUnit.articleKey(article.id()), article.id(),
                    article.title(), article.url(), null), List.copyOf(announcing.get(a)), article.lede() == null ? "" : article.lede(),
                    article.paragraphs(), article.tags()));
        }
        units.addAll(headlines);
        List<String> editorial = issue.editorialParagraphs();
        for (int i = 0; i < editorial.size(); i++) {
            if (!editorial.get(i).isBlank()) {
                units.add(new IndexUnit(source(issue, Source.Kind.EDITORIAL, IndexUnit.editorialKey(issue.id(), i), null, null, null,
                        issue.editorialAuthor()), List.of(), "", List.of(editorial.get(i)), List.of()));
            }
        }
        return units;
    }

    /** The article whose title shares the most words with the headline, enough of them; -1 for none. */
    private static int announced(Set<String> headline, List<Set<String>> titles) {
        int best = -1;
        int mostShared = 0;
        for (int a = 0; a < titles.size(); a++) {
            int shared = (int) titles.get(a).stream().filter(headline::contains).count();
            if (shared >= MIN_SHARED_WORDS && shared * 2 >= Math.min(headline.size(), titles.get(a).size()) && shared > mostShared) {
                best = a;
                mostShared = shared;
            }
        }
        return best;
    }

    private static Source source(IndexedIssue issue, Source.Kind kind, String unit, Long articleId, String title, String url,
                                 String author) {
        return new Source(kind, unit, articleId, issue.id(), issue.publication(), issue.date(), title, url, author);
    }

    /** A title's words that say something, stemmed: English and German stop words left out. */
    private static Set<String> words(String title) {
        return TextTerms.of(ENGLISH, "title", title).stream()
                .filter(word -> !GERMAN_STOP_WORDS.contains(word))
                .collect(Collectors.toSet());
    }
}
