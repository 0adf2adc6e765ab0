package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The things a text names by any of their forms ({@link NameForms}), found by looking each run of its words up: every
 * unit a question may be answered by is read, so a text is read once, not once a thing. Words are compared folded
 * ({@link SearchKeys#of}); a form that is a German adjective's stem also names with its endings.
 */
final class NameIndex<T> {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A thing named, and the word of the text its name starts at. */
    record Found<T>(T thing, int at) {
    }

    /** Each run of words, joined by single spaces, and the things it names in the order they were added. */
    private final Map<String, List<T>> byForm = new HashMap<>();
    private int longestForm = 1;

    void add(String form, T thing) {
        String[] words = words(form);
        String key = String.join(" ", words);
        put(key, thing);
        if (NameForms.isAdjectiveStem(form)) {
            NameForms.ADJECTIVE_ENDINGS.forEach(ending -> put(key + ending, thing));
        }
        longestForm = Math.max(longestForm, words.length);
    }

    private void put(String key, T thing) {
        List<T> things = byForm.computeIfAbsent(key, k -> new ArrayList<>());
        if (!things.contains(thing)) {
            things.add(thing);
        }
    }

    /** The things {@code words} names all of, as a whole ("Peruvian"); empty for another word. */
    List<T> namedBy(String words) {
        return byForm.getOrDefault(String.join(" ", words(words)), List.of());
    }

    /** The things the words name, in the text's order; the longest run that names something wins ("Lower Saxony" is not Saxony). */
    List<Found<T>> found(String[] words) {
        List<Found<T>> found = new ArrayList<>();
        int at = 0;
        while (at < words.length) {
            int longest = 0;
            List<T> named = List.of();
            StringBuilder run = new StringBuilder();
            for (int length = 1; length <= longestForm && at + length <= words.length; length++) {
                run.append(length > 1 ? " " : "").append(words[at + length - 1]);
                List<T> things = byForm.get(run.toString());
                if (things != null) {
                    longest = length;
                    named = things;
                }
            }
            for (T thing : named) {
                found.add(new Found<>(thing, at));
            }
            at += Math.max(1, longest);
        }
        return found;
    }

    /** A text's words, folded. */
    static String[] words(String text) {
        String folded = BETWEEN_WORDS.matcher(SearchKeys.of(text)).replaceAll(" ").strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
