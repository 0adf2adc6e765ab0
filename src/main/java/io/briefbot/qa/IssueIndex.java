package io.briefbot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One issue's units, analysed as the archive's index analyses them, so that many watches can be run against a newly
 * stored issue: first against the terms the issue contains, then against each unit's terms; only a phrase needs a
 * search, in a small index of the issue's units in memory, made when first needed.
 */
final class IssueIndex implements AutoCloseable {

    private final IndexedIssue issue;
    private final Analyzer analyzer;
    private final Map<String, Set<String>> terms = new HashMap<>();
    private final List<Map<String, Set<String>>> unitTerms = new ArrayList<>();
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    private IssueIndex(IndexedIssue issue, Analyzer analyzer) {
        this.issue = issue;
        this.analyzer = analyzer;
        for (IndexUnit unit : IssueUnits.of(issue)) {
            Map<String, Set<String>> byField = new HashMap<>();
            for (String language : IndexFields.LANGUAGES) {
                String field = IndexFields.of(IndexFields.ALL, language);
                Set<String> fieldTerms = TextTerms.setOf(analyzer, field, unit.allText());
                byField.put(field, fieldTerms);
                terms.computeIfAbsent(field, any -> new HashSet<>()).addAll(fieldTerms);
            }
            unitTerms.add(byField);
        }
    }

    static IssueIndex of(IndexedIssue issue, Analyzer analyzer) {
        return new IssueIndex(issue, analyzer);
    }

    boolean matches(WatchQuery watch) {
        if (!watch.mayMatch(terms)) {
            return false;
        }
        if (watch.byTerms()) {
            return unitTerms.stream().anyMatch(watch::matches);
        }
        try {
            return searcher().count(watch.query()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units the watch matches, in the issue's order. */
    List<IndexUnit> units(WatchQuery watch) {
        if (!watch.mayMatch(terms)) {
            return List.of();
        }
        try {
            IndexSearcher search = searcher();
            List<IndexUnit> units = new ArrayList<>();
            for (ScoreDoc hit : search.search(watch.query(), Math.max(1, reader.maxDoc()), Sort.INDEXORDER).scoreDocs) {
                units.add(IndexUnit.of(search.storedFields().document(hit.doc)));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher searcher() throws IOException {
        if (searcher == null) {
            directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                writer.addDocuments(IndexDocuments.of(issue));
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        }
        return searcher;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
