package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Splits a question into its concepts: question words and time phrases out, glossary translations in. */
final class QuestionReader {

    /** Words that shape a question rather than say what it is about, English and German (folded). */
    private static final Set<String> QUESTION_WORDS = Set.copyOf(List.of(
            "a", "an", "the", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are",
            "was", "were", "be", "been", "do", "does", "did", "done", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "shall", "about", "on", "of", "in", "at", "to", "for", "from", "by", "with",
            "and", "or", "any", "anything", "something", "there", "their", "they", "it", "its", "this", "that", "these",
            "those", "me", "my", "we", "our", "us", "you", "your", "i", "tell", "say", "said", "says", "news", "new",
            "latest", "recent", "recently", "happen", "happened", "happening", "report", "reported", "reports", "write",
            "wrote", "written", "mention", "mentioned", "know", "going", "go", "get", "got", "else", "more", "some", "much",
            "many", "please", "give", "show", "find", "briefing", "briefings", "issue", "issues", "article", "articles",
            "archive", "up", "over", "into", "than", "then", "also", "as", "so", "if", "not", "no", "yet", "still", "all",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
            "was", "wer", "wen", "wem", "wessen", "wann", "wo", "warum", "wieso", "weshalb", "wie", "welche", "welcher",
            "welches", "welchen", "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden",
            "wurde", "wurden", "gibt", "gab", "es", "etwas", "neues", "neue", "neuen", "zu", "zum", "zur", "uber", "ueber",
            "von", "vom", "mit", "bei", "im", "in", "auf", "an", "am", "fur", "fuer", "aus", "nach", "seit", "sagt",
            "sagte", "gesagt", "berichtet", "berichtete", "meldet", "gemeldet", "geschrieben", "erzahl", "erzahle", "mir",
            "uns", "ich", "wir", "sie", "er", "man", "dazu", "daruber", "noch", "auch", "schon", "nur", "denn", "eigentlich",
            "bitte", "los", "announce", "announced", "announces", "decide", "decided", "decides", "beschlossen", "beschliesst",
            "angekundigt", "kundigt", "entschieden", "doing", "viele", "vielen", "high", "higher", "long", "want", "wants",
            "wanted", "like", "kind", "big", "large", "often", "zeigt", "passiert", "stand", "steht", "aktuell", "aktuelle", "aktuellen", "ausgabe", "ausgaben",
            "artikel", "briefing", "thema", "themen", "dass", "ob", "kann", "konnen", "soll", "sollen", "will", "wollen",
            // German function words and the parts of "wie viel", "wie hoch", "ab wann" that say nothing of the subject
            "viel", "hoch", "gross", "weit", "lange", "oft", "nun", "jetzt", "wieder", "ab", "bis", "beim", "ins", "sein",
            "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dies", "diese", "dieser",
            "dieses", "diesem", "diesen", "welchem", "woruber", "wofur", "wozu", "womit", "wodurch", "wohin", "woher",
            "worum", "konnte", "musste", "muss", "mussen", "darf", "durfen", "sich", "um", "unter", "hinter", "zwischen",
            "durch", "wahrend", "neben",
            // English function words of the same kind
            "per", "now", "currently", "mainly", "mostly", "actually", "exactly", "being", "onto", "through", "between", "under",
            "behind", "during", "happens", "able", "supposed", "out", "around", "vor", "pro"));

