package io.briefbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a unit may be quoted, word for word: each sentence (an article's lede and paragraphs, an editorial paragraph's,
 * a headline whole), and each pair of neighbouring sentences of one paragraph.
 */
final class Passages {

    /** A sentence, or sentences {@code first} to {@code last} of one paragraph, as they stand there. */
    record Passage(String text, int paragraph, int first, int last) {

        boolean overlaps(Passage other) {
            return paragraph == other.paragraph && first <= other.last && other.first <= last;
        }
    }

    /** Words that open a sentence leaning on the one before: pronouns and connectives ("Now they…", "Dort…"). */
    private static final Set<String> LEANING = Set.of("he", "she", "it", "they", "this", "that", "these", "those", "its", "his",
            "her", "their", "there", "then", "now", "but", "however", "also", "so", "thus", "therefore", "meanwhile", "instead",
            "yet", "still", "such", "both", "here", "er", "sie", "es", "dies", "diese", "dieser", "dieses", "dort", "damit",
            "dafür", "dabei", "deshalb", "daher", "darum", "trotzdem", "jedoch", "aber", "außerdem", "zudem", "allerdings", "nun",
            "jetzt", "hier", "dazu", "davon", "darauf", "ebenfalls", "sein", "seine", "ihr", "ihre");

    /**
     * A sentence naming what the one before told of, as a thing of its own: "announced the decision", "begründete den
     * Schritt". Not when the words go on to say which ("the decision to close…").
     */
    private static final Pattern NAMES_WHAT_CAME_BEFORE = Pattern.compile("(?i)\\b(?:the|this|that|these|such|die|diese|den|diesen"
            + "|der|dieser|das|dieses|dem|diesem)\\s+(?:decision|decisions|step|steps|move|announcement|measure|measures"
            + "|figures|entscheidung|schritt|schritte|maßnahme|maßnahmen|ankündigung|zahlen|beschluss)\\b"
            + "(?!\\s+(?:to|of|by|about|zu|zur|zum|über|von|vom|des)\\b)");

    private final List<String> paragraphs;
    private final List<List<SentenceSplitter.Span>> sentences = new ArrayList<>();

    private Passages(List<String> paragraphs) {
        this.paragraphs = paragraphs;
        paragraphs.forEach(paragraph -> sentences.add(SentenceSplitter.spans(paragraph)));
    }

    /** An article's lede and paragraphs, an editorial paragraph; a headline, or a unit with no sentences, its title. */
    static Passages of(IndexUnit unit) {
        List<String> paragraphs = new ArrayList<>();
        if (!unit.lede().isBlank()) {
            paragraphs.add(unit.lede());
        }
        unit.paragraphs().stream().filter(paragraph -> !paragraph.isBlank()).forEach(paragraphs::add);
        if (paragraphs.isEmpty() && unit.source().title() != null) {
            paragraphs.add(unit.source().title());
        }
        return new Passages(paragraphs);
    }

    /** Every sentence, in order. */
    List<Passage> sentences() {
        List<Passage> all = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s = 0; s < sentences.get(p).size(); s++) {
                all.add(passage(p, s, s));
            }
        }
        return all;
    }

    /** Every two neighbouring sentences of one paragraph, in order. */
    List<Passage> neighbours() {
        List<Passage> all = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int s = 0; s + 1 < sentences.get(p).size(); s++) {
                all.add(passage(p, s, s + 1));
            }
        }
        return all;
    }

    /** The passage with the sentence before it, when it opens with a word that leans on that sentence. */
    Optional<Passage> withLeanedOn(Passage passage) {
        if (passage.first() == 0 || !leansOnPrevious(passage.text())) {
            return Optional.empty();
        }
        return Optional.of(passage(passage.paragraph(), passage.first() - 1, passage.last()));
    }

    static boolean leansOnPrevious(String sentence) {
        String[] words = sentence.strip().split("[^\\p{L}]+", 3);
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        return words.length > first && LEANING.contains(words[first].toLowerCase(Locale.ROOT))
                || NAMES_WHAT_CAME_BEFORE.matcher(sentence).find();
    }

    private Passage passage(int paragraph, int first, int last) {
        List<SentenceSplitter.Span> spans = sentences.get(paragraph);
        String text = paragraphs.get(paragraph).substring(spans.get(first).start(), spans.get(last).end());
        return new Passage(text, paragraph, first, last);
    }
}
