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

    /** Where a sentence is in its paragraph: from {@code start} to {@code end}, exclusive, without white space around. */
    record Span(int start, int end) {

        String of(String paragraph) {
            return paragraph.substring(start, end);
        }
    }

    static List<String> split(String paragraph) {
        return spans(paragraph).stream().map(span -> span.of(paragraph)).toList();
    }

    static List<Span> spans(String paragraph) {
        List<Span> sentences = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) {
            return sentences;
        }
        String text = paragraph;
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '!' && c != '?') || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int next = skipSpace(text, i + 1);
            if (next >= text.length() || Character.isLowerCase(text.charAt(next)) || (c == '.' && isAbbreviation(text, start, i))) {
                continue;
            }
            sentences.add(new Span(start, i + 1));
            start = next;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Span(start, end));
        }
        return sentences;
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
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
