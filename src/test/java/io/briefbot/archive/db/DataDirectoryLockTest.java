package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path dataRoot;

    @Test
    void refusesASecondHolderWithAMessageNamingTheFolder() {
        Path lockFile = dataRoot.resolve("pg.lock");
        try (DataDirectoryLock first = DataDirectoryLock.acquire(lockFile, dataRoot.resolve("pg"))) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(lockFile, dataRoot.resolve("pg")))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Another briefbot is already running")
                    .hasMessageContaining(dataRoot.resolve("pg").toString())
                    .hasMessageContaining("BRIEFBOT_DATA_DIR");
        }
        DataDirectoryLock.acquire(lockFile, dataRoot.resolve("pg")).close();
    }
}
