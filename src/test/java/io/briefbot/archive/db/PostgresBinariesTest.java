package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL binaries are unpacked once, and later starts find them without reading their 15 MB archive. */
class PostgresBinariesTest {

    @TempDir
    Path data;

    @Test
    void aLaterStartFindsTheUnpackedBinariesWithoutReadingTheArchive() throws Exception {
        PostgresBinaries first = PostgresBinaries.in(data);
        assertThat(handedToZonky(PostgresBinaries.in(data))).as("bytes of the first start's archive").isGreaterThan(1_000_000);
        answersAQuery(first);
        Path unpacked = first.program("postgres").toRealPath();

        PostgresBinaries later = PostgresBinaries.in(data);
        assertThat(handedToZonky(later)).as("bytes zonky reads at a later start").isLessThan(1_000);
        assertThat(later.program("postgres").toRealPath()).isEqualTo(unpacked);
        answersAQuery(PostgresBinaries.in(data));
    }

    @Test
    void binariesRemovedMeanwhileAreUnpackedAgain() throws Exception {
        PostgresBinaries first = PostgresBinaries.in(data);
        answersAQuery(first);
        Path unpacked = first.program("postgres").getParent().getParent().toRealPath();
        deleteTree(unpacked);

        PostgresBinaries again = PostgresBinaries.in(data);
        answersAQuery(again);
        assertThat(again.program("postgres")).isExecutable();
        assertThat(handedToZonky(PostgresBinaries.in(data))).as("bytes zonky reads after that").isLessThan(1_000);
    }

    /** What zonky reads from the resolver, as it names the folder after it. */
    private static long handedToZonky(PostgresBinaries binaries) throws IOException {
        try (InputStream in = binaries.getPgBinary("Linux", "x86_64")) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void answersAQuery(PostgresBinaries binaries) throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(binaries.workingDirectory())
                .setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            binaries.rememberUnpacked();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select 6 * 7")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
