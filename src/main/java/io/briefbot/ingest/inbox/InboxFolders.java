package io.briefbot.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The inbox and its sub-folders: .processing/ for claimed files, processed/ and failed/ for finished ones. */
record InboxFolders(Path inbox, Path work, Path processed, Path failed) {

    static InboxFolders under(Path inbox) {
        return new InboxFolders(inbox, inbox.resolve(".processing"), inbox.resolve("processed"), inbox.resolve("failed"));
    }

    void create() {
        try {
            Files.createDirectories(work);
            Files.createDirectories(processed);
            Files.createDirectories(failed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the inbox folders under " + inbox, e);
        }
    }

    /**
     * Moves a file into a folder under its own name, or a numbered variant of it when that is taken.
     * Only the single inbox poller moves files into these folders, so checking before moving is safe.
     */
    static Path moveWithUniqueName(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : stem + "-" + n + extension);
            if (Files.exists(target) || Files.exists(errorFileOf(target))) {
                continue;
            }
            try {
                return Files.move(file, target);
            } catch (FileAlreadyExistsException raced) {
                // someone put a file of that name there meanwhile: try the next number
            }
        }
    }

    static Path errorFileOf(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + ".error");
    }
}
