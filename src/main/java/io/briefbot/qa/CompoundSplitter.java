package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A German compound of a question that no unit contains, read as the two words it is made of that units do contain
 * ("Lithiummine": lithium mine), each also as its translations; the last word alone, which names what the compound
 * is, loosely ("Drohnenhersteller": some maker).
 */
final class CompoundSplitter {

    private static final int MIN_WORD = 8;
    private static final int MIN_PART = 3;
    /** What German puts between the words of a compound ("Arbeit-s-markt", "Drohne-n-hersteller"). */
    static final List<String> LINKS = List.of("", "s", "n", "en", "e", "es");

    private final Glossary glossary;

    CompoundSplitter(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * {@code concept} as its words, when it is a single long word; {@code known} tells whether a word (or a phrase, all
     * of whose words) occurs in some unit. The split with the longest known last word wins.
     */
    Optional<Concept> split(Concept concept, Predicate<String> known) {
        String word = SearchKeys.of(concept.typed());
        if (word.length() < MIN_WORD || word.contains(" ")) {
            return Optional.empty();
        }
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART - 1; cut++) {
            Set<String> last = knownForms(word.substring(cut), known);
            if (last.isEmpty()) {
                continue;
            }
            Set<String> first = new LinkedHashSet<>();
            for (String link : LINKS) {
                String modifier = word.substring(0, cut);
                if (modifier.endsWith(link) && modifier.length() - link.length() >= MIN_PART) {
                    first.addAll(knownForms(modifier.substring(0, modifier.length() - link.length()), known));
                }
            }
            List<String> forms = new ArrayList<>(concept.forms());
            first.forEach(a -> last.forEach(b -> forms.add(a + " " + b)));
            List<String> loose = new ArrayList<>(concept.looseForms());
            loose.addAll(last);
            return Optional.of(new Concept(concept.typed(), List.copyOf(forms), List.copyOf(loose), concept.named()));
        }
        return Optional.empty();
    }

    /** The word and its translations that occur in some unit. */
    private Set<String> knownForms(String word, Predicate<String> known) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.addAll(glossary.translateAnyForm(word));
        forms.removeIf(known.negate());
        return forms;
    }
}
