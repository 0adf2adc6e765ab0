package io.briefbot.archive.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS-level lock on a file beside the database folder, held for the life of the JVM.
 * The kernel releases it when the process dies, even on kill -9, so whoever holds it
 * knows that any postgres still running on the folder is an orphan of a dead briefbot.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path lockFile, Path dataDirectory) {
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHeldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseException("Another briefbot is already running on the database folder "
                        + dataDirectory.toAbsolutePath() + " (" + lockFile.getFileName() + " is locked). "
                        + "Stop it first, or give this one its own folder with BRIEFBOT_DATA_DIR.");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot lock " + lockFile.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the kernel releases the lock with the process anyway
        }
    }
}
