package io.briefbot.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.ingest.IngestOutcome;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.StoredIssues;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InboxEnabledProfile.class)
class PollInboxTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Inject
    PollInbox inbox;

    @Inject
    InboxConfig config;

    @Inject
    IssueIngestor ingestor;

    @Test
    void aDroppedFileIsIngestedAndMovedToProcessed() throws IOException {
        String title = FixtureIssues.uniqueTitle("Dropped");
        Path dropped = drop("dropped-" + title.hashCode() + ".txt", FixtureIssues.text(FixtureIssues.uniqueTopic("Inbox"), title));

        Path processed = folder().resolve("processed").resolve(dropped.getFileName());
        Await.until("the file is in processed/", WITHIN_SECONDS, () -> Files.exists(processed));

        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(dropped).doesNotExist();
        assertThat(workFolder()).isEmptyDirectory();
    }

    @Test
    void aRefusedFileGoesToFailedBesideItsReason() throws IOException {
        Path dropped = drop("empty-" + System.nanoTime() + ".txt", "");

        Path failed = folder().resolve("failed").resolve(dropped.getFileName());
        Path error = failed.resolveSibling(failed.getFileName() + ".error");
        Await.until("the file is in failed/", WITHIN_SECONDS, () -> Files.exists(error));

        assertThat(failed).exists();
        assertThat(Files.readString(error)).startsWith("EMPTY: ");
        assertThat(dropped).doesNotExist();
        assertThat(workFolder()).isEmptyDirectory();
    }

    @Test
    void filesLeftInTheWorkFolderByACrashAreStoredExactlyOnce() throws IOException {
        Files.createDirectories(workFolder());
        // crashed after claiming, before ingesting
        String beforeIngest = FixtureIssues.uniqueTitle("Crashed before ingest");
        Path notIngested = workFolder().resolve("crash-before-" + beforeIngest.hashCode() + ".txt");
        writeCompletely(notIngested, FixtureIssues.text(FixtureIssues.uniqueTopic("Crash"), beforeIngest).getBytes(StandardCharsets.UTF_8));
        // crashed after the ingest committed, before the move to processed/
        String afterIngest = FixtureIssues.uniqueTitle("Crashed after ingest");
        byte[] committed = FixtureIssues.text(FixtureIssues.uniqueTopic("Crash"), afterIngest).getBytes(StandardCharsets.UTF_8);
        assertThat(ingestor.ingest(IngestRequest.of(committed, "text/plain", IngestSource.INBOX)).outcome())
                .isEqualTo(IngestOutcome.CREATED);
        Path ingested = workFolder().resolve("crash-after-" + afterIngest.hashCode() + ".txt");
        writeCompletely(ingested, committed);

        inbox.poll();

        assertThat(StoredIssues.withArticleTitled(beforeIngest)).isEqualTo(1);
        assertThat(StoredIssues.withArticleTitled(afterIngest)).isEqualTo(1);
        assertThat(folder().resolve("processed").resolve(notIngested.getFileName())).exists();
        assertThat(folder().resolve("processed").resolve(ingested.getFileName())).exists();
        assertThat(workFolder()).isEmptyDirectory();
        try (Stream<Path> failed = Files.list(folder().resolve("failed"))) {
            assertThat(failed).noneMatch(path -> path.getFileName().toString().startsWith("crash-"));
        }
    }

    @Test
    void aFileStillBeingWrittenOrDownloadedIsNotTakenEarly() throws IOException {
        String title = FixtureIssues.uniqueTitle("Half written");
        String content = FixtureIssues.text(FixtureIssues.uniqueTopic("Slow"), title);
        int half = content.length() / 2;
        Path writing = folder().resolve("slow-" + title.hashCode() + ".txt");
        Files.createDirectories(folder());
        Files.writeString(writing, content.substring(0, half));
        // a writer that keeps writing keeps the modification time fresh
        Files.setLastModifiedTime(writing, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        String downloadedTitle = FixtureIssues.uniqueTitle("Downloading");
        Path download = folder().resolve("download-" + downloadedTitle.hashCode() + ".txt.part");
        Files.writeString(download, FixtureIssues.text(FixtureIssues.uniqueTopic("Download"), downloadedTitle));
        Files.setLastModifiedTime(download, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        inbox.poll();
        inbox.poll();

        assertThat(writing).exists();
        assertThat(download).exists();
        assertThat(StoredIssues.withArticleTitled(title)).isZero();
        assertThat(StoredIssues.withArticleTitled(downloadedTitle)).isZero();

        Files.writeString(writing, content);
        Files.setLastModifiedTime(writing, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        Path downloaded = Files.move(download, download.resolveSibling(download.getFileName().toString().replace(".part", "")));
        Path processed = folder().resolve("processed");
        Await.until("both files are in processed/", WITHIN_SECONDS, () ->
                Files.exists(processed.resolve(writing.getFileName())) && Files.exists(processed.resolve(downloaded.getFileName())));

        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(StoredIssues.withArticleTitled(downloadedTitle)).isEqualTo(1);
    }

    @Test
    void aSymbolicLinkIsRefusedAndMovedToFailedItselfWhileItsTargetIsNeverRead() throws IOException {
        String title = FixtureIssues.uniqueTitle("Behind a link");
        Path outside = Files.createDirectories(folder().resolveSibling(folder().getFileName() + "-outside")).resolve("private.txt");
        String secret = FixtureIssues.text(FixtureIssues.uniqueTopic("Private"), title);
        Files.writeString(outside, secret);
        Path link = folder().resolve("linked-" + title.hashCode() + ".txt");
        Files.createDirectories(folder());
        Files.createSymbolicLink(link, outside);

        Path failed = folder().resolve("failed").resolve(link.getFileName());
        Path error = failed.resolveSibling(failed.getFileName() + ".error");
        Await.until("the link is in failed/", WITHIN_SECONDS, () -> Files.exists(error));

        assertThat(Files.isSymbolicLink(failed)).isTrue();
        assertThat(Files.readSymbolicLink(failed)).isEqualTo(outside);
        assertThat(Files.readString(error)).startsWith("NOT_AN_ISSUE: a symbolic link");
        assertThat(outside).hasContent(secret);
        assertThat(StoredIssues.withArticleTitled(title)).isZero();
        assertThat(folder().resolve("processed").resolve(link.getFileName())).doesNotExist();
        assertThat(workFolder()).isEmptyDirectory();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Files.createDirectories(folder());
        // sparse: it takes no disk, and reading it whole would need an array larger than Java allows
        Path staging = folder().resolve(".huge-" + System.nanoTime() + ".txt");
        try (RandomAccessFile file = new RandomAccessFile(staging.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Files.setLastModifiedTime(staging, FileTime.from(Instant.now().minus(Duration.ofSeconds(5))));
        Path huge = Files.move(staging, folder().resolve(staging.getFileName().toString().substring(1)));

        Path failed = folder().resolve("failed").resolve(huge.getFileName());
        Path error = failed.resolveSibling(failed.getFileName() + ".error");
        Await.until("the file is in failed/", WITHIN_SECONDS, () -> Files.exists(error));

        assertThat(Files.readString(error)).startsWith("TOO_LARGE: the file is over the 2 MiB limit");
        assertThat(Files.size(failed)).isEqualTo(3L << 30);
        assertThat(workFolder()).isEmptyDirectory();
        Files.delete(failed);
    }

    private Path drop(String name, String content) throws IOException {
        Files.createDirectories(folder());
        // written beside the inbox and renamed in, as a careful writer would
        Path staging = folder().resolve("." + name);
        Files.writeString(staging, content);
        Files.setLastModifiedTime(staging, FileTime.from(Instant.now().minus(Duration.ofSeconds(5))));
        return Files.move(staging, folder().resolve(name));
    }

    /** Writes under a hidden name and renames, so the running poller never sees half a file. */
    private static void writeCompletely(Path file, byte[] content) throws IOException {
        Path staging = file.resolveSibling("." + file.getFileName());
        Files.write(staging, content);
        Files.move(staging, file);
    }

    private Path folder() {
        return config.folder().toAbsolutePath().normalize();
    }

    private Path workFolder() {
        return folder().resolve(".processing");
    }
}
