package io.briefbot.archive.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PasswordUtil;

/**
 * Before the postmaster starts, at every start: the superuser gets its password from the password file (in
 * single-user mode, so nothing listens meanwhile), and {@code pg_hba.conf} lets only briefbot's two roles in,
 * each with its password. A folder made by initdb, or by a briefbot whose database trusted everyone, is
 * then never served without passwords.
 */
final class RequirePasswords {

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
        SingleUserPostgres.run(binaries.program("postgres"), dataDirectory, log,
                List.of(setPassword(EmbeddedPostgresServer.SUPERUSER, passwords.superuser())));
        writePgHba(dataDirectory);
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
        Path pgHba = dataDirectory.resolve("pg_hba.conf");
        Path partial = dataDirectory.resolve("pg_hba.conf.partial");
        try {
            Files.writeString(partial, PG_HBA, StandardCharsets.UTF_8);
            Files.move(partial, pgHba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + pgHba.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
