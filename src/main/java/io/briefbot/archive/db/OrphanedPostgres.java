package io.briefbot.archive.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A postgres left behind by a briefbot that died without stopping it (kill -9): it keeps
 * running with parent PID 1 and holds postmaster.pid, so the next start would fail.
 * Only called while holding {@link DataDirectoryLock}, so no live briefbot owns it.
 */
final class OrphanedPostgres {

    private static final Logger LOG = Logger.getLogger(OrphanedPostgres.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 25;

    private OrphanedPostgres() {
    }

    static void clear(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> isPostgresOn(process, dataDirectory));
        if (postmaster.isEmpty()) {
            LOG.infof("Removing stale %s left by an earlier run", pidFile);
            deleteQuietly(pidFile);
            return;
        }
        ProcessHandle orphan = postmaster.get();
        LOG.warnf("Stopping orphaned postgres (pid %d) left on %s by an earlier briefbot", orphan.pid(), dataDirectory);
        fastShutdown(orphan);
        if (!awaitShutdown(orphan, pidFile)) {
            throw new EmbeddedDatabaseException("An orphaned postgres (pid " + orphan.pid() + ") still holds "
                    + dataDirectory.toAbsolutePath() + " after " + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand.");
        }
        // left behind when it died without its own cleanup; postgres would refuse it while the zombie lasts
        deleteQuietly(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * After a reboot the pid in a stale postmaster.pid may belong to another process, even to
     * another postgres (the system's own): only one started with {@code -D} on this folder is ours.
     */
    static boolean isPostgresOn(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        if (!process.isAlive() || !info.command().map(c -> c.endsWith("/postgres")).orElse(false)) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameFile(arguments[i + 1], dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(String path, Path dataDirectory) {
        try {
            return Files.isSameFile(Path.of(path), dataDirectory);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /** SIGINT is postgres' "fast" shutdown: it aborts open transactions and checkpoints. */
    private static void fastShutdown(ProcessHandle process) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Done when postgres has removed its postmaster.pid or is gone. Not ProcessHandle.onExit():
     * the dead orphan stays a zombie until PID 1 reaps it, which some inits do late or never,
     * and the JDK counts a zombie as alive.
     */
    private static boolean awaitShutdown(ProcessHandle process, Path pidFile) {
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(pidFile) || !process.isAlive() || process.info().command().isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot remove stale " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
