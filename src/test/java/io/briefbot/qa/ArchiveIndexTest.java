package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: what it holds survives a restart, so that a start only catches up with what changed. */
class ArchiveIndexTest {

    @TempDir
    Path folder;

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
    void savedVectorsAreLoadedAgainAndAChangedTextIsNoLongerCurrent() {
        ArticleVectors vectors = new ArticleVectors();
        vectors.put(new ArticleVectors.Entry(7, 20_000, "Title. Lede".hashCode(), new float[] {0.6f, 0.8f}));
        vectors.save(folder.resolve("vectors.bin"));

        ArticleVectors loaded = new ArticleVectors();
        loaded.load(folder.resolve("vectors.bin"));

        assertThat(loaded.isCurrent(7, "Title. Lede".hashCode())).isTrue();
        assertThat(loaded.isCurrent(7, "Title. Another lede".hashCode())).isFalse();
        assertThat(loaded.nearest(new float[] {0.6f, 0.8f}, Optional.empty(), 3)).extracting(ArticleVectors.Similar::articleId)
                .containsExactly(7L);
        assertThat(loaded.nearest(new float[] {0.6f, 0.8f}, Optional.of(new DateWindow(java.time.LocalDate.ofEpochDay(20_001),
                java.time.LocalDate.ofEpochDay(20_002))), 3)).isEmpty();
    }
}