    /**
     * A year counted from now or per year ("next year", "each year", "im vergangenen Jahr", "pro Jahr"): when or how often,
     * which a text says in its own way ("from January", "annually", "2026"), not what the question is about.
     */
    private static final java.util.regex.Pattern RELATIVE_YEAR = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:(?:this|next|last|each|every|per|a|the (?:coming|past|previous|next|last)) year"
                    + "|(?:dieses|diesem|nächstes|nächsten|kommenden|kommendes|vergangenen|vergangenes|letztes|letzten|jedes|pro"
                    + "|im) jahr(?:es)?(?!\\s*\\d))\\b");

    /**
     * English question words spelled like a German noun ("what kind of", "pro Kind"): in a German question, written with
     * a capital, they are the noun.
     */
    private static final Set<String> GERMAN_NOUNS = Set.of("kind");

    /** The rest of a compound before a glossary word it ends with must be a word at least this long to say anything. */
    private static final int MIN_MODIFIER = 3;

    private final Glossary glossary;

    QuestionReader(Glossary glossary) {
        this.glossary = glossary;
    }

    Question read(String question, LocalDate today) {
        DatePhrases.Dated dated = DatePhrases.read(question, today);
        List<String> words = TextTerms.words(RELATIVE_YEAR.matcher(dated.rest()).replaceAll(" "));
        List<Concept> concepts = new ArrayList<>();
        boolean german = TextLanguage.of(question).equals(java.util.Optional.of(TextLanguage.GERMAN));
        int i = 0;
        while (i < words.size()) {
            int taken = phraseAt(words, i, concepts);
            if (taken > 0) {
                i += taken;
                continue;
            }
            boolean first = i == 0;
            String word = words.get(i++);
            boolean noun = german && Character.isUpperCase(word.charAt(0)) && GERMAN_NOUNS.contains(SearchKeys.of(word));
            if (QUESTION_WORDS.contains(SearchKeys.of(word)) && !noun || word.length() < 2) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            Set<String> loose = new LinkedHashSet<>();
            forms.add(word);
            forms.addAll(glossary.translateAnyForm(SearchKeys.of(word)));
            forms.addAll(Countries.shared().formsOf(word));
            // "Moskau reagierte" speaks of Russia, but does not name it
            loose.addAll(Countries.shared().seatsOf(word));
            if (forms.size() == 1) {
                compoundForms(glossary.parts(SearchKeys.of(word)), forms, loose);
            }
            concepts.add(new Concept(word, List.copyOf(forms), List.copyOf(loose), !first && Character.isUpperCase(word.charAt(0))));
        }
        return new Question(question, dated.rest(), dedupe(concepts), dated.window(), dated.mayBeContent());
    }

    /**
     * A German compound by the glossary words it is made of: the rest before a glossary word it ends with, as it stands
     * or by its translation, and that word's translation say it together ("Lithium" + "Preisen": lithium prices,
     * "Jugend" + "Arbeitslosigkeit": youth unemployment, "Staats" + "Hilfe": state aid), and so do the translations of a
     * glossary word it starts with and of the rest ("Elektro" + "Busse": electric buses); one word's translation alone
     * only loosely.
     */
    private void compoundForms(List<Glossary.Part> parts, Set<String> forms, Set<String> loose) {
        for (Glossary.Part part : parts) {
            if (part.rest().length() < MIN_MODIFIER) {
                continue;
            }
            Set<String> rest = new LinkedHashSet<>(restTranslations(part.rest()));
            if (part.atEnd()) {
                rest.add(part.rest());
                rest.forEach(modifier -> part.translations().forEach(translation -> forms.add(modifier + " " + translation)));
            } else {
                part.translations().forEach(first -> rest.forEach(last -> forms.add(first + " " + last)));
            }
        }
        parts.forEach(part -> loose.addAll(part.translations()));
    }

    /** The translations of the rest of a compound, as it stands or without the letters that link it ("Staats": Staat). */
    private Set<String> restTranslations(String rest) {
        Set<String> translations = new LinkedHashSet<>();
        for (String link : CompoundSplitter.LINKS) {
            if (translations.isEmpty() && rest.endsWith(link) && rest.length() - link.length() >= MIN_MODIFIER) {
                translations.addAll(glossary.translateAnyForm(rest.substring(0, rest.length() - link.length())));
            }
        }
        return translations;
    }

    /** A glossary phrase of two or more words starting at {@code i}: added as one concept; how many words it took. */
    private int phraseAt(List<String> words, int i, List<Concept> concepts) {
        for (int n = Math.min(Glossary.MAX_PHRASE_WORDS, words.size() - i); n >= 2; n--) {
            String phrase = String.join(" ", words.subList(i, i + n));
            Set<String> translations = glossary.translate(SearchKeys.of(phrase));
            if (!translations.isEmpty()) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(phrase);
                forms.addAll(translations);
                concepts.add(new Concept(phrase, List.copyOf(forms), List.of(), i > 0 && Character.isUpperCase(phrase.charAt(0))));
                return n;
            }
        }
        return 0;
    }

    private static List<Concept> dedupe(List<Concept> concepts) {
        Set<String> seen = new LinkedHashSet<>();
        return concepts.stream().filter(concept -> seen.add(SearchKeys.of(concept.typed()))).toList();
    }
}
