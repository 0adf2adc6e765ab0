package io.briefbot.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Short versions of longer text: an article's lede for a list, an editorial's teaser for a briefing. */
@ApplicationScoped
public class Summariser {

    public static final int TEASER_BUDGET_CHARS = 300;
    private static final ToIntFunction<String> CHARS = String::length;
    private static final String SENTENCE_CUT = " " + TextPieces.ELLIPSIS;

    /**
     * The paragraph within {@code budgetChars} (UTF-16 units): whole, or its leading whole sentences and " …", or, when
     * even the first sentence is too long, its leading whole words and "…".
     */
    public String lede(String firstParagraph, int budgetChars) {
        String text = firstParagraph == null ? "" : firstParagraph.strip();
        if (text.length() <= budgetChars) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : Sentences.split(text)) {
            if ((kept + sentence).strip().length() + SENTENCE_CUT.length() > budgetChars) {
                break;
            }
            kept.append(sentence);
        }
        if (kept.length() > 0) {
            return kept.toString().strip() + SENTENCE_CUT;
        }
        return TextPieces.shorten(text, budgetChars, CHARS);
    }

    /** The editorial's first sentence, with the second when both fit {@link #TEASER_BUDGET_CHARS}; empty without one. */
    public String teaser(List<String> editorialParagraphs) {
        List<String> sentences = firstSentences(editorialParagraphs == null ? List.of() : editorialParagraphs);
        if (sentences.isEmpty()) {
            return "";
        }
        String first = sentences.get(0);
        if (first.length() > TEASER_BUDGET_CHARS) {
            return TextPieces.shorten(first, TEASER_BUDGET_CHARS, CHARS);
        }
        if (sentences.size() > 1 && first.length() + 1 + sentences.get(1).length() <= TEASER_BUDGET_CHARS) {
            return first + " " + sentences.get(1);
        }
        return first;
    }

    private static List<String> firstSentences(List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                continue;
            }
            for (String sentence : Sentences.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
                if (sentences.size() == 2) {
                    return sentences;
                }
            }
        }
        return sentences;
    }
}
