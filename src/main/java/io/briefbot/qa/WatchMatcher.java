package io.briefbot.qa;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Keyword watches against issues: which of many watches a newly stored issue matches, what exactly it matches for one
 * chat, and how often a watch would have matched in the archive. Watches are parsed once and kept.
 */
@ApplicationScoped
public class WatchMatcher {

    private static final int KEPT = 100_000;

    private final IndexSync sync;
    private final Analyzer analyzer = IndexFields.analyzer(Glossary.shared());
    private final Map<String, Optional<WatchQuery>> parsed = new ConcurrentHashMap<>();

    public WatchMatcher(IndexSync sync) {
        this.sync = sync;
    }

    /** The watches (their words, as stored) that match some part of the issue. */
    public Set<String> matching(IndexedIssue issue, Collection<String> watches) {
        Set<String> matching = new HashSet<>();
        try (IssueIndex index = IssueIndex.of(issue, analyzer)) {
            for (String words : watches) {
                parsed(words).filter(index::matches).ifPresent(watch -> matching.add(words));
            }
        }
        return matching;
    }

    /** The parts of the issue that any of the watches match, in the issue's order, each with the words to mark. */
    public List<WatchHit> hits(IndexedIssue issue, Collection<String> watches) {
        Map<String, IndexUnit> units = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> termsByUnit = new LinkedHashMap<>();
        try (IssueIndex index = IssueIndex.of(issue, analyzer)) {
            for (String words : watches) {
                parsed(words).ifPresent(watch -> index.units(watch).forEach(unit -> {
                    units.putIfAbsent(unit.key(), unit);
                    Map<String, Set<String>> terms = termsByUnit.computeIfAbsent(unit.key(), key -> new LinkedHashMap<>());
                    watch.requiredTerms().forEach((field, fieldTerms) -> terms.computeIfAbsent(field, any -> new HashSet<>()).addAll(fieldTerms));
                }));
            }
        }
        List<IndexUnit> ordered = new ArrayList<>(units.values());
        List<String> order = IssueUnits.of(issue).stream().map(IndexUnit::key).toList();
        ordered.sort((a, b) -> Integer.compare(order.indexOf(a.key()), order.indexOf(b.key())));
        return ordered.stream().map(unit -> new WatchHit(unit.source(), unit.lede(), unit.paragraphs(),
                marked(unit, termsByUnit.get(unit.key())))).toList();
    }

    /** The watch's matches in the archive's issues dated from {@code from} to {@code to}, both included. */
    public WatchHistory history(WatchQuery watch, LocalDate from, LocalDate to) {
        Query query = new BooleanQuery.Builder()
                .add(watch.query(), BooleanClause.Occur.MUST)
                .add(IndexFields.anyUnit(), BooleanClause.Occur.FILTER)
                .add(LongField.newRangeQuery(IndexFields.DAY, from.toEpochDay(), to.toEpochDay()), BooleanClause.Occur.FILTER)
                .build();
        return sync.current().search(searcher -> {
            try {
                int parts = searcher.count(query);
                Set<Long> issues = new HashSet<>();
                for (ScoreDoc hit : searcher.search(query, Math.max(1, parts)).scoreDocs) {
                    issues.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.ISSUE_ID))
                            .getField(IndexFields.ISSUE_ID).numericValue().longValue());
                }
                return new WatchHistory(parts, issues.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Optional<WatchQuery> parsed(String words) {
        Optional<WatchQuery> known = parsed.get(words);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= KEPT) {
            parsed.clear();
        }
        Optional<WatchQuery> query;
        try {
            query = Optional.of(WatchQuery.parse(words));
        } catch (IllegalArgumentException e) {
            query = Optional.empty();
        }
        parsed.put(words, query);
        return query;
    }

    /** The words of the unit, as it writes them, whose terms are among those matched. */
    private List<String> marked(IndexUnit unit, Map<String, Set<String>> terms) {
        Set<String> marked = new LinkedHashSet<>();
        List<String> texts = Stream.of(Stream.of(unit.source().title()), unit.headlines().stream(), Stream.of(unit.lede()),
                unit.paragraphs().stream()).flatMap(s -> s).filter(text -> text != null && !text.isBlank()).toList();
        terms.forEach((field, fieldTerms) -> texts.forEach(text -> {
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (fieldTerms.contains(term.toString())) {
                        marked.add(text.substring(offset.startOffset(), offset.endOffset()));
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return List.copyOf(marked);
    }
}
