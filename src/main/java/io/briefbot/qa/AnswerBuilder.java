package io.briefbot.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * Picks what an answer quotes: from each of the best units that answer the question (by its words or by meaning), the
 * passage that answers it best; the next best units as related ones. A passage is a sentence or two neighbouring ones,
 * ranked by the question's words it contains (those of the article's title and of the headlines announcing it count for
 * all its sentences, at half weight),
 * by how close its meaning is to the question's (when embeddings are on), and by whether it offers what the question
 * asks for (an amount, a person, a date, a place, a reason); the unit whose passage offers that most is quoted first. A
 * sentence that leans on the one before ("Now they…") is quoted with it. Never a word that is not in the archive, and
 * always as it stands there.
 */
final class AnswerBuilder {

    static final int MAX_QUOTES = 3;
    static final int MAX_RELATED = 3;
    static final int MAX_SUGGESTIONS = 5;
    /** Sentences embedded for one answer at most, the best unit's first: each costs a few milliseconds. */
    static final int MAX_EMBEDDED_SENTENCES = 8;
    private static final double RELATED_SHARE = 0.5;
    private static final float RELATED_SIMILARITY_MARGIN = 0.1f;
    /** How much of a passage's word score comes from its article's title: it says what all its sentences are about. */
    private static final double TITLE_CONTEXT = 0.5;
    private static final double SIMILARITY_WEIGHT = 0.3;
    private static final double ASKED_FOR_WEIGHT = 0.5;
    /** Two sentences must answer that much better than one to be quoted together. */
    private static final double PAIR_COST = 0.05;

    private final Retriever retriever;
    private final Optional<SentenceVectors> sentenceVectors;

    AnswerBuilder(Retriever retriever, Optional<Embedder> embedder) {
        this.retriever = retriever;
        this.sentenceVectors = embedder.map(SentenceVectors::new);
    }

    Answer build(Question question, Retriever.Retrieval retrieval) {
        Retriever.Terms terms = retrieval.terms();
        List<Candidate> candidates = retrieval.candidates();
        Retriever.Settings settings = retriever.settings();
        AskedFor asked = AskedFor.in(question.text());
        AnswerAcceptance acceptance = new AnswerAcceptance(question, retrieval, retriever);
        List<Candidate> quotedUnits = candidates.stream().filter(acceptance::accepts).limit(MAX_QUOTES).toList();
        if (quotedUnits.isEmpty()) {
            return new Answer(question.text(), question.topic(), question.window(), false, List.of(), List.of(), suggestions(candidates),
                    Optional.empty(), Optional.empty());
        }
        Ranking ranking = new Ranking(terms, asked, retrieval.query(), quotedUnits);
        // the unit whose passage offers what the question asks for leads (a figure for "how many", not the headline); a
        // headline tells no more than its story's article or editorial paragraph quoted beside it
        List<UnitPassages> units = quotedUnits.stream().map(unit -> new UnitPassages(unit, ranking.passages(unit)))
                .sorted(Comparator.comparingDouble((UnitPassages u) -> asked.offeredBy(u.best().text())).reversed()
                        .thenComparing(u -> isToldMoreBeside(u.unit(), quotedUnits)))
                .toList();
        List<Quote> quotes = new ArrayList<>();
        units.forEach(unit -> quotes.add(new Quote(unit.best().text(), unit.unit().source())));
        addSecondPassages(quotes, units.get(0).unit(), units.get(0).passages());
        Set<String> quoted = new LinkedHashSet<>();
        quotes.forEach(quote -> quoted.add(quote.source().unit()));
        List<Source> related = candidates.stream()
                .filter(c -> !quoted.contains(c.source().unit()))
                .filter(c -> c.coverage() >= settings.minCoverage() * RELATED_SHARE
                        || c.similarity() >= settings.minSimilarity() - RELATED_SIMILARITY_MARGIN)
                .limit(MAX_RELATED)
                .map(Candidate::source)
                .toList();
        return new Answer(question.text(), question.topic(), question.window(), false, quotes, related, List.of(), Optional.empty(),
                Optional.empty());
    }

    /** Whether a headline is quoted beside an article or editorial paragraph of its own issue. */
    private static boolean isToldMoreBeside(Candidate unit, List<Candidate> quoted) {
        return unit.source().kind() == Source.Kind.HEADLINE && quoted.stream()
                .anyMatch(other -> other.source().kind() != Source.Kind.HEADLINE && other.source().issueId() == unit.source().issueId());
    }

