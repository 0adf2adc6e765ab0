package io.briefbot.qa;

import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.ingest.parse.ParsedArticle;
import io.briefbot.ingest.parse.ParsedIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The invented archive of src/test/resources/qa/archive (32 issues of China.Table, Europe.Table in German and
 * Climate.Table, July to 15 October 2026), parsed as the ingest parses it, with ids given in file order.
 */
final class FixtureArchive {

    /** The day the evaluation questions are asked: a Thursday. */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private FixtureArchive() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IndexedIssue> issues() {
        IssueParser parser = new IssueParser();
        List<IndexedIssue> issues = new ArrayList<>();
        long articleId = 1;
        for (Path file : files()) {
            ParsedIssue parsed;
            try {
                parsed = parser.parse(Files.readAllBytes(file), "text/plain");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IssueRejectedException e) {
                throw new IllegalStateException(file + " is refused: " + e.getMessage(), e);
            }
            List<IndexedIssue.IndexedArticle> articles = new ArrayList<>();
            for (ParsedArticle article : parsed.articles()) {
                articles.add(new IndexedIssue.IndexedArticle(articleId++, article.section(), article.title(),
                        article.lede() == null ? "" : article.lede(), article.paragraphs(), article.tags(), article.url()));
            }
            LocalDate date = LocalDate.parse(file.getFileName().toString().substring(0, 10));
            issues.add(new IndexedIssue(issues.size() + 1, parsed.publication(), date, Instant.parse("2026-10-15T06:00:00Z"),
                    parsed.headlines(), parsed.editorial() == null ? List.of() : parsed.editorial().paragraphs(),
                    parsed.editorial() == null ? null : parsed.editorial().author(), articles));
        }
        return issues;
    }

    static ArchiveIndex index() {
        ArchiveIndex index = ArchiveIndex.inMemory();
        issues().forEach(index::put);
        index.refresh();
        return index;
    }

    static InputStream resource(String name) {
        return FixtureArchive.class.getClassLoader().getResourceAsStream("qa/" + name);
    }

    private static Path folder() {
        try {
            return Path.of(FixtureArchive.class.getClassLoader().getResource("qa/archive").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
