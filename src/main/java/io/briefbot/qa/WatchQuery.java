package io.briefbot.qa;

import static io.briefbot.qa.IndexFields.ALL;
import static io.briefbot.qa.IndexFields.LANGUAGES;

import io.briefbot.archive.SearchKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A keyword watch as a query, read as /search reads words (every English and German form of each word), where a quoted
 * phrase must appear as a phrase and a word or phrase after "-" must not appear at all. A word with inner punctuation
 * ("e-mail", "covid-19") is the phrase of its parts, as the index splits it so.
 */
public final class WatchQuery {

    public static final int MAX_CHARS = 200;
    private static final Pattern CLAUSE = Pattern.compile("(-?)[\"“„]([^\"“”„]*)[\"”“]?|(-?)([^\\s\"“”„]+)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Analyzer ANALYZER = IndexFields.queryAnalyzer();

    private final String words;
    private final List<Clause> required;
    private final List<Clause> excluded;
    private final Query query;

    private WatchQuery(String words, List<Clause> required, List<Clause> excluded) {
        this.words = words;
        this.required = required;
        this.excluded = excluded;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        required.forEach(clause -> query.add(clause.query(), BooleanClause.Occur.MUST));
        excluded.forEach(clause -> query.add(clause.query(), BooleanClause.Occur.MUST_NOT));
        this.query = query.build();
    }

    /**
     * @throws IllegalArgumentException saying, for the chat, why the text is no watch: empty, too long, only exclusions,
     *                                  or only words too common to search for
     */
    public static WatchQuery parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Which words? As in /watch harbour fees, /watch \"Belt and Road\" or /watch chips -potato.");
        }
        if (stripped.length() > MAX_CHARS) {
            throw new IllegalArgumentException("A watch is at most " + MAX_CHARS + " characters; this one has " + stripped.length() + ".");
        }
        List<Clause> required = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Matcher matcher = CLAUSE.matcher(stripped);
        while (matcher.find()) {
            boolean quoted = matcher.group(2) != null;
            boolean exclude = !(quoted ? matcher.group(1) : matcher.group(3)).isEmpty();
            String phrase = NOT_A_WORD.matcher(quoted ? matcher.group(2) : matcher.group(4)).replaceAll(" ").strip();
            Clause clause = Clause.of(phrase);
            if (clause == null) {
                continue;
            }
            (exclude ? excluded : required).add(clause);
            boolean several = phrase.contains(" ");
            shown.add((exclude ? "-" : "") + (several ? "\"" + phrase + "\"" : phrase));
        }
        if (required.isEmpty()) {
            throw new IllegalArgumentException(excluded.isEmpty()
                    ? "“" + stripped + "” has only words too common to watch; name the words that say what you look for."
                    : "A watch needs a word to look for besides those it leaves out, as in /watch chips -potato.");
        }
        return new WatchQuery(String.join(" ", shown), List.copyOf(required), List.copyOf(excluded));
    }

    /** The watch as the chat is shown it: words, "phrases" and -exclusions, separated by single spaces. */
    public String words() {
        return words;
    }

    /** What tells one watch of a chat from another: the words without case or accents. */
    public String key() {
        return SearchKeys.of(words);
    }

    Query query() {
        return query;
    }

    /**
     * Whether text with these terms (by field, see {@link IndexFields}) could match: each required word or phrase has all
     * its terms in one language.
     */
    boolean mayMatch(Map<String, Set<String>> termsByField) {
        return required.stream().allMatch(clause -> clause.within(termsByField));
    }

    /** Whether its words are single terms, so that the terms of a text tell whether it matches, without a search. */
    boolean byTerms() {
        return Stream.concat(required.stream(), excluded.stream()).allMatch(Clause::single);
    }

    /** For a watch {@link #byTerms() by terms}: whether one text with these terms matches. */
    boolean matches(Map<String, Set<String>> termsByField) {
        return mayMatch(termsByField) && excluded.stream().noneMatch(clause -> clause.within(termsByField));
    }

    /** The terms, by field, that a matching text contains for the watch's required words. */
    Map<String, Set<String>> requiredTerms() {
        Map<String, Set<String>> terms = new HashMap<>();
        for (Clause clause : required) {
            clause.terms().forEach((field, fieldTerms) -> terms.computeIfAbsent(field, any -> new HashSet<>()).addAll(fieldTerms));
        }
        return terms;
    }

    /** One word or phrase: its query over every unit's text in both languages, and the terms it needs there. */
    private record Clause(Query query, Map<String, List<String>> terms) {

        boolean within(Map<String, Set<String>> termsByField) {
            return terms.entrySet().stream().anyMatch(field -> termsByField.getOrDefault(field.getKey(), Set.of()).containsAll(field.getValue()));
        }

        boolean single() {
            return terms.values().stream().allMatch(fieldTerms -> fieldTerms.size() == 1);
        }

        static Clause of(String phrase) {
            if (phrase.isEmpty()) {
                return null;
            }
            QueryBuilder builder = new QueryBuilder(ANALYZER);
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            Map<String, List<String>> terms = new HashMap<>();
            for (String language : LANGUAGES) {
                String field = IndexFields.of(ALL, language);
                Query query = builder.createPhraseQuery(field, phrase);
                if (query != null) {
                    anyLanguage.add(query, BooleanClause.Occur.SHOULD);
                    terms.put(field, TextTerms.of(ANALYZER, field, phrase));
                }
            }
            return terms.isEmpty() ? null : new Clause(anyLanguage.build(), Map.copyOf(terms));
        }
    }
}