    /** With fewer than three units, the best unit's next passages that also contain the question's words. */
    private static void addSecondPassages(List<Quote> quotes, Candidate best, List<Scored> passages) {
        List<Passages.Passage> taken = new ArrayList<>(List.of(passages.get(0).passage()));
        for (Scored scored : passages.subList(1, passages.size())) {
            if (quotes.size() >= MAX_QUOTES) {
                return;
            }
            if (scored.words() > 0 && taken.stream().noneMatch(scored.passage()::overlaps)) {
                taken.add(scored.passage());
                quotes.add(taken.size() - 1, new Quote(scored.passage().text(), best.source()));
            }
        }
    }

    private static List<String> suggestions(List<Candidate> candidates) {
        Set<String> tags = new LinkedHashSet<>();
        candidates.forEach(candidate -> tags.addAll(candidate.unit().tags()));
        return tags.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** A quoted unit and its passages, best first. */
    private record UnitPassages(Candidate unit, List<Scored> passages) {

        Passages.Passage best() {
            return passages.get(0).passage();
        }
    }

    /**
     * A passage and its score; {@code words} is the share of the question's words the passage itself contains.
     */
    private record Scored(Passages.Passage passage, double score, double words) {
    }

    /** The passages of the quoted units, ranked for one question. */
    private final class Ranking {

        private final Retriever.Terms terms;
        private final AskedFor asked;
        private final Optional<float[]> query;
        private final Map<String, float[]> vectors;

        Ranking(Retriever.Terms terms, AskedFor asked, Optional<float[]> query, List<Candidate> units) {
            this.terms = terms;
            this.asked = asked;
            this.query = query;
            this.vectors = query.isPresent() && sentenceVectors.isPresent()
                    ? sentenceVectors.get().of(toEmbed(units)) : Map.of();
        }

        /** The unit's passages, best first; a best sentence that leans on the one before comes with it. */
        List<Scored> passages(Candidate unit) {
            Passages passages = Passages.of(unit.unit());
            String about = unit.source().kind() == Source.Kind.ARTICLE ? unit.unit().about() : null;
            List<Scored> scored = new ArrayList<>();
            passages.sentences().forEach(passage -> scored.add(scored(passage, about, 0)));
            passages.neighbours().forEach(passage -> scored.add(scored(passage, about, PAIR_COST)));
            scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparingInt((Scored s) -> s.passage().paragraph())
                    .thenComparingInt(s -> s.passage().first())
                    .thenComparingInt(s -> s.passage().last()));
            Scored best = scored.get(0);
            passages.withLeanedOn(best.passage()).ifPresent(leaned -> scored.set(0, new Scored(leaned, best.score(), best.words())));
            return scored;
        }

        private Scored scored(Passages.Passage passage, String about, double cost) {
            double words = retriever.coverage(terms, passage.text());
            double withTitle = about == null ? words : retriever.coverage(terms, about + "\n" + passage.text());
            double score = (1 - TITLE_CONTEXT) * words + TITLE_CONTEXT * withTitle
                    + SIMILARITY_WEIGHT * similarity(passage)
                    + ASKED_FOR_WEIGHT * asked.offeredBy(passage.text())
                    - cost;
            return new Scored(passage, score, words);
        }

        /** How close the passage's meaning is to the question's; a pair's is that of its sentences' mean. */
        private double similarity(Passages.Passage passage) {
            if (query.isEmpty() || vectors.isEmpty()) {
                return 0;
            }
            float[] sum = null;
            for (String sentence : SentenceSplitter.split(passage.text())) {
                float[] vector = vectors.get(sentence);
                if (vector == null) {
                    continue;
                }
                sum = sum == null ? vector.clone() : add(sum, vector);
            }
            if (sum == null) {
                return 0;
            }
            float norm = (float) Math.sqrt(VectorUtil.dotProduct(sum, sum));
            return norm == 0 ? 0 : VectorUtil.dotProduct(sum, query.get()) / norm;
        }

        /** The sentences worth embedding: the best unit's first, each unit's by how many of the question's words they hold. */
        private List<String> toEmbed(List<Candidate> units) {
            List<String> sentences = new ArrayList<>();
            for (Candidate unit : units) {
                Passages.of(unit.unit()).sentences().stream()
                        .sorted(Comparator.comparingDouble((Passages.Passage p) -> retriever.coverage(terms, p.text())).reversed())
                        .map(Passages.Passage::text)
                        .limit(MAX_EMBEDDED_SENTENCES - sentences.size())
                        .forEach(sentences::add);
            }
            return sentences;
        }

        private static float[] add(float[] sum, float[] vector) {
            for (int i = 0; i < sum.length && i < vector.length; i++) {
                sum[i] += vector[i];
            }
            return sum;
        }
    }
}
