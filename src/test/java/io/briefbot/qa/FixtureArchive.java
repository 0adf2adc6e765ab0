package io.briefbot.qa;

import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.ingest.parse.ParsedArticle;
import io.briefbot.ingest.parse.ParsedIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An archive of invented issues in a folder, parsed as the ingest parses it, with ids given in file order. The
 * development archive is src/test/resources/qa/archive: China.Table, Europe.Table in German, Climate.Table and a few
 * other Table.Briefings, July to 15 October 2026.
 */
final class FixtureArchive {

    /** The day the development questions are asked: a Thursday. */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private FixtureArchive() {
    }

    static Path folder() {
        return resource("qa/archive");
    }

    static Path resource(String name) {
        try {
            return Path.of(FixtureArchive.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource " + name, e);
        }
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IndexedIssue> issues() {
        return issues(folder());
    }

    /** The issues of the .txt files in {@code folder}, dated by the file name's "yyyy-mm-dd" start, or else by their text. */
    static List<IndexedIssue> issues(Path folder) {
        List<IndexedIssue> issues = new ArrayList<>();
        long articleId = 1;
        for (Path file : files(folder)) {
            ParsedIssue parsed = parsed(file);
            IndexedIssue issue = issue(issues.size() + 1, articleId, parsed, date(file, parsed));
            articleId += issue.articles().size();
            issues.add(issue);
        }
        return issues;
    }

    static ParsedIssue parsed(Path file) {
        try {
            return new IssueParser().parse(Files.readAllBytes(file), "text/plain");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IssueRejectedException e) {
            throw new IllegalStateException(file + " is refused: " + e.getMessage(), e);
        }
    }

    /** An issue as the index sees it, with id {@code id} and its articles numbered from {@code firstArticleId}. */
    static IndexedIssue issue(long id, long firstArticleId, ParsedIssue parsed, LocalDate date) {
        List<IndexedIssue.IndexedArticle> articles = new ArrayList<>();
        long articleId = firstArticleId;
        for (ParsedArticle article : parsed.articles()) {
            articles.add(new IndexedIssue.IndexedArticle(articleId++, article.section(), article.title(),
                    article.lede() == null ? "" : article.lede(), article.paragraphs(), article.tags(), article.url()));
        }
        return new IndexedIssue(id, parsed.publication(), date, Instant.parse("2026-10-15T06:00:00Z"), parsed.headlines(),
                parsed.editorial() == null ? List.of() : parsed.editorial().paragraphs(),
                parsed.editorial() == null ? null : parsed.editorial().author(), articles);
    }

    static ArchiveIndex index() {
        return index(issues(), Glossary.load());
    }

    static ArchiveIndex index(List<IndexedIssue> issues, Glossary glossary) {
        ArchiveIndex index = ArchiveIndex.inMemory(glossary);
        issues.forEach(index::put);
        index.refresh();
        return index;
    }

    private static LocalDate date(Path file, ParsedIssue parsed) {
        String name = file.getFileName().toString();
        try {
            return LocalDate.parse(name.substring(0, Math.min(10, name.length())));
        } catch (DateTimeParseException e) {
            if (parsed.date() != null) {
                return parsed.date();
            }
            throw new IllegalStateException(file + " does not start with a date (yyyy-mm-dd) and names none in its text", e);
        }
    }
}
