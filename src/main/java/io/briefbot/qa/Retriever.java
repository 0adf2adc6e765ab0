package io.briefbot.qa;

import static io.briefbot.qa.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Finds the units (articles, headlines, editorial paragraphs) that answer a question: BM25 over the English and German
 * fields, and, with embeddings, the units nearest in meaning, fused by reciprocal rank; newer issues get a bonus that
 * fades with age. Each candidate comes with the share of the question's (rarity-weighted) concepts it contains (of a
 * unit in the other language than the question's, the share of those it can contain) and its similarity.
 */
final class Retriever {

    record Settings(double recency, int recencyHalfLifeDays, double minCoverage, double minSimilarity) {
    }

    /**
     * A question's concepts as terms, with their weights.
     *
     * @param unknownNames the names and numbers the question asks about that no unit contains: then the archive cannot
     *                     answer it. Names only of a question not in German, where a capital marks a name rather than any
     *                     noun.
     */
    record Terms(List<ConceptTerms> concepts, List<String> unknownNames) {

        double total() {
            return concepts.stream().mapToDouble(ConceptTerms::weight).sum();
        }

        /**
         * The weight of the concepts a text in the other language can contain: names, and words with a translation. The
         * rest is phrasing the other language says in its own words ("take effect", "in Kraft treten").
         */
        double crossingLanguages() {
            return concepts.stream().filter(c -> c.concept().named() || c.concept().translated())
                    .mapToDouble(ConceptTerms::weight).sum();
        }
    }

    /**
     * The question's terms and the candidates found for them, best first.
     *
     * @param query the question's embedding, when it was searched by meaning
     */
    record Retrieval(Terms terms, List<Candidate> candidates, Optional<float[]> query) {
    }

    static final int POOL = 50;
    static final int CANDIDATES = 10;
    static final int EACH_RANKING = 5;
    private static final int RRF_K = 60;
    private static final float TIE_BREAKER = 0.1f;
    /**
     * Headlines and editorial paragraphs rank below an article that matches as well: the article tells the story in
     * full, they in a line.
     */
    private static final double BRIEF_UNIT_PRIOR = 0.8;
    /** A number is as exact as a name: one no unit contains ("in 2019", "die Rente mit 63") means no unit answers. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");
    private static final int MIN_RESPELLED = 5;
    private static final int MIN_SAME_START = 3;
    private static final int DIFFERENT_END = 2;
    /** An unknown plain word ("awarded", "erwartet") weighs half: it is as likely phrasing as a subject. */
    private static final double UNKNOWN_WORD_SHARE = 0.5;

    private final ArchiveIndex index;
    private final Analyzer analyzer;
    private final Analyzer queryAnalyzer = IndexFields.queryAnalyzer();
    private final UnitVectors vectors;
    private final Optional<Embedder> embedder;
    private final Settings settings;
    private final CompoundSplitter compounds;
    private final Glossary glossary;

