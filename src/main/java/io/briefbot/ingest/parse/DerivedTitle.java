package io.briefbot.ingest.parse;

import java.util.Set;

/** A title made from the first sentence of an article that shows none, cut at a word boundary. */
final class DerivedTitle {

    static final int MAX_LENGTH = 100;
    private static final String SENTENCE_ENDS = ".!?";
    private static final String TRAILING = ".,;:–—- ";
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "st", "no", "nr", "vs",
            "bzw", "ca", "vgl", "etc", "inc", "jr", "sen", "rep", "gov", "gen", "abs", "z.b", "u.a", "d.h", "u.s");

    private DerivedTitle() {
    }

    static String of(String paragraph) {
        String sentence = stripTrailing(firstSentence(paragraph));
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_LENGTH - 1);
        return stripTrailing(head) + "…";
    }

    private static String firstSentence(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0 && text.charAt(i + 1) == ' ' && startsSentence(text.charAt(i + 2))
                    && !(c == '.' && isAbbreviation(text, i))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"„“‘'«»".indexOf(c) >= 0;
    }

    /** The word before a full stop at {@code dot} is a single letter or a known abbreviation. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() <= 1 || ABBREVIATIONS.contains(word);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
