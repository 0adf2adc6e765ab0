package io.briefbot.ingest.inbox;

import java.nio.file.Path;
import java.util.Locale;

/** The content type a file's extension implies; null lets the parser sniff it. */
public final class FileContentType {

    private FileContentType() {
    }

    public static String of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".eml")) {
            return "message/rfc822";
        }
        return null;
    }
}
