package io.briefbot.cli;

import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.ingest.inbox.FileContentType;
import io.briefbot.ingest.parse.IssueRejectedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefbot backfill <folder>}: ingests every issue file under a folder, in parallel. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Imports every issue file (.txt, .html, .htm, .eml, or sniffed) under a folder, recursively.")
public class BackfillCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int SOME_REFUSED = 1;
    static final int BAD_FOLDER = 2;

    @Parameters(index = "0", paramLabel = "<folder>", description = "Folder holding the issue files.")
    Path folder;

    @Option(names = "--publication", paramLabel = "<name>",
            description = "Publication of every file, overriding what the files say.")
    String publication;

    @Option(names = "--threads", paramLabel = "<n>", description = "Files ingested at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    private final IssueIngestor ingestor;
    /** Held so the quieter level is not lost when the logger is garbage-collected. */
    private final Logger ingestorLog = Logger.getLogger(IssueIngestor.class.getName());

    public BackfillCommand(IssueIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder);
            return BAD_FOLDER;
        }
        if (threads < 1) {
            err.println("--threads must be at least 1");
            return BAD_FOLDER;
        }
        List<Path> files;
        try {
            files = issueFiles(folder);
        } catch (IOException | UncheckedIOException e) {
            err.println("Cannot read the folder " + folder + ": " + e.getMessage());
            return BAD_FOLDER;
        }

        // One log line per stored issue would drown the progress line and slow the import down.
        Level previousLevel = ingestorLog.getLevel();
        ingestorLog.setLevel(Level.WARNING);
        BackfillTally tally = new BackfillTally(files.size());
        try (ProgressLine progress = ProgressLine.start(err, tally)) {
            ingestAll(files, tally);
        } finally {
            ingestorLog.setLevel(previousLevel);
        }
        tally.printSummary(out, folder);
        return tally.refusedCount() == 0 ? OK : SOME_REFUSED;
    }

    private void ingestAll(List<Path> files, BackfillTally tally) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // at most two files per thread are read into memory at any time
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            for (Path file : files) {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        ingestOne(file, tally);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
    }

    private void ingestOne(Path file, BackfillTally tally) {
        Path name = folder.relativize(file);
        try {
            byte[] raw = Files.readAllBytes(file);
            IngestRequest request = new IngestRequest(raw, FileContentType.of(file), publication, null, IngestSource.IMPORT);
            tally.ingested(ingestor.ingest(request).outcome());
        } catch (IssueRejectedException e) {
            tally.refused(e.reason() + ": " + e.getMessage(), name);
        } catch (IOException | RuntimeException e) {
            tally.refused("error: " + e, name);
        }
    }

    private static List<Path> issueFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !isHidden(folder.relativize(path)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
