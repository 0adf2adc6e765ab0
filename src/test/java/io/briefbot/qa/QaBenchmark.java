package io.briefbot.qa;

import io.briefbot.ingest.parse.IssueGenerator;
import io.briefbot.ingest.parse.IssueGenerator.ExpectedArticle;
import io.briefbot.ingest.parse.IssueGenerator.ExpectedIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The question benchmark: an index of generated issues built in a folder, then questions answered by words alone
 * and by words and meaning, with their latency percentiles and the process's memory.
 * Usage: QaBenchmark <index folder> <issues> <questions> [units to embed]
 *
 * <p>Embedding every unit (article, headline, editorial paragraph) takes long on a small machine (it is background
 * work after start): with a limit, that many units are embedded for real, which gives the throughput, and the others
 * reuse their vectors, so that the questions still search one vector per unit.
 */
public final class QaBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int ARTICLES_PER_ISSUE = 10;
    private static final String[] UNKNOWN = {"Bundesliga", "referee", "Argentina", "cryptocurrency", "volcano", "opera"};

    private QaBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int questions = Integer.parseInt(args[2]);
        int embedLimit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Random random = new Random(20260715);
        List<IndexedIssue> issues = generated(count, random);
        int articles = issues.stream().mapToInt(issue -> issue.articles().size()).sum();
        LocalDate today = FIRST_DAY.plusDays(count);

        long started = System.nanoTime();
        ArchiveIndex index = ArchiveIndex.open(folder);
        issues.forEach(index::put);
        index.commit();
        index.refresh();
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "index build: %d issues, %d articles in %.1f s (%s on disk)%n", count, articles, buildSeconds,
                megabytes(size(folder)));
        System.out.printf(Locale.ROOT, "RSS after the index: %s%n", megabytes(rss()));

        List<String> asked = questions(issues, questions, random);
        UnitVectors vectors = new UnitVectors();
        Retriever.Settings settings = new Retriever.Settings(0.15, 30, 0.6, 0.62);
        QuestionAnswerer words = new QuestionAnswerer(index, vectors, Optional.empty(), settings, Glossary.shared());
        report("BM25 alone", asked, question -> words.answer(question, today, false));

        Embedder model = new GlossingEmbedder(new MiniLmEmbedder(), Glossary.shared());
        model.embed("warm up");
        embed(index, vectors, model, embedLimit);
        QuestionAnswerer hybrid = new QuestionAnswerer(index, vectors, Optional.of(model), settings, Glossary.shared());
        report("hybrid (BM25 + embeddings)", asked, question -> hybrid.answer(question, today, true));
        System.out.printf(Locale.ROOT, "RSS with the model loaded: %s%n", megabytes(rss()));
        index.close();
    }

    private static void embed(ArchiveIndex index, UnitVectors vectors, Embedder model, int limit) {
        long started = System.nanoTime();
        List<UnitVectors.Entry> real = new ArrayList<>();
        int[] total = {0};
        index.search(searcher -> {
            EmbeddingBacklog.forEachUnit(searcher, unit -> {
                String text = unit.meaningText();
                float[] vector = real.size() < limit ? model.embed(text) : real.get(total[0] % real.size()).vector();
                UnitVectors.Entry entry = new UnitVectors.Entry(unit.key(), unit.source().date().toEpochDay(), text.hashCode(), vector);
                if (real.size() < limit) {
                    real.add(entry);
                }
                vectors.put(entry);
                total[0]++;
            });
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "embeddings: %d units embedded in %.1f s (%.0f/s, one thread; background work after start),"
                + " %d vectors searched%n", real.size(), seconds, real.size() / seconds, total[0]);
    }

    private static void report(String mode, List<String> questions, java.util.function.Function<String, Answer> ask) {
        int warmUp = Math.min(200, questions.size());
        int found = 0;
        for (String question : questions.subList(0, warmUp)) {
            ask.apply(question);
        }
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long started = System.nanoTime();
            if (ask.apply(questions.get(i)).found()) {
                found++;
            }
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d questions, p50 %.1f ms, p99 %.1f ms, max %.1f ms, answered %d%n", mode, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6, nanos[nanos.length - 1] / 1e6, found);
    }

    /** Questions made of words of random articles, a tenth of them with a word the archive has never seen. */
    private static List<String> questions(List<IndexedIssue> issues, int count, Random random) {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IndexedIssue issue = issues.get(random.nextInt(issues.size()));
            IndexedIssue.IndexedArticle article = issue.articles().get(random.nextInt(issue.articles().size()));
            List<String> words = Arrays.stream((article.title() + " " + article.lede()).split("[^\\p{L}]+"))
                    .filter(word -> word.length() > 3).toList();
            StringBuilder question = new StringBuilder("What about");
            for (int w = 0; w < 3 && !words.isEmpty(); w++) {
                question.append(' ').append(words.get(random.nextInt(words.size())));
            }
            if (i % 10 == 0) {
                question.append(' ').append(UNKNOWN[random.nextInt(UNKNOWN.length)]);
            }
            if (i % 7 == 0) {
                question.append(" last month");
            }
            questions.add(question.append('?').toString());
        }
        return questions;
    }

    /** Issues of about ten articles each: the generator's issues are shorter, so each takes the articles of several. */
    private static List<IndexedIssue> generated(int count, Random random) {
        List<IndexedIssue> issues = new ArrayList<>();
        long articleId = 1;
        for (int i = 0; i < count; i++) {
            ExpectedIssue expected = IssueGenerator.textIssue(random).expected();
            List<IndexedIssue.IndexedArticle> articles = new ArrayList<>();
            while (articles.size() < ARTICLES_PER_ISSUE) {
                for (ExpectedArticle article : IssueGenerator.textIssue(random).expected().articles()) {
                    articles.add(new IndexedIssue.IndexedArticle(articleId++, article.section(), article.title(),
                            article.lede() == null ? "" : article.lede(), article.paragraphs(), article.tags(), null));
                }
            }
            issues.add(new IndexedIssue(i + 1, expected.publication() == null ? "Table.Briefing" : expected.publication(),
                    FIRST_DAY.plusDays(i), Instant.now(), expected.headlines(),
                    expected.editorialParagraphs() == null ? List.of() : expected.editorialParagraphs(), expected.editorialAuthor(),
                    articles));
        }
        return issues;
    }

    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
