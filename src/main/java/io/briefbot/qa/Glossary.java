package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * German and English words of the briefings' subjects, each with its translations, so that a German question finds
 * an English article and the reverse. Read from {@code qa/glossary.txt}: one "german | english" pair a line.
 */
final class Glossary {

    static final int MAX_PHRASE_WORDS = 3;
    private static final int MIN_COMPOUND_PART = 5;
    /** The endings German adds to a noun in the plural or in a case. */
    private static final java.util.regex.Pattern INFLECTION = java.util.regex.Pattern.compile("(?:en|n|es|s|e|ern|er)$");

    private static volatile Glossary shared;

    private final Map<String, Set<String>> translations = new HashMap<>();
    private final Map<String, Set<String>> english = new HashMap<>();
    /** The words, either side, of pairs whose German word is a noun, and of the others (verbs, adjectives), folded. */
    private final Set<String> nounPairWords = new HashSet<>();
    private final Set<String> otherPairWords = new HashSet<>();
    private final List<String> germanWords = new ArrayList<>();
    private final Set<String> germanParts = new LinkedHashSet<>();
    /** German words written in lower case (verbs by their infinitive, adjectives), folded: a verb's regular forms translate too. */
    private final Set<String> germanVerbs = new HashSet<>();

    private Glossary() {
    }

    /** The glossary of the class path, read once. */
    static Glossary shared() {
        Glossary loaded = shared;
        if (loaded == null) {
            loaded = load();
            shared = loaded;
        }
        return loaded;
    }

    static Glossary load() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream("qa/glossary.txt")) {
            if (in == null) {
                throw new IllegalStateException("qa/glossary.txt is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A glossary of "german | english" lines; blank lines and lines starting with # are left out. */
    static Glossary read(BufferedReader reader) {
        Glossary glossary = new Glossary();
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] pair = line.split("\\|");
                if (line.isBlank() || line.startsWith("#") || pair.length != 2) {
                    continue;
                }
                String german = pair[0].strip().toLowerCase(java.util.Locale.GERMAN);
                // compounds are made of nouns; a word written in lower case (a verb, an adjective) is no part of one
                boolean noun = !Character.isLowerCase(pair[0].strip().charAt(0));
                glossary.add(SearchKeys.of(pair[0]), SearchKeys.of(pair[1]), noun);
                if (!german.contains(" ") && german.length() >= MIN_COMPOUND_PART && noun) {
                    glossary.germanParts.add(german);
                }
                if (!german.contains(" ") && !noun) {
                    glossary.germanVerbs.add(SearchKeys.of(pair[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glossary;
    }

    private void add(String german, String english, boolean noun) {
        translations.computeIfAbsent(german, k -> new LinkedHashSet<>()).add(english);
        translations.computeIfAbsent(english, k -> new LinkedHashSet<>()).add(german);
        this.english.computeIfAbsent(german, k -> new LinkedHashSet<>()).add(english);
        Set<String> pairWords = noun ? nounPairWords : otherPairWords;
        pairWords.add(german);
        pairWords.add(english);
        if (!german.contains(" ") && noun) {
            germanWords.add(german);
        }
    }

    /** The translations of a word or phrase (folded, as {@link SearchKeys} folds); empty when it has none. */
    Set<String> translate(String phrase) {
        return translations.getOrDefault(phrase, Set.of());
    }

    /**
     * The translations of a word as a question writes it: of the word itself, or else of the base forms it may inflect
     * ("investiert" as "investieren", "approved" as "approve"); a German verb among them also in its regular forms ("fordern": "fordert",
     * "gefordert"), as the archive writes it.
     */
    Set<String> translateAnyForm(String word) {
        Set<String> found = ofWordOrItsLemmas(translations, word);
        Set<String> forms = new LinkedHashSet<>(found);
        found.stream().filter(germanVerbs::contains).forEach(verb -> forms.addAll(WordForms.conjugated(verb)));
        return forms;
    }

    /** The English of a German word or phrase (folded), or else of the base forms the word may inflect; empty when it has none. */
    Set<String> englishOf(String german) {
        return german.contains(" ") ? english.getOrDefault(german, Set.of()) : ofWordOrItsLemmas(english, german);
    }

    /** What {@code byWord} gives for the word itself, or else for the base forms it may inflect. */
    private static Set<String> ofWordOrItsLemmas(Map<String, Set<String>> byWord, String word) {
        Set<String> found = new LinkedHashSet<>(byWord.getOrDefault(word, Set.of()));
        if (found.isEmpty()) {
            // a word the glossary knows is no inflection to guess at ("Rente" is not "rent")
            WordForms.lemmas(word).forEach(lemma -> found.addAll(byWord.getOrDefault(lemma, Set.of())));
        }
        return found;
    }

    /**
     * Whether the glossary knows a word, or a base form it may inflect, only as a verb, an adjective or an adverb: the
     * other language may well say that with another word than the glossary's, where it names a thing by its noun.
     */
    boolean isPhrasing(String word) {
        Set<String> forms = new LinkedHashSet<>(WordForms.lemmas(word));
        forms.add(word);
        return forms.stream().anyMatch(otherPairWords::contains) && forms.stream().noneMatch(nounPairWords::contains);
    }

    /** The German words, as written (lower case), that a German compound in an article is split into besides itself. */
    Set<String> germanParts() {
        return germanParts;
    }

    /**
     * A glossary word a German compound starts or ends with ("Datenschutz" of "Datenschutzbehörde"), also when the
     * compound is inflected ("Preis" of "Lithiumpreisen"), with the rest of the compound (folded, uninflected).
     */
    record Part(String german, String rest, boolean atEnd, Set<String> translations) {
    }

    List<Part> parts(String word) {
        List<Part> found = new ArrayList<>();
        if (word.length() < MIN_COMPOUND_PART * 2 - 1) {
            return found;
        }
        String uninflected = INFLECTION.matcher(word).replaceFirst("");
        for (String part : germanWords) {
            if (part.length() < MIN_COMPOUND_PART || part.length() >= uninflected.length()) {
                continue;
            }
            if (word.startsWith(part)) {
                found.add(new Part(part, uninflected.substring(part.length()), false, translations.get(part)));
            } else if (word.endsWith(part) || uninflected.endsWith(part)) {
                String stem = word.endsWith(part) ? word : uninflected;
                found.add(new Part(part, stem.substring(0, stem.length() - part.length()), true, translations.get(part)));
            }
        }
        return found;
    }
}
