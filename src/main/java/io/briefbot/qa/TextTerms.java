package io.briefbot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Text as the index sees it (the stemmed terms of one of its fields), or as written (its words). */
final class TextTerms {

    private TextTerms() {
    }

    static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static Set<String> setOf(Analyzer analyzer, String field, String text) {
        return new HashSet<>(of(analyzer, field, text));
    }

    /** The words of a text as written: its runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isBlank()) {
                words.add(token);
            }
        }
        return words;
    }
}
