package io.briefbot.qa;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The index's fields. Every text field is indexed twice, as "field.en" with English stemming and as "field.de"
 * with German stemming, so that a question finds an article in either language's word forms.
 */
final class IndexFields {

    /** "issue" for an issue's own document (its version), else the kind of unit: "article", "headline", "editorial". */
    static final String KIND = "kind";
    static final String ISSUE = "issue";
    /** The unit's key, see {@link IndexUnit}. */
    static final String UNIT = "unit";
    static final String ISSUE_ID = "issue_id";
    static final String ARTICLE_ID = "article_id";
    static final String DAY = "day";
    static final String UPDATED = "updated";
    static final String PUBLICATION = "publication";
    static final String STORED_TITLE = "stored_title";
    static final String STORED_HEADLINES = "stored_headlines";
    static final String STORED_LEDE = "stored_lede";
    static final String STORED_BODY = "stored_body";
    static final String STORED_TAGS = "stored_tags";
    static final String URL = "url";
    static final String AUTHOR = "author";

    static final String TITLE = "title";
    static final String LEDE = "lede";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String EDITORIAL = "editorial";
    static final String HEADLINE = "headline";
    /** Everything of a unit at once (issues have none): for "contains every word" and for how rare a word is. */
    static final String ALL = "all";

    static final List<String> TEXT_FIELDS = List.of(TITLE, LEDE, BODY, TAGS, EDITORIAL, HEADLINE, ALL);
    static final List<String> LANGUAGES = List.of("en", "de");
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, TAGS, 2f, LEDE, 1.5f, BODY, 1f, EDITORIAL, 0.8f, HEADLINE, 1.2f);

    private IndexFields() {
    }

    /** Every unit's document, whatever its kind; not the issues' own. */
    static Query anyUnit() {
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        for (Source.Kind kind : Source.Kind.values()) {
            kinds.add(new TermQuery(new Term(KIND, IndexUnit.kindTerm(kind))), BooleanClause.Occur.SHOULD);
        }
        return new ConstantScoreQuery(kinds.build());
    }

    static String of(String field, String language) {
        return field + "." + language;
    }

    /** How documents are indexed: German compounds also as the glossary words they are made of ("Handelsabkommen"). */
    static Analyzer analyzer(Glossary glossary) {
        return analyzer(new GermanCompoundAnalyzer(glossary.germanParts()));
    }

    /** How questions are read: whole words, so that every term of a form must be there. */
    static Analyzer queryAnalyzer() {
        return analyzer(new GermanAnalyzer());
    }

    private static Analyzer analyzer(Analyzer german) {
        Analyzer english = new EnglishAnalyzer();
        Map<String, Analyzer> byField = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            byField.put(of(field, "en"), english);
            byField.put(of(field, "de"), german);
        }
        return new DigitsFolded(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField));
    }

    /** Reads subscript and superscript digits as digits: "CO₂" and "km²" as "CO2" and "km2", as questions type them. */
    private static final class DigitsFolded extends AnalyzerWrapper {

        private static final NormalizeCharMap DIGITS = digits();
        private final Analyzer analyzer;

        DigitsFolded(Analyzer analyzer) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.analyzer = analyzer;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return analyzer;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new MappingCharFilter(DIGITS, reader);
        }

        private static NormalizeCharMap digits() {
            NormalizeCharMap.Builder digits = new NormalizeCharMap.Builder();
            String subscripts = "₀₁₂₃₄₅₆₇₈₉";
            String superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            for (int digit = 0; digit < 10; digit++) {
                digits.add(String.valueOf(subscripts.charAt(digit)), String.valueOf(digit));
                digits.add(String.valueOf(superscripts.charAt(digit)), String.valueOf(digit));
            }
            return digits.build();
        }
    }
}
