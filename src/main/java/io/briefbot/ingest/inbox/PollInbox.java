package io.briefbot.ingest.inbox;

import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.common.RunMode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Ingests files dropped into the inbox folder. Each file is first claimed by an atomic rename into
 * {@code .processing/}, then ingested, then moved to {@code processed/} or {@code failed/} (beside a
 * {@code .error} file with the reason why it is not an issue). A file that fails for any other reason
 * (database down) stays claimed, and so do files left in {@code .processing/} by a crash: both are
 * ingested again on the next poll. Ingest is idempotent, so one committed before a crash comes back
 * as a duplicate.
 */
@ApplicationScoped
public class PollInbox {

    private static final Logger LOG = Logger.getLogger(PollInbox.class);
    private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".crdownload");

    private final IssueIngestor ingestor;
    private final InboxFolders folders;
    private final InboxConfig config;
    private final Clock clock;
    private final ReentrantLock polling = new ReentrantLock();
    /** Size and modification time of each waiting file at the previous poll. */
    private Map<Path, FileVersion> lastSeen = Map.of();

    public PollInbox(IssueIngestor ingestor, InboxConfig config, Clock clock) {
        this.ingestor = ingestor;
        this.config = config;
        this.clock = clock;
        this.folders = InboxFolders.under(config.folder().toAbsolutePath().normalize());
    }

    @Scheduled(every = "{briefbot.inbox.poll-interval}", delayed = "{briefbot.start.background-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = InboxDisabled.class)
    void scheduledPoll() {
        poll();
    }

    /** Finishes files left in the work folder, then ingests every file that has finished arriving. */
    public void poll() {
        polling.lock();
        try {
            folders.create();
            for (Path left : filesIn(folders.work())) {
                LOG.infof("Resuming %s, left in %s by an earlier run", left.getFileName(), folders.work());
                process(left);
            }
            for (Path arrived : arrivedFiles()) {
                Path claimed = claim(arrived);
                if (claimed != null) {
                    process(claimed);
                }
            }
        } catch (IOException e) {
            LOG.errorf(e, "Cannot read the inbox %s", folders.inbox());
        } finally {
            polling.unlock();
        }
    }

    private List<Path> arrivedFiles() throws IOException {
        Map<Path, FileVersion> seenNow = new HashMap<>();
        List<Path> settled = new ArrayList<>();
        Instant settledBefore = clock.instant().minus(config.settleTime());
        for (Path file : filesIn(folders.inbox())) {
            if (isPartial(file)) {
                continue;
            }
            FileVersion version;
            try {
                version = FileVersion.of(file);
            } catch (IOException vanished) {
                continue;
            }
            seenNow.put(file, version);
            FileVersion before = lastSeen.get(file);
            boolean unchanged = before == null || before.equals(version);
            if (unchanged && version.modified().isBefore(settledBefore)) {
                settled.add(file);
            }
        }
        lastSeen = seenNow;
        return settled;
    }

    private Path claim(Path file) {
        try {
            Path target = folders.work().resolve(file.getFileName());
            if (Files.exists(target)) {
                return null;
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warnf("Cannot claim %s, will try again: %s", file, e.toString());
            return null;
        }
    }

    private void process(Path claimed) {
        String name = claimed.getFileName().toString();
        try {
            byte[] raw = InboxFile.read(claimed);
            IngestResult result = ingestor.ingest(IngestRequest.of(raw, FileContentType.of(claimed), IngestSource.INBOX)
                    .withDefaultDate(FileNameDate.of(claimed)));
            Path done = InboxFolders.moveWithUniqueName(claimed, folders.processed());
            LOG.infof("Inbox file %s: %s issue %d, moved to %s", name, result.outcome(), result.issue().id(), done);
        } catch (IssueRejectedException e) {
            fail(claimed, e.reason() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Not the file's fault (database down, disk full): it stays claimed and is retried next poll.
            LOG.errorf("Inbox file %s not ingested, will retry: %s", name, e.toString());
        }
    }

    private void fail(Path claimed, String reason) {
        try {
            Path failed = InboxFolders.moveWithUniqueName(claimed, folders.failed());
            Files.writeString(InboxFolders.errorFileOf(failed), reason + System.lineSeparator(), StandardCharsets.UTF_8);
            LOG.warnf("Inbox file %s refused, moved to %s: %s", claimed.getFileName(), failed, reason);
        } catch (IOException e) {
            LOG.errorf(e, "Cannot move %s to %s; it stays in %s", claimed, folders.failed(), folders.work());
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".") && InboxFile.isCandidate(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean isPartial(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PARTIAL_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private record FileVersion(long size, Instant modified) {
        static FileVersion of(Path file) throws IOException {
            BasicFileAttributes attributes = InboxFile.attributes(file);
            return new FileVersion(attributes.size(), attributes.lastModifiedTime().toInstant());
        }
    }

    @Singleton
    static class InboxDisabled implements Scheduled.SkipPredicate {

        private final InboxConfig config;
        private final RunMode runMode;

        InboxDisabled(InboxConfig config, RunMode runMode) {
            this.config = config;
            this.runMode = runMode;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled() || !runMode.isServer();
        }
    }
}
