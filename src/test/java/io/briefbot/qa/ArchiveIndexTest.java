package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: what it holds survives a restart, so that a start only catches up with what changed. */
class ArchiveIndexTest {

    @TempDir
    Path folder;

    @Test
    void anIndexWhoseCompoundsWereSplitByAnotherGlossaryIsBuiltAnew() {
        List<IndexedIssue> issues = FixtureArchive.issues();
        try (ArchiveIndex index = ArchiveIndex.open(folder, glossary("Handel | trade"))) {
            issues.forEach(index::put);
            index.commit();
        }

        try (ArchiveIndex sameGlossary = ArchiveIndex.open(folder, glossary("Handel | trade"))) {
            assertThat(sameGlossary.issueVersions()).hasSize(issues.size());
        }
        try (ArchiveIndex otherGlossary = ArchiveIndex.open(folder, glossary("Handel | trade", "Abkommen | agreement"))) {
            assertThat(otherGlossary.issueVersions()).isEmpty();
        }
    }

    @Test
    void subscriptAndSuperscriptDigitsAreFoundAsTheDigitsAQuestionTypes() throws Exception {
        Path file = folder.resolve("2026-03-02-climate.txt");
        Files.writeString(file, String.join("\n",
                "- Peat bogs release more CO₂ than thought",
                "Dear readers,",
                "the drained bogs of the north release 53 million tonnes of CO₂ a year, more than all domestic flights.",
                "Lena Roth",
                "",
                "Analysis",
                "Rewetting the bogs",
                "Across 12,000 km² of drained bog, the states want to raise the water table again. Each km² rewetted saves about 2,500 tonnes of CO₂ a year.",
                "- Climate",
                "Continue reading now",
                "… and get free access to this Professional Briefing for a month.",
                "Are you already a guest at the Climate.Table? Log in now"));
        IndexedIssue issue = FixtureArchive.issue(1, 1, FixtureArchive.parsed(file), LocalDate.of(2026, 3, 2));
        try (ArchiveIndex index = FixtureArchive.index(List.of(issue), Glossary.load())) {
            assertThat(new KeywordSearch(index).search("CO2", 0, 5).total()).isPositive();
            assertThat(new KeywordSearch(index).search("km2", 0, 5).total()).isPositive();
            Answer answer = new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load())
                    .answer("How much CO2 do the drained bogs release a year?", LocalDate.of(2026, 3, 3), false);
            assertThat(answer.quotes()).extracting(Quote::text).anyMatch(quote -> quote.contains("53 million tonnes of CO₂"));
        }
    }

    private static Glossary glossary(String... pairs) {
        return Glossary.read(new BufferedReader(new StringReader(String.join("\n", pairs))));
    }

    @Test
    void theIssueVersionsAndDocumentsSurviveARestart() {
        List<IndexedIssue> issues = FixtureArchive.issues();
        try (ArchiveIndex index = ArchiveIndex.open(folder)) {
            issues.forEach(index::put);
            index.remove(issues.get(0).id());
            index.commit();
        }

        try (ArchiveIndex reopened = ArchiveIndex.open(folder)) {
            reopened.refresh();
            assertThat(reopened.issueVersions()).hasSize(issues.size() - 1).doesNotContainKey(issues.get(0).id())
                    .containsEntry(issues.get(1).id(), issues.get(1).updatedAt().toEpochMilli());
            assertThat(new KeywordSearch(reopened).search("lithium", 0, 5).total()).isPositive();
            assertThat(new KeywordSearch(reopened).search("Waigaoqiao", 0, 5).total()).as("the removed issue's article").isZero();
        }
    }

    @Test
    void aCorrectedIssueReplacesItsHeadlinesAndEditorialAndADeletedOneTakesThemAlong() {
        IndexedIssue first = issue(List.of("Macau reopens ferry routes"), List.of("The ferries to Zhuhai sail again from Monday."));
        IndexedIssue corrected = issue(List.of("Macau delays the ferry restart"), List.of());
        try (ArchiveIndex index = ArchiveIndex.inMemory(Glossary.load())) {
            KeywordSearch search = new KeywordSearch(index);
            index.put(first);
            index.refresh();
            assertThat(search.search("ferry", 0, 5).matches()).extracting(match -> match.source().kind())
                    .containsExactlyInAnyOrder(Source.Kind.HEADLINE, Source.Kind.EDITORIAL);

            index.put(corrected);
            index.refresh();
            assertThat(search.search("Zhuhai", 0, 5).total()).as("the editorial paragraph corrected away").isZero();
            assertThat(search.search("reopens", 0, 5).total()).as("the old headline").isZero();
            assertThat(search.search("ferry", 0, 5).matches()).extracting(match -> match.source().title())
                    .containsExactly("Macau delays the ferry restart");

            index.remove(corrected.id());
            index.refresh();
            assertThat(search.search("ferry", 0, 5).total()).isZero();
        }
    }

    private static IndexedIssue issue(List<String> headlines, List<String> editorial) {
        return new IndexedIssue(9, "China.Table", java.time.LocalDate.of(2026, 10, 14), java.time.Instant.parse("2026-10-14T06:00:00Z"),
                headlines, editorial, "Lena Hartwig", List.of());
    }

    @Test
    void savedVectorsAreLoadedAgainAndAChangedTextIsNoLongerCurrent() {
        UnitVectors vectors = new UnitVectors();
        vectors.put(new UnitVectors.Entry("a7", 20_000, "Title. Lede".hashCode(), new float[] {0.6f, 0.8f}));
        vectors.put(new UnitVectors.Entry("e3.1", 20_000, "An editorial paragraph.".hashCode(), new float[] {0.8f, -0.6f}));
        vectors.save(folder.resolve("vectors.bin"));

        UnitVectors loaded = new UnitVectors();
        loaded.load(folder.resolve("vectors.bin"));

        assertThat(loaded.isCurrent("a7", "Title. Lede".hashCode())).isTrue();
        assertThat(loaded.isCurrent("a7", "Title. Another lede".hashCode())).isFalse();
        assertThat(loaded.isCurrent("e3.1", "An editorial paragraph.".hashCode())).isTrue();
        assertThat(loaded.nearest(new float[] {0.6f, 0.8f}, Optional.empty(), 3)).extracting(UnitVectors.Similar::unit)
                .containsExactly("a7", "e3.1");
        assertThat(loaded.nearest(new float[] {0.6f, 0.8f}, Optional.of(new DateWindow(java.time.LocalDate.ofEpochDay(20_001),
                java.time.LocalDate.ofEpochDay(20_002))), 3)).isEmpty();
    }
}
