package io.briefbot.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The evaluation questions of qa/eval.tsv and the figures of answering them: recall@1, recall@3, no-answer precision. */
final class Evaluation {

    record Case(String kind, String question, List<String> expected) {

        boolean hasAnswer() {
            return !expected.isEmpty();
        }
    }

    record Outcome(Case question, List<String> cited) {

        boolean foundWithin(int k) {
            return cited.subList(0, Math.min(k, cited.size())).stream().anyMatch(question.expected()::contains);
        }
    }

    record Figures(int answerable, int unanswerable, double recallAt1, double recallAt3, double noAnswerPrecision,
                   List<Outcome> misses, List<Outcome> wronglyAnswered) {
    }

    private Evaluation() {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(FixtureArchive.resource("eval.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> expected = "-".equals(columns[2].strip()) ? List.of()
                        : Arrays.stream(columns[2].split("\\|")).map(String::strip).toList();
                cases.add(new Case(columns[0], columns[1], expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The titles an answer cites, in order: quoted articles first, then related ones. */
    static List<String> cited(Answer answer) {
        Set<String> titles = new LinkedHashSet<>();
        answer.quotes().forEach(quote -> titles.add(quote.source().title()));
        answer.related().forEach(source -> titles.add(source.title()));
        return List.copyOf(titles);
    }

    static Figures run(List<Case> cases, Function<String, Answer> ask) {
        List<Outcome> outcomes = cases.stream().map(c -> new Outcome(c, cited(ask.apply(c.question())))).toList();
        List<Outcome> answerable = outcomes.stream().filter(o -> o.question().hasAnswer()).toList();
        List<Outcome> unanswerable = outcomes.stream().filter(o -> !o.question().hasAnswer()).toList();
        long at1 = answerable.stream().filter(o -> o.foundWithin(1)).count();
        long at3 = answerable.stream().filter(o -> o.foundWithin(3)).count();
        List<Outcome> wronglyAnswered = unanswerable.stream().filter(o -> !o.cited().isEmpty()).toList();
        return new Figures(answerable.size(), unanswerable.size(), (double) at1 / answerable.size(),
                (double) at3 / answerable.size(),
                unanswerable.isEmpty() ? 1 : (double) (unanswerable.size() - wronglyAnswered.size()) / unanswerable.size(),
                answerable.stream().filter(o -> !o.foundWithin(3)).toList(), wronglyAnswered);
    }

    static String report(String mode, Figures figures) {
        StringBuilder report = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%s: recall@1 %.3f, recall@3 %.3f over %d questions; no-answer precision %.3f over %d%n", mode,
                figures.recallAt1(), figures.recallAt3(), figures.answerable(), figures.noAnswerPrecision(), figures.unanswerable()));
        figures.misses().forEach(o -> report.append("  missed [").append(o.question().kind()).append("] ")
                .append(o.question().question()).append(" -> ").append(o.cited()).append('\n'));
        figures.wronglyAnswered().forEach(o -> report.append("  answered [").append(o.question().kind()).append("] ")
                .append(o.question().question()).append(" -> ").append(o.cited()).append('\n'));
        return report.toString();
    }
}