    Retriever(ArchiveIndex index, UnitVectors vectors, Optional<Embedder> embedder, Settings settings, Glossary glossary) {
        this.index = index;
        this.glossary = glossary;
        this.compounds = new CompoundSplitter(glossary);
        this.analyzer = index.analyzer();
        this.vectors = vectors;
        this.embedder = embedder;
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    Glossary glossary() {
        return glossary;
    }

    /** The best candidates, best first; whether each answers the question is the caller's call. */
    Retrieval retrieve(Question question, LocalDate today, boolean byMeaning) {
        Optional<float[]> query = byMeaning && vectors.size() > 0 ? embedder.map(e -> e.embed(question.topic())) : Optional.empty();
        return retrieve(question, question.window(), today, query);
    }

    /** The same question asked of the whole archive, whatever its time phrase said. */
    Retrieval retrieveEverywhere(Question question, LocalDate today, Retrieval windowed) {
        return retrieve(question, Optional.empty(), today, windowed.query());
    }

    private Retrieval retrieve(Question question, Optional<DateWindow> window, LocalDate today, Optional<float[]> query) {
        return index.search(searcher -> {
            Terms terms = terms(question, searcher);
            if (terms.concepts().isEmpty()) {
                return new Retrieval(terms, List.of(), query);
            }
            Map<String, Ranked> ranked = new LinkedHashMap<>();
            List<Ranked> lexical = lexical(searcher, terms, window);
            for (int i = 0; i < lexical.size(); i++) {
                Ranked hit = lexical.get(i);
                ranked.put(hit.unit, hit.withLexicalRank(i + 1));
            }
            if (query.isPresent()) {
                List<UnitVectors.Similar> near = vectors.nearest(query.get(), window, POOL);
                for (int i = 0; i < near.size(); i++) {
                    UnitVectors.Similar similar = near.get(i);
                    int rank = i + 1;
                    long day = vectors.get(similar.unit()).map(UnitVectors.Entry::epochDay).orElse(0L);
                    ranked.merge(similar.unit(), new Ranked(similar.unit(), -1, 0, day, 0, rank),
                            (old, added) -> old.withDenseRank(rank));
                }
            }
            boolean fused = query.isPresent();
            List<Ranked> order = new ArrayList<>(ranked.values());
            order.sort(Comparator.comparingDouble((Ranked r) -> score(r, fused, today)).reversed()
                    .thenComparing(Comparator.comparingLong((Ranked r) -> r.epochDay).reversed()));
            // The best of each ranking stay candidates whatever the fusion says: a question in another language has
            // no neighbours by meaning, and one by meaning alone shares no words.
            Set<Ranked> chosen = new java.util.LinkedHashSet<>(order.subList(0, Math.min(CANDIDATES, order.size())));
            order.stream().filter(r -> r.lexicalRank > 0 && r.lexicalRank <= EACH_RANKING).forEach(chosen::add);
            order.stream().filter(r -> r.denseRank > 0 && r.denseRank <= EACH_RANKING).forEach(chosen::add);
            Map<Integer, Ranked> byDoc = new LinkedHashMap<>();
            for (Ranked r : chosen) {
                docOf(searcher, r).ifPresent(doc -> byDoc.put(doc, r));
            }
            Map<Integer, Double> covered = coveredWeight(searcher, terms, byDoc.keySet());
            Optional<TextLanguage> asked = TextLanguage.of(question.text());
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<Integer, Ranked> entry : byDoc.entrySet()) {
                IndexUnit unit = IndexUnit.of(stored(searcher, entry.getKey()));
                float similarity = query.map(q -> vectors.similarity(unit.key(), q)).orElse(0f);
                double expressible = asked.isPresent() && !asked.equals(TextLanguage.of(unit.allText()))
                        ? terms.crossingLanguages() : terms.total();
                double coverage = expressible == 0 ? 0 : Math.min(1, covered.get(entry.getKey()) / expressible);
                candidates.add(new Candidate(unit, coverage, similarity, score(entry.getValue(), fused, today)));
            }
            return new Retrieval(terms, candidates, query);
        });
    }

