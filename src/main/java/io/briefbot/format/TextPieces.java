package io.briefbot.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text to fit a budget, measured by the caller (visible characters, escaped length...). A measure must be
 * additive: the cost of two pieces joined is the sum of their costs.
 */
public final class TextPieces {

    public static final String ELLIPSIS = "…";
    private static final Pattern WORD_WITH_SPACE = Pattern.compile("\\S+\\s*|\\s+");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private TextPieces() {
    }

    /**
     * The whole text in consecutive pieces within {@code budget}, cut at sentence ends where possible, else between
     * words, else between characters; white space at the cuts is dropped, nothing else.
     */
    public static List<String> split(String text, int budget, ToIntFunction<String> measure) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentCost = 0;
        for (String unit : units(text, budget, measure)) {
            int cost = measure.applyAsInt(unit);
            if (currentCost + cost > budget && current.length() > 0) {
                addStripped(pieces, current.toString());
                current.setLength(0);
                currentCost = 0;
            }
            current.append(unit);
            currentCost += cost;
        }
        addStripped(pieces, current.toString());
        return pieces;
    }

    /** At most {@code budget}: the text, or its start cut after a whole word (mid-word only when one word is too long) and "…". */
    public static String shorten(String text, int budget, ToIntFunction<String> measure) {
        String plain = text == null ? "" : text.strip();
        if (measure.applyAsInt(plain) <= budget) {
            return plain;
        }
        int room = budget - measure.applyAsInt(ELLIPSIS);
        StringBuilder kept = new StringBuilder();
        int cost = 0;
        for (String word : matches(WORD_WITH_SPACE, plain)) {
            int wordCost = measure.applyAsInt(word.stripTrailing());
            if (cost + wordCost > room) {
                break;
            }
            kept.append(word);
            cost += measure.applyAsInt(word);
        }
        if (kept.toString().isBlank()) {
            return cutCharacters(plain, room, measure) + ELLIPSIS;
        }
        return trimTrailingPunctuation(kept.toString().strip()) + ELLIPSIS;
    }

    private static String trimTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 1 && ",;:-–—".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    private static String cutCharacters(String text, int room, ToIntFunction<String> measure) {
        StringBuilder kept = new StringBuilder();
        int cost = 0;
        for (String character : characters(text, room, measure)) {
            int characterCost = measure.applyAsInt(character);
            if (cost + characterCost > room) {
                break;
            }
            kept.append(character);
            cost += characterCost;
        }
        return kept.toString();
    }

    private static List<String> units(String text, int budget, ToIntFunction<String> measure) {
        List<String> units = new ArrayList<>();
        for (String sentence : Sentences.split(text)) {
            if (measure.applyAsInt(sentence) <= budget) {
                units.add(sentence);
                continue;
            }
            for (String word : matches(WORD_WITH_SPACE, sentence)) {
                if (measure.applyAsInt(word) <= budget) {
                    units.add(word);
                } else {
                    units.addAll(characters(word, budget, measure));
                }
            }
        }
        return units;
    }

    /** Grapheme clusters, so that emoji sequences and combining marks stay whole — unless one alone exceeds the budget. */
    private static List<String> characters(String text, int budget, ToIntFunction<String> measure) {
        List<String> characters = new ArrayList<>();
        for (String cluster : matches(GRAPHEME, text)) {
            if (measure.applyAsInt(cluster) <= budget) {
                characters.add(cluster);
            } else {
                cluster.codePoints().forEach(codePoint -> characters.add(Character.toString(codePoint)));
            }
        }
        return characters;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static void addStripped(List<String> pieces, String piece) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            pieces.add(stripped);
        }
    }
}
