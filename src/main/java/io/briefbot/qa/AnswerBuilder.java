package io.briefbot.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks what an answer quotes: the best sentence of each of the best articles that answer the question (by its
 * words or by meaning), the next best articles as related ones. Never a word that is not in an article.
 */
final class AnswerBuilder {

    static final int MAX_QUOTES = 3;
    static final int MAX_RELATED = 3;
    static final int MAX_SUGGESTIONS = 5;
    private static final double RELATED_SHARE = 0.5;
    private static final float RELATED_SIMILARITY_MARGIN = 0.1f;

    private final Retriever retriever;

    AnswerBuilder(Retriever retriever) {
        this.retriever = retriever;
    }

    Answer build(Question question, Retriever.Retrieval retrieval) {
        Retriever.Terms terms = retrieval.terms();
        List<Candidate> candidates = retrieval.candidates();
        Retriever.Settings settings = retriever.settings();
        List<Candidate> answering = candidates.stream()
                .filter(c -> c.coverage() >= settings.minCoverage() || c.similarity() >= settings.minSimilarity())
                .toList();
        if (answering.isEmpty()) {
            return new Answer(question.text(), question.topic(), question.window(), List.of(), List.of(), suggestions(candidates),
                    Optional.empty(), Optional.empty());
        }
        List<Quote> quotes = new ArrayList<>();
        List<Scored> bestSentences = sentences(answering.get(0), terms);
        quotes.add(new Quote(bestSentences.get(0).text(), Source.of(answering.get(0))));
        for (Candidate candidate : answering.subList(1, Math.min(MAX_QUOTES, answering.size()))) {
            quotes.add(new Quote(sentences(candidate, terms).get(0).text(), Source.of(candidate)));
        }
        addSecondSentences(quotes, answering.get(0), bestSentences);
        Set<Long> quoted = new LinkedHashSet<>();
        quotes.forEach(quote -> quoted.add(quote.source().articleId()));
        List<Source> related = candidates.stream()
                .filter(c -> !quoted.contains(c.articleId()))
                .filter(c -> c.coverage() >= settings.minCoverage() * RELATED_SHARE
                        || c.similarity() >= settings.minSimilarity() - RELATED_SIMILARITY_MARGIN)
                .limit(MAX_RELATED)
                .map(Source::of)
                .toList();
        return new Answer(question.text(), question.topic(), question.window(), quotes, related, List.of(), Optional.empty(),
                Optional.empty());
    }

    /** With fewer than three articles, the best article's next sentences that also speak to the question. */
    private static void addSecondSentences(List<Quote> quotes, Candidate best, List<Scored> sentences) {
        for (Scored sentence : sentences.subList(1, sentences.size())) {
            if (quotes.size() >= MAX_QUOTES || sentence.score() <= 0) {
                return;
            }
            quotes.add(countFrom(quotes, best), new Quote(sentence.text(), Source.of(best)));
        }
    }

    private static int countFrom(List<Quote> quotes, Candidate candidate) {
        return (int) quotes.stream().filter(q -> q.source().articleId() == candidate.articleId()).count();
    }

    /** The article's sentences (lede first), best for the question first; ties keep the article's order. */
    private List<Scored> sentences(Candidate candidate, Retriever.Terms terms) {
        List<Scored> sentences = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(candidate.lede());
        paragraphs.addAll(candidate.paragraphs());
        int position = 0;
        for (String paragraph : paragraphs) {
            for (String sentence : SentenceSplitter.split(paragraph)) {
                sentences.add(new Scored(sentence, retriever.coverage(terms, sentence), position++));
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(new Scored(candidate.title(), 0, 0));
        }
        sentences.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::position));
        return sentences;
    }

    private static List<String> suggestions(List<Candidate> candidates) {
        Set<String> tags = new LinkedHashSet<>();
        candidates.forEach(candidate -> tags.addAll(candidate.tags()));
        return tags.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private record Scored(String text, double score, int position) {
    }
}
