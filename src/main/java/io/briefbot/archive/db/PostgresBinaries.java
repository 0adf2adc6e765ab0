package io.briefbot.archive.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * zonky's PostgreSQL binaries, unpacked under {@code <data>/pg-bin}, which only briefbot's account may enter.
 * zonky's default is a folder under /tmp that it makes writable by everyone: another local user could put a
 * postgres of their own there, to be run as briefbot. Also says where the programs are, for the one zonky
 * has no call for (postgres in single-user mode).
 */
final class PostgresBinaries implements PgBinaryResolver {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path unpacked;
    private volatile String archiveMd5;

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

    /** zonky's own binaries, noting their MD5 on the way: zonky names the folder it unpacks them to after it. */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        return new DigestInputStream(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware), md5) {
            @Override
            public void close() throws IOException {
                super.close();
                if (archiveMd5 == null) {
                    archiveMd5 = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    /** A program of the unpacked binaries ({@code postgres}, {@code pg_ctl}); only once zonky has unpacked them. */
    Path program(String name) {
        Path program = archiveMd5 == null ? null : unpacked.resolve("PG-" + archiveMd5).resolve("bin").resolve(name);
        if (program == null || !Files.isExecutable(program)) {
            throw new EmbeddedDatabaseException("Cannot find PostgreSQL's " + name + " among the binaries unpacked in " + unpacked.toAbsolutePath());
        }
        return program;
    }
}