    /** The question's concepts as terms, weighted by how rare they are among the archive's units. */
    Terms terms(Question question, IndexSearcher searcher) {
        int units = Math.max(1, docCount(searcher, IndexFields.of(ALL, "en")));
        boolean capitalsAreNames = !TextLanguage.of(question.text()).equals(Optional.of(TextLanguage.GERMAN));
        List<ConceptTerms> concepts = new ArrayList<>();
        List<String> unknownNames = new ArrayList<>();
        for (Concept concept : question.concepts()) {
            ConceptTerms terms = ConceptTerms.of(concept, queryAnalyzer, 0);
            if (terms.isEmpty()) {
                continue;
            }
            long documentFrequency = frequency(searcher, terms);
            if (documentFrequency == 0) {
                Optional<ConceptTerms> split = compounds.split(concept, form -> frequency(searcher, form) > 0)
                        .map(parts -> ConceptTerms.of(parts, queryAnalyzer, 0));
                if (split.isPresent()) {
                    terms = split.get();
                    documentFrequency = frequency(searcher, terms);
                }
            }
            if (documentFrequency == 0 && concept.named() && capitalsAreNames) {
                Optional<ConceptTerms> spelled = otherSpelling(searcher, terms);
                if (spelled.isPresent()) {
                    terms = spelled.get();
                    documentFrequency = frequency(searcher, terms);
                }
            }
            // a country no unit names is as unknown as a name, also in a German question, where capitals mark any noun;
            // one whose capital a unit names is spoken of ("Moskau reagierte")
            boolean country = !Countries.shared().formsOf(concept.typed()).isEmpty();
            boolean spokenOfByItsCapital = documentFrequency == 0 && country
                    && Countries.shared().seatsOf(concept.typed()).stream().anyMatch(seat -> frequency(searcher, seat) > 0);
            if (documentFrequency == 0 && !spokenOfByItsCapital
                    && (concept.named() && capitalsAreNames || country || NUMBER.matcher(concept.typed()).matches())) {
                unknownNames.add(concept.typed());
            }
            if (documentFrequency == 0 && concept.named() && !capitalsAreNames) {
                // a German noun no unit contains, capitalised like any noun: no name a text in English could contain
                terms = terms.unnamed();
            }
            double idf = Math.log(1 + (units - documentFrequency + 0.5) / (documentFrequency + 0.5));
            boolean phrasing = documentFrequency == 0 && !concept.named();
            concepts.add(terms.weighted(phrasing ? idf * UNKNOWN_WORD_SHARE : idf));
        }
        return new Terms(concepts, unknownNames);
    }

