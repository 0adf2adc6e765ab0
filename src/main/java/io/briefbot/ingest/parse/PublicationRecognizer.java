package io.briefbot.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the "X.Table" publication name, strongest evidence first. */
final class PublicationRecognizer {

    static final Pattern BRIEFING_HEADER = Pattern.compile(
            "^Table\\.Briefing\\s*:?\\s+(\\p{L}[\\p{L}-]{1,30})", Pattern.CASE_INSENSITIVE);
    static final Pattern GREETING = Pattern.compile(
            "(?:guest at|Gast (?:am|beim|bei)|Welcome to|Willkommen (?:beim|bei|am|zum)|reader of|Leser(?:in)? des)"
                    + "\\s+(?:the\\s+|dem\\s+)?(\\p{Lu}[\\p{L}-]{1,30}\\.Table)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_TOKEN = Pattern.compile("\\b(\\p{Lu}[\\p{L}-]{1,30})\\.Table\\b");
    /** Long prose lines never carry the header or greeting; skipping them keeps the scan cheap. */
    private static final int MAX_SCANNED_LENGTH = 2_000;
    private static final int HEADER_SEARCH_BLOCKS = 8;

    private PublicationRecognizer() {
    }

    /** Header line, then greeting/footer phrase, then metadata hint, then any "X.Table" mention; null when none. */
    static String recognize(List<Block> cleanedBlocks, String metadataHint) {
        for (Block block : Block.firstWithText(cleanedBlocks, HEADER_SEARCH_BLOCKS)) {
            String header = fromBriefingHeader(block.text());
            if (header != null) {
                return header;
            }
        }
        for (Block block : cleanedBlocks) {
            if (mentionsTable(block.text())) {
                Matcher m = GREETING.matcher(block.text());
                if (m.find()) {
                    return capitalised(m.group(1));
                }
            }
        }
        if (metadataHint != null) {
            String fromHint = fromBriefingHeader(metadataHint);
            if (fromHint != null) {
                return fromHint;
            }
            Matcher m = NAME_TOKEN.matcher(metadataHint);
            if (m.find()) {
                return m.group(0);
            }
        }
        for (Block block : cleanedBlocks) {
            if (mentionsTable(block.text())) {
                Matcher m = NAME_TOKEN.matcher(block.text());
                if (m.find()) {
                    return m.group(0);
                }
            }
        }
        return null;
    }

    static String fromBriefingHeader(String line) {
        if (line.length() > MAX_SCANNED_LENGTH || !line.regionMatches(true, 0, "Table.Briefing", 0, 14)) {
            return null;
        }
        Matcher m = BRIEFING_HEADER.matcher(line);
        return m.lookingAt() ? capitalised(m.group(1)) + ".Table" : null;
    }

    /** Cheap pre-check: every pattern that names a publication needs ".Table" in the line. */
    static boolean mentionsTable(String text) {
        return text.length() <= MAX_SCANNED_LENGTH && (text.contains(".Table") || text.contains(".table"));
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
