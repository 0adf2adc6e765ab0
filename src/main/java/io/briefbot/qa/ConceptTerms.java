package io.briefbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** A concept's forms as stemmed terms, English and German, with the weight of how rare the concept is in the archive. */
record ConceptTerms(Concept concept, List<List<String>> english, List<List<String>> german, double weight) {

    static ConceptTerms of(Concept concept, Analyzer analyzer, double weight) {
        List<List<String>> english = new ArrayList<>();
        List<List<String>> german = new ArrayList<>();
        for (String form : concept.forms()) {
            List<String> en = TextTerms.of(analyzer, IndexFields.of(IndexFields.ALL, "en"), form);
            List<String> de = TextTerms.of(analyzer, IndexFields.of(IndexFields.ALL, "de"), form);
            if (!en.isEmpty()) {
                english.add(en);
            }
            if (!de.isEmpty()) {
                german.add(de);
            }
        }
        return new ConceptTerms(concept, english, german, weight);
    }

    ConceptTerms weighted(double newWeight) {
        return new ConceptTerms(concept, english, german, newWeight);
    }

    boolean isEmpty() {
        return english.isEmpty() && german.isEmpty();
    }

    /** Whether a text, given as its English and German term sets, contains any form of the concept. */
    boolean coveredBy(Set<String> englishTerms, Set<String> germanTerms) {
        return english.stream().anyMatch(englishTerms::containsAll) || german.stream().anyMatch(germanTerms::containsAll);
    }
}
