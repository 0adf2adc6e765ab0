package io.briefbot.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The watch benchmark: one stored issue (the largest of the fixture archive and the sample archive) matched against
 * many watches made of the archives' own words (single words, pairs, quoted phrases, words with an exclusion), as a newly stored issue is before
 * its watch alerts are queued. The first run parses every watch; the runs after it find them parsed.
 * Usage: WatchBenchmark [watches] [runs]     defaults: 10000 20
 */
public final class WatchBenchmark {

    private WatchBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<IndexedIssue> archive = new ArrayList<>(FixtureArchive.issues());
        FixtureArchive.files(FixtureArchive.resource("sample-archive")).stream()
                .filter(file -> Character.isDigit(file.getFileName().toString().charAt(0)))
                .forEach(file -> archive.add(FixtureArchive.issue(archive.size() + 1, 10_000L * (archive.size() + 1),
                        FixtureArchive.parsed(file), FixtureArchive.TODAY)));
        IndexedIssue issue = archive.stream().max(Comparator.comparingInt(one -> IssueUnits.of(one).size())).orElseThrow();
        List<String> watches = watches(archive, count, new Random(20220708));
        WatchMatcher matcher = new WatchMatcher(null);

        long started = System.nanoTime();
        int matching = matcher.matching(issue, watches).size();
        double firstMillis = (System.nanoTime() - started) / 1e6;
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            matcher.matching(issue, watches);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        System.out.printf("issue %s %s: %d units; %d watches, %d of them match%n", issue.publication(), issue.date(),
                IssueUnits.of(issue).size(), watches.size(), matching);
        System.out.printf("first run (parses every watch): %.1f ms%n", firstMillis);
        System.out.printf("median of %d runs: %.1f ms (min %.1f, max %.1f); target < 200 ms%n", runs, median, millis[0],
                millis[runs - 1]);
    }

    /** Distinct watches of the archive's words, in the shapes chats write them. */
    private static List<String> watches(List<IndexedIssue> archive, int count, Random random) {
        List<String> sentences = archive.stream().flatMap(WatchBenchmark::texts).toList();
        List<String> words = sentences.stream().flatMap(text -> Arrays.stream(text.split("[^\\p{L}]+")))
                .filter(word -> word.length() >= 4).distinct().toList();
        Set<String> watches = new LinkedHashSet<>();
        while (watches.size() < count) {
            String word = words.get(random.nextInt(words.size()));
            String other = words.get(random.nextInt(words.size()));
            int shape = random.nextInt(10);
            if (shape < 6) {
                watches.add(word);
            } else if (shape < 8) {
                watches.add(word + " " + other);
            } else if (shape < 9) {
                watches.add("\"" + phrase(sentences.get(random.nextInt(sentences.size())), random) + "\"");
            } else {
                watches.add(word + " -" + other);
            }
        }
        return new ArrayList<>(watches);
    }

    private static String phrase(String text, Random random) {
        String[] words = text.split("\\s+");
        int start = random.nextInt(Math.max(1, words.length - 1));
        return String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + 2))).replace("\"", "");
    }

    private static Stream<String> texts(IndexedIssue issue) {
        return Stream.of(issue.headlines().stream(), issue.editorialParagraphs().stream(),
                issue.articles().stream().flatMap(article -> Stream.concat(Stream.of(article.title(), article.lede()),
                        article.paragraphs().stream()))).flatMap(s -> s).filter(text -> text != null && !text.isBlank());
    }
}
