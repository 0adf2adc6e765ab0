package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueGenerator.ExpectedArticle;
import io.briefbot.ingest.parse.IssueGenerator.ExpectedIssue;
import io.briefbot.ingest.parse.IssueGenerator.GeneratedIssue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands of random well-formed issues must round-trip exactly, as text and as HTML. */
class GeneratedIssuesPropertyTest {

    private static final int ISSUES_PER_FORMAT = 2_000;
    private final IssueParser parser = new IssueParser();

    @Test
    void textIssuesRoundTrip() {
        roundTrip(new Random(20240701L), IssueGenerator::textIssue);
    }

    @Test
    void htmlIssuesRoundTrip() {
        roundTrip(new Random(20240702L), IssueGenerator::htmlIssue);
    }

    private void roundTrip(Random random, Function<Random, GeneratedIssue> generator) {
        for (int i = 0; i < ISSUES_PER_FORMAT; i++) {
            GeneratedIssue generated = generator.apply(random);
            ParsedIssue parsed = parser.parse(generated.content().getBytes(StandardCharsets.UTF_8), null);
            ExpectedIssue expected = generated.expected();
            String context = "issue #" + i + ":\n" + generated.content();

            assertThat(parsed.publication()).as(context).isEqualTo(expected.publication());
            assertThat(parsed.title()).as(context).isEqualTo(expected.title());
            assertThat(parsed.headlines()).as(context).isEqualTo(expected.headlines());
            if (expected.editorialParagraphs() == null) {
                assertThat(parsed.editorial()).as(context).isNull();
            } else {
                assertThat(parsed.editorial()).as(context).isNotNull();
                assertThat(parsed.editorial().paragraphs()).as(context).isEqualTo(expected.editorialParagraphs());
                assertThat(parsed.editorial().author()).as(context).isEqualTo(expected.editorialAuthor());
            }
            assertThat(parsed.articles()).as(context).hasSameSizeAs(expected.articles());
            for (int a = 0; a < expected.articles().size(); a++) {
                ExpectedArticle want = expected.articles().get(a);
                ParsedArticle got = parsed.articles().get(a);
                assertThat(new ExpectedArticle(got.section(), got.title(), got.lede(), got.paragraphs(), got.tags(),
                        got.author())).as(context).isEqualTo(want);
            }
            ParsedIssueAssertions.assertCleanContent(parsed);
        }
    }
}
