package io.briefbot.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newsletter forwarded inline: a "Forwarded message" line, then the original's quoted headers. Those headers are
 * no content, and their sender and subject say what the newsletter is, where the e-mail's own say who forwarded it.
 */
final class ForwardedMessage {

    /** The original's sender display name and subject; either may be null. */
    record Quoted(String sender, String subject) {
    }

    private static final Set<String> MARKERS = Set.of("forwarded message", "begin forwarded message",
            "original message", "weitergeleitete nachricht", "anfang der weitergeleiteten nachricht",
            "ursprüngliche nachricht");
    private static final Pattern QUOTED_HEADER = Pattern.compile(
            "^(From|Date|Sent|Subject|To|Cc|Reply-To|Von|Datum|Gesendet|Betreff|An|Kopie|Antwort an):\\s(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\"?([^\"<]{2,80}?)\"?\\s*<[^>]+>$");
    private static final int MAX_MARKER_LENGTH = 80;

    private ForwardedMessage() {
    }

    /** "---------- Forwarded message ---------", "Begin forwarded message:", "-----Ursprüngliche Nachricht-----". */
    static boolean isMarker(String text) {
        if (text.length() > MAX_MARKER_LENGTH) {
            return false;
        }
        String key = text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
        return MARKERS.contains(key);
    }

    static boolean isQuotedHeader(String text) {
        return QUOTED_HEADER.matcher(text).matches();
    }

    /** The quoted headers of the first forward in the blocks, or null when there is none. */
    static Quoted quotedIn(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != Block.Kind.BREAK && isMarker(blocks.get(i).text())) {
                return quotedFrom(blocks, i + 1);
            }
        }
        return null;
    }

    private static Quoted quotedFrom(List<Block> blocks, int from) {
        String sender = null;
        String subject = null;
        for (int i = from; i < blocks.size(); i++) {
            Matcher header = QUOTED_HEADER.matcher(blocks.get(i).text());
            if (!header.matches()) {
                break;
            }
            String name = header.group(1).toLowerCase(Locale.ROOT);
            String value = header.group(2).strip();
            if (name.equals("from") || name.equals("von")) {
                Matcher display = DISPLAY_NAME.matcher(value);
                sender = display.matches() ? display.group(1).strip() : null;
            } else if (name.equals("subject") || name.equals("betreff")) {
                subject = value.isEmpty() ? null : value;
            }
        }
        return new Quoted(sender, subject);
    }
}
