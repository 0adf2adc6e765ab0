package io.briefbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sentences of a paragraph, for quoting: a sentence ends at . ! ? before white space and a capital, digit or quote. */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "vs", "no", "nr", "bzw",
            "ca", "vgl", "usw", "inkl", "z", "b", "u", "a", "d", "h", "e", "g", "i", "jan", "feb", "aug", "sept", "oct",
            "okt", "nov", "dec", "dez", "mio", "mrd", "co", "inc", "corp");

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) {
            return sentences;
        }
        String text = paragraph.strip();
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '!' && c != '?') || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int next = i + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= text.length() || Character.isLowerCase(text.charAt(next)) || (c == '.' && isAbbreviation(text, start, i))) {
                continue;
            }
            sentences.add(text.substring(start, i + 1).strip());
            start = next;
        }
        if (start < text.length()) {
            sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int point) {
        int wordStart = point;
        while (wordStart > sentenceStart && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, point).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() <= 2 && !word.isEmpty() && word.chars().allMatch(Character::isDigit));
    }
}
