package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * A German text put word for word into English with the glossary, for a model that knows English only: its phrases
 * and words the glossary knows in English, a compound by the parts it knows, names and other words kept, German stop
 * words left out. English text is left as it is. Rough, but it places a German text near English text of the same
 * subject, where the German itself lands near nothing.
 */
final class EnglishGloss {

    private static final CharArraySet GERMAN_STOP_WORDS = GermanAnalyzer.getDefaultStopSet();
    /** Question words, which no stop list holds but which say what is asked. */
    private static final Map<String, String> QUESTION_WORDS = Map.ofEntries(Map.entry("wer", "who"), Map.entry("wen", "whom"),
            Map.entry("wem", "whom"), Map.entry("was", "what"), Map.entry("wann", "when"), Map.entry("wo", "where"),
            Map.entry("warum", "why"), Map.entry("wieso", "why"), Map.entry("weshalb", "why"), Map.entry("wie", "how"),
            Map.entry("welche", "which"), Map.entry("welcher", "which"), Map.entry("welches", "which"),
            Map.entry("welchen", "which"), Map.entry("viel", "much"), Map.entry("viele", "many"), Map.entry("wieviel", "how much"));

    private final Glossary glossary;

    EnglishGloss(Glossary glossary) {
        this.glossary = glossary;
    }

    String of(String text) {
        if (TextLanguage.of(text).orElse(TextLanguage.ENGLISH) != TextLanguage.GERMAN) {
            return text;
        }
        List<String> words = TextTerms.words(text);
        List<String> gloss = new ArrayList<>();
        for (int at = 0; at < words.size(); ) {
            at += glossPhraseAt(words, at, gloss);
        }
        return String.join(" ", gloss);
    }

    /** Adds the English of the longest phrase starting at {@code at}, or of its word; how many words it took. */
    private int glossPhraseAt(List<String> words, int at, List<String> gloss) {
        for (int length = Math.min(Glossary.MAX_PHRASE_WORDS, words.size() - at); length > 1; length--) {
            Set<String> english = glossary.englishOf(SearchKeys.of(String.join(" ", words.subList(at, at + length))));
            if (!english.isEmpty()) {
                gloss.add(english.iterator().next());
                return length;
            }
        }
        glossWord(words.get(at), gloss);
        return 1;
    }

    private void glossWord(String word, List<String> gloss) {
        String key = SearchKeys.of(word);
        String question = QUESTION_WORDS.get(key);
        if (question != null) {
            gloss.add(question);
            return;
        }
        if (GERMAN_STOP_WORDS.contains(word.toLowerCase(Locale.GERMAN))) {
            return;
        }
        Set<String> english = glossary.englishOf(key);
        if (!english.isEmpty()) {
            gloss.add(english.iterator().next());
            return;
        }
        List<String> parts = glossary.parts(key).stream().map(this::partInEnglish).filter(p -> !p.isEmpty()).toList();
        gloss.add(parts.isEmpty() ? word : parts.get(0));
    }

    /** A compound by the part the glossary knows and, where it knows it too, the rest ("Datenschutzbehörde": data protection authority). */
    private String partInEnglish(Glossary.Part part) {
        Set<String> known = glossary.englishOf(part.german());
        if (known.isEmpty()) {
            return "";
        }
        Set<String> rest = glossary.englishOf(part.rest());
        String first = known.iterator().next();
        if (rest.isEmpty()) {
            return first;
        }
        return part.atEnd() ? rest.iterator().next() + " " + first : first + " " + rest.iterator().next();
    }
}
