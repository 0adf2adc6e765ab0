package io.briefbot.archive.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * zonky's PostgreSQL binaries, unpacked under {@code <data>/pg-bin}, which only briefbot's account may enter.
 * zonky's default is a folder under /tmp that it makes writable by everyone: another local user could put a
 * postgres of their own there, to be run as briefbot. Also says where the programs are, for the one zonky
 * has no call for (postgres in single-user mode).
 * <p>
 * zonky reads the whole archive (15 MB) at every start, to name the folder it unpacks to after the archive's MD5.
 * Once unpacked, the folder is also reachable under a name made from where the archive is and its size, and zonky
 * is handed those few bytes instead, which name that folder: a start reads no archive.
 */
final class PostgresBinaries implements PgBinaryResolver {

    private static final Logger LOG = Logger.getLogger(PostgresBinaries.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    /** What zonky leaves in a folder it has unpacked in full. */
    private static final String UNPACKED_MARK = ".exists";

    private final Path unpacked;
    private volatile String archiveMd5;
    /** The archive's identity, when zonky reads the archive itself this time; null when it was handed the identity. */
    private volatile byte[] unpackedNow;

    private PostgresBinaries(Path unpacked) {
        this.unpacked = unpacked;
    }

    static PostgresBinaries in(Path dataRoot) {
        Path privateFolder = dataRoot.resolve("pg-bin");
        try {
            if (Files.isDirectory(privateFolder)) {
                Files.setPosixFilePermissions(privateFolder, OWNER_ONLY);
            } else {
                Files.createDirectory(privateFolder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot make the private folder " + privateFolder.toAbsolutePath()
                    + " for the PostgreSQL binaries: " + e.getMessage(), e);
        }
        // zonky makes its working folder writable by all; the private folder around it keeps everyone else out
        return new PostgresBinaries(privateFolder.resolve("unpacked"));
    }

    /** For zonky's {@code setOverrideWorkingDirectory}. */
    File workingDirectory() {
        return unpacked.toFile();
    }

    /**
     * The archive's identity when it is unpacked already (zonky then finds its folder by that), else zonky's own
     * binaries; either way noting the MD5 of what zonky reads: zonky names the folder after it.
     */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        Optional<byte[]> identity = identity(system, machineHardware);
        InputStream binaries;
        if (identity.isPresent() && Files.exists(folderOf(identity.get()).resolve(UNPACKED_MARK))) {
            binaries = new ByteArrayInputStream(identity.get());
        } else {
            unpackedNow = identity.orElse(null);
            binaries = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        }
        MessageDigest md5 = md5();
        return new DigestInputStream(binaries, md5) {
            @Override
            public void close() throws IOException {
                super.close();
                if (archiveMd5 == null) {
                    archiveMd5 = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    /**
     * Once zonky has unpacked the archive it read, makes its folder reachable by the archive's identity too, for
     * the next start; nothing when zonky was handed the identity.
     */
    void rememberUnpacked() {
        byte[] identity = unpackedNow;
        if (identity == null || archiveMd5 == null) {
            return;
        }
        Path alias = folderOf(identity);
        try {
            if (Files.isSymbolicLink(alias)) {
                Files.delete(alias);
            } else if (Files.exists(alias, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.createSymbolicLink(alias, alias.resolveSibling(folderName(archiveMd5)).getFileName());
        } catch (IOException e) {
            LOG.warnf("Cannot link the PostgreSQL binaries' folder in %s (%s): the next start reads their archive again",
                    unpacked.toAbsolutePath(), e.getMessage());
        }
    }

    /** A program of the unpacked binaries ({@code postgres}, {@code pg_ctl}); only once zonky has unpacked them. */
    Path program(String name) {
        Path program = archiveMd5 == null ? null : unpacked.resolve(folderName(archiveMd5)).resolve("bin").resolve(name);
        if (program == null || !Files.isExecutable(program)) {
            throw new EmbeddedDatabaseException("Cannot find PostgreSQL's " + name + " among the binaries unpacked in " + unpacked.toAbsolutePath());
        }
        return program;
    }

    /**
     * Where the system's archive is and its size: another version of the binaries is another jar, named after its
     * version. (zonky would prefer a distribution's own archive; the binaries briefbot depends on have none.)
     */
    private static Optional<byte[]> identity(String system, String machineHardware) throws IOException {
        String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machineHardware.toLowerCase(Locale.ROOT);
        ClassLoader loader = PostgresBinaries.class.getClassLoader();
        URL archive = loader.getResource(name + ".txz");
        if (archive == null) {
            return Optional.empty();
        }
        URLConnection connection = archive.openConnection();
        long size = connection.getContentLengthLong();
        if (size < 0) {
            return Optional.empty();
        }
        return Optional.of((archive + " " + size).getBytes(StandardCharsets.UTF_8));
    }

    private Path folderOf(byte[] identity) {
        MessageDigest md5 = md5();
        return unpacked.resolve(folderName(HexFormat.of().formatHex(md5.digest(identity))));
    }

    /** zonky's name for the folder it unpacks an archive with this MD5 to. */
    private static String folderName(String md5) {
        return "PG-" + md5;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
