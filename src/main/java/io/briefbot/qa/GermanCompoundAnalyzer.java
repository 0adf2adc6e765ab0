package io.briefbot.qa;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's German analysis (stop words, normalisation, light stemming) that also splits compounds into the known
 * words they contain, kept beside the compound: "Handelsabkommen" is found by "Abkommen" and by "agreement".
 */
final class GermanCompoundAnalyzer extends StopwordAnalyzerBase {

    private static final int MIN_WORD = 8;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 20;

    private final CharArraySet parts;

    GermanCompoundAnalyzer(Set<String> parts) {
        super(GermanAnalyzer.getDefaultStopSet());
        this.parts = new CharArraySet(parts, true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DictionaryCompoundWordTokenFilter(result, parts, MIN_WORD, MIN_PART, MAX_PART, false);
        result = new StopFilter(result, stopwords);
        result = new GermanNormalizationFilter(result);
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
