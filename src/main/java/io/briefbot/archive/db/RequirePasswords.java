package io.briefbot.archive.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.util.PasswordUtil;

/**
 * Before the postmaster starts, at every start: the superuser gets its password from the password file (in
 * single-user mode, so nothing listens meanwhile), and {@code pg_hba.conf} lets only briefbot's two roles in,
 * each with its password. A folder made by initdb, or by a briefbot whose database trusted everyone, is
 * then never served without passwords. Both are skipped when a start before did them with the same password
 * and {@code pg_hba.conf} is still as written: the data folder then holds a stamp of that password (a hash),
 * written last, which a folder made by initdb never has.
 */
final class RequirePasswords {

    static final String STAMP = "briefbot-passwords.stamp";

    static final String PG_HBA = """
            # Written by briefbot at every start of its embedded PostgreSQL: changes here are lost.
            # Only briefbot's two roles may log in, each with its password (in pg.passwords beside the pg folder).
            # TYPE  DATABASE  USER       ADDRESS       METHOD
            local   all       %1$s                 scram-sha-256
            host    all       %1$s  127.0.0.1/32  scram-sha-256
            host    all       %1$s  ::1/128       scram-sha-256
            """.formatted(EmbeddedPostgresServer.USER + "," + EmbeddedPostgresServer.SUPERUSER);

    private RequirePasswords() {
    }

    static void before(PostgresBinaries binaries, Path dataDirectory, EmbeddedDatabasePasswords passwords, Path log) {
        if (alreadyRequired(dataDirectory, passwords)) {
            return;
        }
        SingleUserPostgres.run(binaries.program("postgres"), dataDirectory, log,
                List.of(setPassword(EmbeddedPostgresServer.SUPERUSER, passwords.superuser())));
        writePgHba(dataDirectory);
        write(dataDirectory.resolve(STAMP), stampOf(passwords));
    }

    /** Whether a start before set this superuser password and the pg_hba.conf that requires it is unchanged. */
    static boolean alreadyRequired(Path dataDirectory, EmbeddedDatabasePasswords passwords) {
        try {
            return PG_HBA.equals(Files.readString(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8))
                    && stampOf(passwords).equals(Files.readString(dataDirectory.resolve(STAMP), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /** A SHA-256 of the superuser's password: 256 random bits, which the hash does not give away. */
    private static String stampOf(EmbeddedDatabasePasswords passwords) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(passwords.superuser().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }

    /** Only the SCRAM verifier goes to the server: the password itself never reaches a statement or a log. */
    static String setPassword(String role, String password) {
        try {
            return PasswordUtil.genAlterUserPasswordSQL(role, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Cannot encode the password of the role " + role + ": " + e.getMessage(), e);
        }
    }

    private static void writePgHba(Path dataDirectory) {
        write(dataDirectory.resolve("pg_hba.conf"), PG_HBA);
    }

    /** Written whole or not at all, readable by briefbot's account only. */
    private static void write(Path file, String text) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(EmbeddedDatabasePasswords.OWNER_ONLY));
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
