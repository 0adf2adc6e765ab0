package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirePasswordsTest {

    @TempDir
    Path dataRoot;

    @Test
    void isSkippedOnlyWhileTheStampMatchesThePasswordAndPgHbaIsAsWritten() throws Exception {
        Path pg = Files.createDirectories(dataRoot.resolve("pg"));
        EmbeddedDatabasePasswords passwords = EmbeddedDatabasePasswords.readOrCreate(dataRoot);
        Files.writeString(pg.resolve("pg_hba.conf"), RequirePasswords.PG_HBA);
        assertThat(RequirePasswords.alreadyRequired(pg, passwords)).as("a folder never stamped (made by initdb, or before stamps)").isFalse();

        Files.writeString(pg.resolve(RequirePasswords.STAMP), sha256(passwords.superuser()));
        assertThat(RequirePasswords.alreadyRequired(pg, passwords)).isTrue();

        Files.writeString(pg.resolve("pg_hba.conf"), RequirePasswords.PG_HBA + "host all all 0.0.0.0/0 trust\n");
        assertThat(RequirePasswords.alreadyRequired(pg, passwords)).as("pg_hba.conf changed by hand").isFalse();
        Files.delete(pg.resolve("pg_hba.conf"));
        assertThat(RequirePasswords.alreadyRequired(pg, passwords)).as("pg_hba.conf gone").isFalse();

        Files.writeString(pg.resolve("pg_hba.conf"), RequirePasswords.PG_HBA);
        Files.delete(dataRoot.resolve(EmbeddedDatabasePasswords.FILE_NAME));
        EmbeddedDatabasePasswords renewed = EmbeddedDatabasePasswords.readOrCreate(dataRoot);
        assertThat(RequirePasswords.alreadyRequired(pg, renewed)).as("new passwords, not yet set").isFalse();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
