package io.briefbot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of the archive: one document per unit (article, headline, editorial paragraph) and one per issue. It remembers which version
 * (updated_at) of every issue it holds, so that it can be brought in line with the database by difference.
 * Changes become searchable on {@link #refresh()} and durable on {@link #commit()}.
 */
final class ArchiveIndex implements AutoCloseable {

    /**
     * Raised whenever the documents' shape or the analysis changes: an index of another shape is rebuilt, and so is one
     * whose German compounds were split into the words of another glossary.
     */
    private static final String SCHEMA = "3";
    private static final String SCHEMA_KEY = "schema";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Long> updatedByIssue = new ConcurrentHashMap<>();

    private ArchiveIndex(Directory directory, Glossary glossary) throws IOException {
        this.directory = directory;
        this.analyzer = IndexFields.analyzer(glossary);
        String schema = SCHEMA + "/" + Integer.toHexString(glossary.germanParts().hashCode());
        boolean sameSchema = DirectoryReader.indexExists(directory)
                && schema.equals(DirectoryReader.listCommits(directory).get(0).getUserData().get(SCHEMA_KEY));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(sameSchema ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
        this.searchers = new SearcherManager(writer, null);
        readIssueVersions();
    }

    static ArchiveIndex open(Path folder) {
        return open(folder, Glossary.shared());
    }

    /** The index in {@code folder}, whose German compounds are split into the words of {@code glossary}. */
    static ArchiveIndex open(Path folder, Glossary glossary) {
        try {
            Files.createDirectories(folder);
            return new ArchiveIndex(FSDirectory.open(folder), glossary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory whose German compounds are split into the words of {@code glossary}. */
    static ArchiveIndex inMemory(Glossary glossary) {
        try {
            return new ArchiveIndex(new ByteBuffersDirectory(), glossary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the index analyses text, which a text must be analysed with to be compared with it. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** Issue id to the updated_at (epoch milliseconds) of the version indexed. */
    Map<Long, Long> issueVersions() {
        return Map.copyOf(updatedByIssue);
    }

    void put(IndexedIssue issue) {
        List<Document> documents = IndexDocuments.of(issue);
        try {
            writer.deleteDocuments(LongField.newExactQuery(IndexFields.ISSUE_ID, issue.id()));
            writer.addDocuments(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        updatedByIssue.put(issue.id(), issue.updatedAt().toEpochMilli());
    }

    void remove(long issueId) {
        try {
            writer.deleteDocuments(LongField.newExactQuery(IndexFields.ISSUE_ID, issueId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        updatedByIssue.remove(issueId);
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T search(Function<IndexSearcher, T> query) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return query.apply(searcher);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void readIssueVersions() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<Long, Long> versions = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                var scorer = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(IndexFields.KIND, IndexFields.ISSUE))),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document stored = fields.document(doc);
                    versions.put(stored.getField(IndexFields.ISSUE_ID).numericValue().longValue(),
                            stored.getField(IndexFields.UPDATED).numericValue().longValue());
                }
            }
            updatedByIssue.putAll(versions);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
