package io.briefbot.qa;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Whether a text is German or English, told by the stop words and question words it uses, and, when those are even, by
 * German letters (ä, ö, ü, ß); undecided when nothing tells.
 */
enum TextLanguage {

    ENGLISH, GERMAN;

    private static final CharArraySet ENGLISH_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet GERMAN_WORDS = GermanAnalyzer.getDefaultStopSet();
    /** The words a question starts with, which neither stop list holds all of. */
    private static final java.util.Set<String> ENGLISH_QUESTION_WORDS = java.util.Set.of(
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do", "has", "have");
    private static final java.util.Set<String> GERMAN_QUESTION_WORDS = java.util.Set.of(
            "was", "welche", "welcher", "welches", "welchen", "wer", "wen", "wem", "wann", "wo", "warum", "wieso", "weshalb",
            "wie", "wieviel", "wofür", "wozu", "woher", "wohin", "hat", "haben", "ist", "sind", "gibt");

    static Optional<TextLanguage> of(String text) {
        int english = 0;
        int german = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            if (ENGLISH_WORDS.contains(word) || ENGLISH_QUESTION_WORDS.contains(word)) {
                english++;
            }
            if (GERMAN_WORDS.contains(word) || GERMAN_QUESTION_WORDS.contains(word)) {
                german++;
            }
        }
        if (english == german) {
            return lower.matches("(?s).*[äöüß].*") ? Optional.of(GERMAN) : Optional.empty();
        }
        return Optional.of(english > german ? ENGLISH : GERMAN);
    }
}
