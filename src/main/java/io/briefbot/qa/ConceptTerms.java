package io.briefbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A concept's forms as stemmed terms, English and German, its loose forms too, with the weight of how rare the concept
 * is in the archive.
 */
record ConceptTerms(Concept concept, List<List<String>> english, List<List<String>> german, List<List<String>> looseEnglish,
                    List<List<String>> looseGerman, double weight) {

    /** How much of a concept a loose form covers. */
    static final double LOOSE_SHARE = 0.5;

    static ConceptTerms of(Concept concept, Analyzer analyzer, double weight) {
        List<List<String>> english = new ArrayList<>();
        List<List<String>> german = new ArrayList<>();
        List<List<String>> looseEnglish = new ArrayList<>();
        List<List<String>> looseGerman = new ArrayList<>();
        addTerms(concept.forms(), analyzer, english, german);
        addTerms(concept.looseForms(), analyzer, looseEnglish, looseGerman);
        return new ConceptTerms(concept, english, german, looseEnglish, looseGerman, weight);
    }

    private static void addTerms(List<String> forms, Analyzer analyzer, List<List<String>> english, List<List<String>> german) {
        for (String form : forms) {
            List<String> en = TextTerms.of(analyzer, IndexFields.of(IndexFields.ALL, "en"), form);
            List<String> de = TextTerms.of(analyzer, IndexFields.of(IndexFields.ALL, "de"), form);
            if (!en.isEmpty()) {
                english.add(en);
            }
            if (!de.isEmpty()) {
                german.add(de);
            }
        }
    }

    ConceptTerms weighted(double newWeight) {
        return new ConceptTerms(concept, english, german, looseEnglish, looseGerman, newWeight);
    }

    /** The same terms of a concept read as a plain word rather than a name. */
    ConceptTerms unnamed() {
        return new ConceptTerms(new Concept(concept.typed(), concept.forms(), concept.looseForms(), false), english, german,
                looseEnglish, looseGerman, weight);
    }

    boolean isEmpty() {
        return english.isEmpty() && german.isEmpty();
    }

    /** How much of the concept a text, given as its English and German term sets, contains: 1, a loose form's share, 0. */
    double coveredBy(Set<String> englishTerms, Set<String> germanTerms) {
        if (english.stream().anyMatch(englishTerms::containsAll) || german.stream().anyMatch(germanTerms::containsAll)) {
            return 1;
        }
        return looseEnglish.stream().anyMatch(englishTerms::containsAll) || looseGerman.stream().anyMatch(germanTerms::containsAll)
                ? LOOSE_SHARE : 0;
    }
}
