package io.briefbot.archive.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The passwords of the embedded PostgreSQL's two roles, kept in {@code <data>/pg.passwords}: made at the
 * first start, readable by briefbot's own account only (mode 600), and set in the database at every start,
 * so that the file is always right. Deleting it has new ones made at the next start.
 */
public final class EmbeddedDatabasePasswords {

    static final String FILE_NAME = "pg.passwords";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabasePasswords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String superuser;
    private final String application;

    private EmbeddedDatabasePasswords(String superuser, String application) {
        this.superuser = superuser;
        this.application = application;
    }

    /** The password of {@link EmbeddedPostgresServer#SUPERUSER}, for the server's own setup and for an operator. */
    public String superuser() {
        return superuser;
    }

    /** The password of {@link EmbeddedPostgresServer#USER}, the role briefbot connects as. */
    public String application() {
        return application;
    }

    /** The passwords of the embedded database on {@code dataRoot}, as an operator would read them. */
    public static EmbeddedDatabasePasswords read(Path dataRoot) {
        Path file = dataRoot.resolve(FILE_NAME);
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot read the database passwords in " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return new EmbeddedDatabasePasswords(required(values, EmbeddedPostgresServer.SUPERUSER, file),
                required(values, EmbeddedPostgresServer.USER, file));
    }

    /** The passwords on {@code dataRoot}, made first when there are none yet. */
    static EmbeddedDatabasePasswords readOrCreate(Path dataRoot) {
        Path file = dataRoot.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
                LOG.infof("Embedded PostgreSQL: new passwords for its roles %s and %s in %s (mode 600)",
                        EmbeddedPostgresServer.USER, EmbeddedPostgresServer.SUPERUSER, file);
            } else if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                LOG.warnf("%s could be read by other accounts; it is now mode 600 again", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot keep the database passwords in " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return read(dataRoot);
    }

    /** Written to a file that is private from its creation on, then moved into place whole. */
    private static void create(Path file) throws IOException {
        String text = "# The passwords of briefbot's embedded PostgreSQL, made at its first start and set in the database at every start.\n"
                + "# Keep this file private (mode 600). Delete it to have new passwords made at the next start.\n"
                + EmbeddedPostgresServer.USER + "=" + newPassword() + "\n"
                + EmbeddedPostgresServer.SUPERUSER + "=" + newPassword() + "\n";
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (FileChannel channel = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String required(Map<String, String> values, String role, Path file) {
        String password = values.get(role);
        if (password == null || password.isEmpty()) {
            throw new EmbeddedDatabaseException(file.toAbsolutePath() + " has no password for the role " + role
                    + "; delete the file to have new passwords made and set at the next start");
        }
        return password;
    }

    @Override
    public String toString() {
        return "EmbeddedDatabasePasswords(hidden)";
    }
}