    /**
     * A name no unit contains as written, with the terms that spell it with a letter more or less ("Munich": "München")
     * or a letter changed in its last {@value #DIFFERENT_END} ("Taipei": "Taipeh", "Tokio": "Tokyo"): names cross
     * languages in their own spellings. Only names of {@value #MIN_RESPELLED} letters or more, whose first
     * {@value #MIN_SAME_START} stay; "Tainan" is not "Taiwan".
     */
    private static Optional<ConceptTerms> otherSpelling(IndexSearcher searcher, ConceptTerms terms) {
        String name = io.briefbot.archive.SearchKeys.of(terms.concept().typed());
        if (name.length() < MIN_RESPELLED || !name.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<List<String>> english = respelled(searcher, terms.english(), "en");
        List<List<String>> german = respelled(searcher, terms.german(), "de");
        if (english.isEmpty() && german.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> allEnglish = new ArrayList<>(terms.english());
        List<List<String>> allGerman = new ArrayList<>(terms.german());
        allEnglish.addAll(english);
        allGerman.addAll(german);
        return Optional.of(new ConceptTerms(terms.concept(), allEnglish, allGerman, terms.looseEnglish(), terms.looseGerman(),
                terms.weight()));
    }

    /** The index's terms one edit away from a one-term form's. */
    private static List<List<String>> respelled(IndexSearcher searcher, List<List<String>> forms, String language) {
        List<List<String>> found = new ArrayList<>();
        String field = IndexFields.of(ALL, language);
        try {
            org.apache.lucene.index.Terms indexed = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
            if (indexed == null) {
                return found;
            }
            for (List<String> form : forms.stream().filter(f -> f.size() == 1).toList()) {
                String name = form.get(0);
                org.apache.lucene.search.FuzzyTermsEnum near = new org.apache.lucene.search.FuzzyTermsEnum(indexed,
                        new Term(field, name), 1, MIN_SAME_START, true);
                for (org.apache.lucene.util.BytesRef term = near.next(); term != null; term = near.next()) {
                    String spelled = term.utf8ToString();
                    if (spelled.length() != name.length() || spelled.startsWith(name.substring(0, name.length() - DIFFERENT_END))) {
                        found.add(List.of(spelled));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** In how many units the concept's most common form occurs. */
    private long frequency(IndexSearcher searcher, String form) {
        return frequency(searcher, ConceptTerms.of(new Concept(form, List.of(form), List.of(), false), queryAnalyzer, 0));
    }

    private static long frequency(IndexSearcher searcher, ConceptTerms terms) {
        return Math.max(maxFrequency(searcher, terms.english(), "en"), maxFrequency(searcher, terms.german(), "de"));
    }

    /** How much of the question, by weight, a text contains: 0 to 1. */
    double coverage(Terms terms, String text) {
        Set<String> english = TextTerms.setOf(analyzer, IndexFields.of(ALL, "en"), text);
        Set<String> german = TextTerms.setOf(analyzer, IndexFields.of(ALL, "de"), text);
        double covered = 0;
        for (ConceptTerms concept : terms.concepts()) {
            covered += concept.weight() * concept.coveredBy(english, german);
        }
        return terms.total() == 0 ? 0 : covered / terms.total();
    }

    private double score(Ranked r, boolean fused, LocalDate today) {
        double base = fused
                ? (r.lexicalRank > 0 ? 1.0 / (RRF_K + r.lexicalRank) : 0) + (r.denseRank > 0 ? 1.0 / (RRF_K + r.denseRank) : 0)
                : r.bm25;
        long age = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofEpochDay(r.epochDay), today));
        double prior = IndexUnit.isArticle(r.unit) ? 1 : BRIEF_UNIT_PRIOR;
        return prior * base * (1 + settings.recency() * Math.pow(0.5, (double) age / Math.max(1, settings.recencyHalfLifeDays())));
    }

    /**
     * The weight of the question's concepts each document contains, asked of the index: a concept is contained when any
     * of its forms matches the document's "all" field, English or German; a loose form contains its share.
     */
    private static Map<Integer, Double> coveredWeight(IndexSearcher searcher, Terms terms, Set<Integer> docs) {
        Map<Integer, Double> covered = new HashMap<>();
        docs.forEach(doc -> covered.put(doc, 0.0));
        List<Integer> sorted = docs.stream().sorted().toList();
        for (ConceptTerms concept : terms.concepts()) {
            Set<Integer> exact = matching(searcher, matchQuery(concept.english(), concept.german()), sorted);
            Set<Integer> loose = matching(searcher, matchQuery(concept.looseEnglish(), concept.looseGerman()), sorted);
            for (int doc : sorted) {
                double share = exact.contains(doc) ? 1 : loose.contains(doc) ? ConceptTerms.LOOSE_SHARE : 0;
                covered.merge(doc, concept.weight() * share, Double::sum);
            }
        }
        return covered;
    }

    /** Which of the documents, in ascending order, match the query. */
    private static Set<Integer> matching(IndexSearcher searcher, Query query, List<Integer> sorted) {
        Set<Integer> found = new java.util.HashSet<>();
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            DocIdSetIterator matches = null;
            for (int doc : sorted) {
                int leaf = ReaderUtil.subIndex(doc, leaves);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    Scorer scorer = weight.scorer(leaves.get(leaf));
                    matches = scorer == null ? null : scorer.iterator();
                }
                int target = doc - leaves.get(leaf).docBase;
                if (matches != null && matches.docID() <= target && (matches.docID() == target || matches.advance(target) == target)) {
                    found.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Query matchQuery(List<List<String>> english, List<List<String>> german) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        english.forEach(form -> any.add(allOf(IndexFields.of(ALL, "en"), form), BooleanClause.Occur.SHOULD));
        german.forEach(form -> any.add(allOf(IndexFields.of(ALL, "de"), form), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private List<Ranked> lexical(IndexSearcher searcher, Terms terms, Optional<DateWindow> window) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (ConceptTerms concept : terms.concepts()) {
            any.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        query.add(IndexFields.anyUnit(), BooleanClause.Occur.FILTER);
        window.ifPresent(w -> query.add(LongField.newRangeQuery(DAY, w.from().toEpochDay(), w.to().toEpochDay()), BooleanClause.Occur.FILTER));
        try {
            TopDocs top = searcher.search(query.build(), POOL);
            List<Ranked> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document stored = searcher.storedFields().document(hit.doc, Set.of(UNIT, DAY));
                hits.add(new Ranked(stored.get(UNIT), hit.doc, hit.score, stored.getField(DAY).numericValue().longValue(), 0, 0));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query conceptQuery(ConceptTerms concept) {
        List<Query> alternatives = new ArrayList<>();
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            for (List<String> form : concept.english()) {
                alternatives.add(new BoostQuery(allOf(IndexFields.of(field.getKey(), "en"), form), field.getValue()));
            }
            for (List<String> form : concept.german()) {
                alternatives.add(new BoostQuery(allOf(IndexFields.of(field.getKey(), "de"), form), field.getValue()));
            }
            for (List<String> form : concept.looseEnglish()) {
                alternatives.add(new BoostQuery(allOf(IndexFields.of(field.getKey(), "en"), form),
                        (float) (field.getValue() * ConceptTerms.LOOSE_SHARE)));
            }
            for (List<String> form : concept.looseGerman()) {
                alternatives.add(new BoostQuery(allOf(IndexFields.of(field.getKey(), "de"), form),
                        (float) (field.getValue() * ConceptTerms.LOOSE_SHARE)));
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    static Query allOf(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(term -> all.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST));
        return all.build();
    }

    /** The unit of that key, when the index holds it. */
    Optional<IndexUnit> unit(String key) {
        return index.search(searcher -> docOf(searcher, new Ranked(key, -1, 0, 0, 0, 0)).map(doc -> IndexUnit.of(stored(searcher, doc))));
    }

    private static Optional<Integer> docOf(IndexSearcher searcher, Ranked ranked) {
        if (ranked.docId >= 0) {
            return Optional.of(ranked.docId);
        }
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(UNIT, ranked.unit)), 1);
            return found.scoreDocs.length == 0 ? Optional.empty() : Optional.of(found.scoreDocs[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document stored(IndexSearcher searcher, int doc) {
        try {
            return searcher.storedFields().document(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many units contain the most common of the forms; a form of several terms counts as its rarest term. Only
     * units have the "all" field; deleted documents count until merged away, which barely moves a weight.
     */
    private static long maxFrequency(IndexSearcher searcher, List<List<String>> forms, String language) {
        long max = 0;
        try {
            for (List<String> form : forms) {
                long rarest = Long.MAX_VALUE;
                for (String term : form) {
                    rarest = Math.min(rarest, searcher.getIndexReader().docFreq(new Term(IndexFields.of(ALL, language), term)));
                }
                max = Math.max(max, rarest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return max;
    }

    private static int docCount(IndexSearcher searcher, String field) {
        try {
            return searcher.getIndexReader().getDocCount(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Ranked {
        final String unit;
        final int docId;
        final float bm25;
        final long epochDay;
        final int lexicalRank;
        final int denseRank;

        Ranked(String unit, int docId, float bm25, long epochDay, int lexicalRank, int denseRank) {
            this.unit = unit;
            this.docId = docId;
            this.bm25 = bm25;
            this.epochDay = epochDay;
            this.lexicalRank = lexicalRank;
            this.denseRank = denseRank;
        }

        Ranked withLexicalRank(int rank) {
            return new Ranked(unit, docId, bm25, epochDay, rank, denseRank);
        }

        Ranked withDenseRank(int rank) {
            return new Ranked(unit, docId, bm25, epochDay, lexicalRank, rank);
        }
    }
}
