package io.briefbot.qa;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Whether a text is German or English, told by the stop words it uses; undecided when it uses neither more. */
enum TextLanguage {

    ENGLISH, GERMAN;

    private static final CharArraySet ENGLISH_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet GERMAN_WORDS = GermanAnalyzer.getDefaultStopSet();

    static Optional<TextLanguage> of(String text) {
        int english = 0;
        int german = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
            if (GERMAN_WORDS.contains(word)) {
                german++;
            }
        }
        return english == german ? Optional.empty() : Optional.of(english > german ? ENGLISH : GERMAN);
    }
}
