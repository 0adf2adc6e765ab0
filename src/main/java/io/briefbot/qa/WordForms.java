package io.briefbot.qa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms of words by the regular rules, folded as {@link io.briefbot.archive.SearchKeys} folds: the base forms an
 * inflected German or English word may come from ("investiert", "gefordert" → "investieren", "fordern"; "approved",
 * "buses" → "approve", "bus"), and the forms a regular German verb takes ("fordern" → "fordert", "forderte",
 * "gefordert"; "ablehnen" → "abgelehnt", and "lehnt", "lehnte" of "lehnt ... ab"). Guesses that are no word match nothing, so a rule may offer several.
 */
final class WordForms {

    /** Prefixes after which a participle takes no "ge-". */
    private static final List<String> INSEPARABLE = List.of("be", "ver", "er", "ent", "zer", "emp", "miss", "ge");
    /**
     * Prefixes a verb separates from in a main clause ("ablehnen": "lehnt ... ab") and takes "-ge-" after in its
     * participle ("abgelehnt").
     */
    private static final List<String> SEPARABLE = List.of("zuruck", "zusammen", "weiter", "fest", "fort", "nach", "auf", "aus",
            "ein", "her", "hin", "mit", "vor", "weg", "ab", "an", "zu");
    private static final List<String> NOUN_ENDINGS = List.of("ern", "en", "es", "er", "n", "s", "e");
    private static final List<String> VERB_ENDINGS = List.of("eten", "ete", "test", "ten", "te", "et", "st", "t");
    /** English endings and what the base form ends with instead. */
    private static final List<String[]> ENGLISH_ENDINGS = List.of(new String[] {"ies", "y"}, new String[] {"ied", "y"},
            new String[] {"ing", ""}, new String[] {"ing", "e"}, new String[] {"ed", ""}, new String[] {"d", ""},
            new String[] {"es", ""}, new String[] {"s", ""});
    private static final int MIN_STEM = 3;

    private WordForms() {
    }

    /** The base forms {@code word} may be an inflection of, most likely first; not the word itself. */
    static Set<String> lemmas(String word) {
        Set<String> lemmas = new LinkedHashSet<>();
        for (String ending : NOUN_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                lemmas.add(word.substring(0, word.length() - ending.length()));
            }
        }
        String unprefixed = word.startsWith("ge") && word.length() > 6 ? word.substring(2) : word;
        for (String candidate : unprefixed.equals(word) ? List.of(word) : List.of(word, unprefixed)) {
            for (String ending : VERB_ENDINGS) {
                if (candidate.endsWith(ending) && candidate.length() - ending.length() >= MIN_STEM) {
                    String stem = candidate.substring(0, candidate.length() - ending.length());
                    lemmas.add(stem + "en");
                    lemmas.add(stem + "n");
                }
            }
        }
        for (String[] ending : ENGLISH_ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() - ending[0].length() >= MIN_STEM) {
                String stem = word.substring(0, word.length() - ending[0].length());
                lemmas.add(stem + ending[1]);
                if (ending[1].isEmpty() && stem.length() > MIN_STEM && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    lemmas.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        lemmas.remove(word);
        return lemmas;
    }

    /** The present, past and participle forms of a regular verb given by its infinitive; empty for another word. */
    static Set<String> conjugated(String infinitive) {
        Set<String> forms = new LinkedHashSet<>();
        String stem = infinitive.endsWith("ern") || infinitive.endsWith("eln") ? infinitive.substring(0, infinitive.length() - 1)
                : infinitive.endsWith("en") ? infinitive.substring(0, infinitive.length() - 2) : null;
        if (stem == null || stem.length() < MIN_STEM || infinitive.contains(" ")) {
            return forms;
        }
        String joint = stem.endsWith("t") || stem.endsWith("d") ? stem + "e" : stem;
        forms.add(joint + "t");
        forms.add(joint + "te");
        forms.add(joint + "ten");
        boolean prefixed = stem.endsWith("ier") || INSEPARABLE.stream().anyMatch(p -> stem.startsWith(p) && stem.length() > p.length() + 2);
        String separable = prefixed ? null
                : SEPARABLE.stream().filter(p -> stem.startsWith(p) && stem.length() >= p.length() + MIN_STEM).findFirst().orElse(null);
        forms.add(prefixed ? joint + "t" : "ge" + joint + "t");
        if (separable == null) {
            return forms;
        }
        // "antworten" starts like a separable verb and is none: its forms stay, the separated ones match nothing
        String rest = joint.substring(separable.length());
        forms.add(separable + "ge" + rest + "t");
        forms.add(infinitive.substring(separable.length()));
        forms.add(rest + "t");
        forms.add(rest + "te");
        forms.add(rest + "ten");
        return forms;
    }
}
