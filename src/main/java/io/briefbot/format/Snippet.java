package io.briefbot.format;

import io.briefbot.archive.SearchKeys;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The passage of an article around the words someone searched for, or a watch matched. */
public final class Snippet {

    private Snippet() {
    }

    /**
     * The paragraph containing most of the words (ignoring case and accents), cut to about {@code maxChars}
     * around their first occurrence; none when no paragraph contains any of them.
     */
    public static Optional<String> around(List<String> paragraphs, List<String> words, int maxChars) {
        List<String> keys = words.stream().map(SearchKeys::of).filter(key -> !key.isEmpty()).distinct().toList();
        Folded best = null;
        long bestCount = 0;
        for (String paragraph : paragraphs) {
            Folded folded = Folded.of(paragraph);
            long count = keys.stream().filter(key -> folded.text().contains(key)).count();
            if (count > bestCount) {
                best = folded;
                bestCount = count;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Folded paragraph = best;
        int firstHit = keys.stream().mapToInt(key -> paragraph.text().indexOf(key)).filter(i -> i >= 0).min().orElse(0);
        return Optional.of(window(paragraph.original(), paragraph.originalIndex(firstHit), maxChars));
    }

    private static String window(String text, int hit, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int start = Math.max(0, Math.min(hit - maxChars / 3, text.length() - maxChars));
        int end = Math.min(text.length(), start + maxChars);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < hit ? space + 1 : start;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > hit ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** A paragraph folded like {@link SearchKeys}, remembering where each folded character came from. */
    private record Folded(String original, String text, int[] origins) {

        static Folded of(String original) {
            StringBuilder text = new StringBuilder();
            int[] origins = new int[original.length() * 2 + 1];
            for (int i = 0; i < original.length(); ) {
                int codePoint = original.codePointAt(i);
                for (char c : fold(Character.toString(codePoint)).toCharArray()) {
                    origins[text.length()] = i;
                    text.append(c);
                }
                i += Character.charCount(codePoint);
            }
            return new Folded(original, text.toString(), origins);
        }

        int originalIndex(int foldedIndex) {
            return origins[foldedIndex];
        }

        private static String fold(String character) {
            String decomposed = Normalizer.normalize(character.replace("ß", "ss"), Normalizer.Form.NFD);
            return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        }
    }
}
