package io.briefbot.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of evaluation questions over an archive of invented issues, and the figures of answering them. A question file
 * has one "kind TAB question TAB expected" line per question (further columns are notes); "-" expects no answer. Expected answers are either
 * article titles (qa/eval.tsv: found when an answer cites an article of that title) or phrases quoted word for word
 * from the archive (found when a cited unit, article, headline or editorial paragraph, contains one; the quote is
 * right when the answer's first quote contains one). Several are separated by " | ".
 */
final class Evaluation {

    /** How a set writes what it expects. */
    enum Expected { TITLES, PHRASES }

    record Case(String kind, String question, List<String> expected) {

        boolean hasAnswer() {
            return !expected.isEmpty();
        }
    }

    record QuestionSet(String name, Expected expected, List<Case> cases, List<IndexedIssue> issues, LocalDate today) {

        /** Its name, as a test names it. */
        @Override
        public String toString() {
            return name;
        }

        /** A set laid out as a folder: {@code questions.tsv} (phrases) and the issues under {@code archive/}. */
        static QuestionSet inFolder(String name, Path folder, LocalDate today) {
            return of(name, Expected.PHRASES, folder.resolve("questions.tsv"), folder.resolve("archive"), today);
        }

        static QuestionSet of(String name, Expected expected, Path questions, Path archive, LocalDate today) {
            try {
                return new QuestionSet(name, expected, Evaluation.cases(Files.readString(questions, StandardCharsets.UTF_8)),
                        FixtureArchive.issues(archive), today);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One question answered.
     *
     * @param cited  the units the answer cites, in order: quoted ones first, then related ones
     * @param quoted the answer's first quote; empty when it has none
     */
    record Outcome(Case question, List<Source> cited, Optional<String> quoted, boolean quoteRight, int foundAt) {

        boolean foundWithin(int k) {
            return foundAt > 0 && foundAt <= k;
        }
    }

    record Figures(String mode, Expected expected, List<Outcome> outcomes) {

        List<Outcome> answerable() {
            return outcomes.stream().filter(o -> o.question().hasAnswer()).toList();
        }

        List<Outcome> unanswerable() {
            return outcomes.stream().filter(o -> !o.question().hasAnswer()).toList();
        }

        double recallAt(int k) {
            return share(answerable().stream().filter(o -> o.foundWithin(k)).count(), answerable().size());
        }

        double quoteAccuracy() {
            return share(answerable().stream().filter(Outcome::quoteRight).count(), answerable().size());
        }

        List<Outcome> wronglyAnswered() {
            return unanswerable().stream().filter(o -> !o.cited().isEmpty()).toList();
        }

        double noAnswerPrecision() {
            return unanswerable().isEmpty() ? 1 : share(unanswerable().size() - wronglyAnswered().size(), unanswerable().size());
        }

        List<Outcome> misses() {
            return answerable().stream().filter(o -> !o.foundWithin(3)).toList();
        }

        /** The questions found within 3 here but not in {@code without}, the same set answered without the glossary. */
        List<Case> foundOnlyWith(Figures without) {
            Map<Case, Outcome> other = new HashMap<>();
            without.outcomes().forEach(o -> other.put(o.question(), o));
            return answerable().stream().filter(o -> o.foundWithin(3) && !other.get(o.question()).foundWithin(3))
                    .map(Outcome::question).toList();
        }

        String line() {
            return String.format(Locale.ROOT, "%s: recall@1 %.3f, recall@3 %.3f over %d questions%s; no-answer precision %.3f over %d",
                    mode, recallAt(1), recallAt(3), answerable().size(),
                    expected == Expected.PHRASES ? String.format(Locale.ROOT, ", quote accuracy %.3f", quoteAccuracy()) : "",
                    noAnswerPrecision(), unanswerable().size());
        }

        String report() {
            StringBuilder report = new StringBuilder(line()).append('\n');
            misses().forEach(o -> report.append("  missed [").append(o.question().kind()).append("] ")
                    .append(o.question().question()).append(" -> ").append(names(o.cited())).append('\n'));
            if (expected == Expected.PHRASES) {
                answerable().stream().filter(o -> o.foundWithin(3) && !o.quoteRight())
                        .forEach(o -> report.append("  quoted [").append(o.question().kind()).append("] ")
                                .append(o.question().question()).append(" -> ").append(o.quoted().orElse("")).append('\n'));
            }
            wronglyAnswered().forEach(o -> report.append("  answered [").append(o.question().kind()).append("] ")
                    .append(o.question().question()).append(" -> ").append(names(o.cited())).append('\n'));
            return report.toString();
        }

        private static double share(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** A set answered four ways: hybrid and BM25 alone, each with and without the glossary. */
    record Report(Figures hybrid, Figures bm25, Figures hybridWithoutGlossary, Figures bm25WithoutGlossary) {

        List<Case> foundOnlyWithGlossary() {
            List<Case> found = new ArrayList<>(hybrid.foundOnlyWith(hybridWithoutGlossary));
            bm25.foundOnlyWith(bm25WithoutGlossary).stream().filter(c -> !found.contains(c)).forEach(found::add);
            return found;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            text.append(hybrid.report()).append(bm25.report());
            text.append(hybridWithoutGlossary.line()).append('\n').append(bm25WithoutGlossary.line()).append('\n');
            List<Case> glossary = foundOnlyWithGlossary();
            text.append(String.format(Locale.ROOT, "found within 3 only with the glossary: %d of %d%n", glossary.size(),
                    hybrid.answerable().size()));
            glossary.forEach(c -> text.append("  [").append(c.kind()).append("] ").append(c.question()).append('\n'));
            return text.toString();
        }
    }

    /**
     * An archive indexed with the glossary and without it, its units embedded for each: with the glossary, German text
     * is embedded as its English gloss, as briefbot does; without it, as it is written.
     */
    static final class Archive implements AutoCloseable {

        private final ArchiveIndex withGlossary;
        private final ArchiveIndex withoutGlossary;
        private final UnitVectors vectors = new UnitVectors();
        private final UnitVectors vectorsWithoutGlossary = new UnitVectors();
        private final Embedder model;
        private final Embedder englishOnly;

        /** @param englishOnly the model itself, which knows English only */
        Archive(List<IndexedIssue> issues, Embedder englishOnly) {
            Glossary glossary = Glossary.load();
            this.withGlossary = FixtureArchive.index(issues, glossary);
            this.withoutGlossary = FixtureArchive.index(issues, NO_GLOSSARY);
            this.model = new GlossingEmbedder(englishOnly, glossary);
            this.englishOnly = englishOnly;
            EmbeddingBacklog.catchUp(withGlossary, vectors, model, null, () -> false);
            EmbeddingBacklog.catchUp(withoutGlossary, vectorsWithoutGlossary, englishOnly, null, () -> false);
        }

        /** The index with the glossary, for questions of one's own. */
        QuestionAnswerer answerer(boolean byMeaning, Retriever.Settings settings) {
            return new QuestionAnswerer(withGlossary, vectors, byMeaning ? Optional.of(model) : Optional.empty(), settings,
                    Glossary.load());
        }

        /** {@code set}'s questions asked four ways; its archive must be this one's. */
        Report evaluate(QuestionSet set, Retriever.Settings settings) {
            return new Report(run(set.name() + ", hybrid", set, answerer(true, settings), true),
                    run(set.name() + ", BM25 alone", set, answerer(false, settings), false),
                    run(set.name() + ", hybrid without the glossary", set,
                            new QuestionAnswerer(withoutGlossary, vectorsWithoutGlossary, Optional.of(englishOnly), settings, NO_GLOSSARY), true),
                    run(set.name() + ", BM25 alone without the glossary", set,
                            new QuestionAnswerer(withoutGlossary, vectorsWithoutGlossary, Optional.empty(), settings, NO_GLOSSARY), false));
        }

        @Override
        public void close() {
            withGlossary.close();
            withoutGlossary.close();
        }
    }

    private static final Glossary NO_GLOSSARY = Glossary.read(new BufferedReader(new StringReader("")));

    private Evaluation() {
    }

    /** {@code set} asked four ways over its own archive (see {@link Archive#evaluate}). */
    static Report evaluate(QuestionSet set, Embedder model, Retriever.Settings settings) {
        try (Archive archive = new Archive(set.issues(), model)) {
            return archive.evaluate(set, settings);
        }
    }

    static List<Case> cases(String tsv) {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(tsv))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 3) {
                    throw new IllegalArgumentException("Not \"kind TAB question TAB expected\": " + line);
                }
                List<String> expected = "-".equals(columns[2].strip()) ? List.of()
                        : Arrays.stream(columns[2].split("\\|")).map(String::strip).filter(e -> !e.isEmpty()).toList();
                cases.add(new Case(columns[0].strip(), columns[1].strip(), expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Asks every question of {@code set} with {@code answerer}. */
    static Figures run(String mode, QuestionSet set, QuestionAnswerer answerer, boolean byMeaning) {
        Map<String, String> texts = new HashMap<>();
        set.issues().forEach(issue -> IssueUnits.of(issue).forEach(unit -> texts.put(unit.key(), unit.allText())));
        List<Outcome> outcomes = new ArrayList<>();
        for (Case question : set.cases()) {
            Answer answer = answerer.answer(question.question(), set.today(), byMeaning);
            List<Source> cited = cited(answer);
            Optional<String> quoted = answer.quotes().stream().findFirst().map(Quote::text);
            int foundAt = 0;
            for (int i = 0; i < cited.size() && foundAt == 0; i++) {
                if (set.expected() == Expected.TITLES ? question.expected().contains(cited.get(i).title())
                        : containsAny(texts.get(cited.get(i).unit()), question.expected())) {
                    foundAt = i + 1;
                }
            }
            boolean quoteRight = set.expected() == Expected.PHRASES && quoted.map(q -> containsAny(q, question.expected())).orElse(false);
            outcomes.add(new Outcome(question, cited, quoted, quoteRight, foundAt));
        }
        return new Figures(mode, set.expected(), outcomes);
    }

    /** The units an answer cites, in order, each once: quoted ones first, then related ones. */
    static List<Source> cited(Answer answer) {
        Map<String, Source> units = new LinkedHashMap<>();
        answer.quotes().forEach(quote -> units.putIfAbsent(quote.source().unit(), quote.source()));
        answer.related().forEach(source -> units.putIfAbsent(source.unit(), source));
        return List.copyOf(units.values());
    }

    /** Whether {@code text} contains one of the phrases, word for word; case and runs of white space aside. */
    static boolean containsAny(String text, List<String> phrases) {
        if (text == null) {
            return false;
        }
        String plain = plain(text);
        return phrases.stream().anyMatch(phrase -> plain.contains(plain(phrase)));
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(List<Source> cited) {
        return cited.stream().map(source -> source.title() != null ? source.title() : source.kind() + " " + source.unit()).toList();
    }
}
