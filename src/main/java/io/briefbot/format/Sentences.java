package io.briefbot.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences. A sentence ends at . ! ? or … (then optional closing quotes or brackets) followed by
 * white space and a character that is not a lower-case letter — unless the period closes an abbreviation ("Dr.",
 * "e.g.", "z. B."), an initial ("J. Smith") or a German ordinal ("am 8. Juli"). Numbers like "3.5" never end one:
 * no white space follows their point. {@link java.text.BreakIterator} breaks after "Dr." and "z." before a capital.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
            "no", "nr", "gen", "col", "lt", "sgt", "rev", "hon", "gov", "sen", "rep", "bzw", "ca", "vgl", "ggf", "usw",
            "evtl", "inkl", "bspw", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez", "fig", "abs", "art", "hr", "fr", "dipl", "ing",
            "mio", "mrd", "tsd", "approx", "dt", "engl", "franz", "sog", "max", "min");
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final int MAX_ORDINAL_DIGITS = 2;

    private Sentences() {
    }

    /** The sentences of {@code text}, each with the white space that follows it: joined they give the text back. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean followedBySpace = next > end;
            if (followedBySpace && next < text.length() && startsNewSentence(text, next) && !isAbbreviation(text, start, i, end)) {
                sentences.add(text.substring(start, next));
                start = next;
            }
            i = next > i ? next : i + 1;
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    private static boolean startsNewSentence(String text, int index) {
        return !Character.isLowerCase(text.codePointAt(index));
    }

    /** Whether the single period at {@code point} (the whole terminator run ends at {@code end}) closes an abbreviation. */
    private static boolean isAbbreviation(String text, int sentenceStart, int point, int end) {
        if (text.charAt(point) != '.' || end - point != 1) {
            return false;
        }
        int wordStart = point;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = stripOpeners(text.substring(wordStart, point));
        if (word.isEmpty()) {
            return false;
        }
        if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
            return true;
        }
        if (word.length() <= MAX_ORDINAL_DIGITS && word.chars().allMatch(Character::isDigit)) {
            return true;
        }
        String key = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(key) || isDottedInitials(key);
    }

    /** "U.S", "e.g" without the final period. */
    private static boolean isDottedInitials(String word) {
        return word.matches("(\\p{L}\\.)+\\p{L}");
    }

    private static String stripOpeners(String word) {
        int i = 0;
        while (i < word.length() && "\"'“„«‚‘([".indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }
}
