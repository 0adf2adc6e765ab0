package io.briefbot.qa;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jboss.logging.Logger;

/**
 * Embeds, on one background thread, every indexed unit (article, headline, editorial paragraph) that has no current
 * vector yet, so that start-up and the first answers never wait for the model; questions use the vectors there are.
 */
@ApplicationScoped
public class EmbeddingBacklog {

    static final String FILE = "vectors.bin";
    private static final Logger LOG = Logger.getLogger(EmbeddingBacklog.class);
    private static final int SAVE_EVERY = 2000;

    private final QaConfig config;
    private final Optional<Embedder> embedder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "qa-embeddings");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    public EmbeddingBacklog(QaConfig config) {
        this.config = config;
        this.embedder = config.embeddings() ? Optional.of(new GlossingEmbedder(new MiniLmEmbedder(), Glossary.shared())) : Optional.empty();
    }

    Optional<Embedder> embedder() {
        return embedder;
    }

    void queue(ArchiveIndex index, UnitVectors vectors) {
        if (embedder.isEmpty() || stopped || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                try {
                    catchUp(index, vectors, embedder.get(), config.index().resolve(FILE), () -> stopped);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Embedding the archive failed; questions are answered by their words alone meanwhile");
                }
            });
        } catch (RejectedExecutionException e) {
            queued.set(false);
        }
    }

    /** Stops after the unit at hand: the worker reads the index, and an interrupt would close its files. */
    void stop() {
        stopped = true;
        worker.shutdown();
        IndexSync.awaitQuietly(worker);
    }

    /** Embeds what lacks a current vector and forgets vectors of units no longer indexed; how many it embedded. */
    static int catchUp(ArchiveIndex index, UnitVectors vectors, Embedder model, Path file, BooleanSupplier stopped) {
        long started = System.nanoTime();
        int[] embedded = {0};
        Set<String> present = new HashSet<>();
        index.search(searcher -> {
            forEachUnit(searcher, unit -> {
                if (stopped.getAsBoolean()) {
                    return;
                }
                present.add(unit.key());
                String text = unit.meaningText();
                int hash = text.hashCode();
                if (vectors.isCurrent(unit.key(), hash)) {
                    return;
                }
                vectors.put(new UnitVectors.Entry(unit.key(), unit.source().date().toEpochDay(), hash, model.embed(text)));
                if (++embedded[0] % SAVE_EVERY == 0 && file != null) {
                    vectors.save(file);
                }
            });
            return null;
        });
        if (stopped.getAsBoolean()) {
            return embedded[0];
        }
        vectors.retainOnly(present);
        if (embedded[0] > 0 && file != null) {
            vectors.save(file);
            LOG.infof("Embedded %d units in %d ms", embedded[0], (System.nanoTime() - started) / 1_000_000);
        }
        return embedded[0];
    }

    static void forEachUnit(IndexSearcher searcher, java.util.function.Consumer<IndexUnit> action) {
        try {
            Weight weight = searcher.createWeight(IndexFields.anyUnit(), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        action.accept(IndexUnit.of(fields.document(doc)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
