package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uses a stand-in "postgres": a copy of /bin/sh under that name, started with {@code -D <folder>}
 * like the real one, that exits on SIGINT.
 */
class OrphanedPostgresTest {

    private static final String UNTIL_SIGINT = "trap 'exit 0' INT TERM; while :; do sleep 0.05; done";

    @TempDir
    Path temp;

    private Path fakePostgres;
    private Path dataDirectory;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void fakePostgresBinary() throws IOException {
        fakePostgres = Files.createDirectories(temp.resolve("bin")).resolve("postgres");
        Files.copy(Path.of("/bin/sh").toRealPath(), fakePostgres, StandardCopyOption.COPY_ATTRIBUTES);
        dataDirectory = Files.createDirectories(temp.resolve("data/pg"));
    }

    @AfterEach
    void stopEverything() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void stopsAnOrphanedPostgresOnTheFolder() throws Exception {
        Process orphan = start(fakePostgres.toString(), "-c", UNTIL_SIGINT, "-D", dataDirectory.toString());
        awaitPostgresOn(orphan.toHandle(), dataDirectory);
        writePidFile(orphan.pid());

        OrphanedPostgres.clear(dataDirectory);

        assertThat(orphan.isAlive()).isFalse();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesAPostgresOnAnotherFolderAlone() throws Exception {
        // after a reboot the stale pid may belong to, say, the system's own postgres
        Path otherFolder = Files.createDirectories(temp.resolve("other/pg"));
        Process stranger = start(fakePostgres.toString(), "-c", UNTIL_SIGINT, "-D", otherFolder.toString());
        awaitPostgresOn(stranger.toHandle(), otherFolder);
        writePidFile(stranger.pid());

        OrphanedPostgres.clear(dataDirectory);

        assertThat(stranger.isAlive()).isTrue();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAPidFileThatNamesNoPostgres() throws Exception {
        writePidFile(ProcessHandle.current().pid());

        OrphanedPostgres.clear(dataDirectory);

        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void doesNotWaitForAZombieThatNobodyReaps() throws Exception {
        // the orphan's parent never reaps it, like an init that reaps late or not at all
        // (perl, not sh: a shell's background job ignores SIGINT)
        Process parent = start("perl", "-e", "exec @ARGV if fork() == 0; sleep 60",
                fakePostgres.toString(), "-c", UNTIL_SIGINT, "-D", dataDirectory.toString());
        ProcessHandle orphan = awaitChild(parent);
        awaitPostgresOn(orphan, dataDirectory);
        writePidFile(orphan.pid());
        Path pidFile = dataDirectory.resolve("postmaster.pid");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> OrphanedPostgres.clear(dataDirectory));

        assertThat(pidFile).doesNotExist();
        assertThat(orphan.info().command()).as("the orphan has exited (a zombie has no command)").isEmpty();
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out-" + started.size() + ".log").toFile()).start();
        started.add(process);
        return process;
    }

    private void writePidFile(long pid) throws IOException {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n");
    }

    private static ProcessHandle awaitChild(Process parent) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the stand-in postgres did not start");
    }

    private static void awaitPostgresOn(ProcessHandle process, Path folder) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!OrphanedPostgres.isPostgresOn(process, folder)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stand-in postgres " + process.pid() + " did not start on " + folder);
            }
            Thread.sleep(20);
        }
    }
}
