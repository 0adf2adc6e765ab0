package io.briefbot.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the marked words (search terms) in text: whole words, any case. */
public final class Marking {

    private Marking() {
    }

    /** The text as template data: a list of {@code {text, marked}} segments, to be escaped one by one. */
    public static List<Map<String, Object>> segments(String text, List<String> words) {
        List<Map<String, Object>> segments = new ArrayList<>();
        Pattern pattern = pattern(words);
        int start = 0;
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                addSegment(segments, text.substring(start, matcher.start()), false);
                addSegment(segments, matcher.group(), true);
                start = matcher.end();
            }
        }
        addSegment(segments, text.substring(start), false);
        return segments;
    }

    /** How many marked words the text contains. */
    public static int count(String text, List<String> words) {
        Pattern pattern = pattern(words);
        return pattern == null ? 0 : (int) pattern.matcher(text).results().count();
    }

    private static Pattern pattern(List<String> words) {
        List<String> quoted = words == null ? List.of() : words.stream()
                .filter(word -> word != null && !word.isBlank())
                .map(word -> Pattern.quote(word.strip()))
                .toList();
        if (quoted.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void addSegment(List<Map<String, Object>> segments, String text, boolean marked) {
        if (!text.isEmpty()) {
            segments.add(Map.of("text", text, "marked", marked));
        }
    }
}
