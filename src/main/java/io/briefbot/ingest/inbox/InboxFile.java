package io.briefbot.ingest.inbox;

import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * A file in the inbox as briefbot takes it: the file itself, never what a symbolic link points to (a link could
 * make any file the service may read an issue to be posted), and never more of it than an issue may be.
 */
final class InboxFile {

    private InboxFile() {
    }

    /** Whether the folder entry is one to take: a regular file, or a link (to be refused), not what a link points to. */
    static boolean isCandidate(Path entry) {
        return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(entry);
    }

    /** Its size and modification time, of the link itself where it is one. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The file's bytes, opened without following links.
     *
     * @throws IssueRejectedException for a link, or a file over {@link IssueParser#MAX_BYTES} (which is not read)
     */
    static byte[] read(Path file) throws IOException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isSymbolicLink()) {
            throw new IssueRejectedException(Reason.NOT_AN_ISSUE,
                    "a symbolic link; the inbox takes regular files only and never reads what a link points to");
        }
        if (attributes.size() > IssueParser.MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] raw = in.readNBytes(IssueParser.MAX_BYTES + 1);
            if (raw.length > IssueParser.MAX_BYTES) {
                throw tooLarge();
            }
            return raw;
        }
    }

    private static IssueRejectedException tooLarge() {
        return new IssueRejectedException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                "the file is over the %d MiB limit and was not read past it", IssueParser.MAX_BYTES / (1024 * 1024)));
    }
}
