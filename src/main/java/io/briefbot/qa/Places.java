package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regions and cities a text names, by any of their English or German forms ("Munich", "München", "Münchner"), read
 * from {@code qa/places.txt} (see {@link NameForms}); a place named also names the region it lies in. A capital often
 * stands for its government ("Beijing put gallium on its list"), so a question asks about it as a place only after a
 * word such as "in" or "nach". A text is read word by word and each run of words looked up, since every unit a question
 * may be answered by is read.
 */
final class Places {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> BEFORE_A_PLACE = Set.of("in", "im", "at", "near", "around", "from", "to", "into", "outside",
            "inside", "nach", "aus", "bei", "beim", "zu", "zum", "zur", "von", "vom", "um", "ausserhalb", "innerhalb");
    private static final Set<String> ARTICLES = Set.of("the", "der", "dem", "den");
    private static final Places SHARED = load();

    private record Place(String name, Optional<String> region, boolean capital) {
    }

    /** A run of words as {@link #words} splits it, joined by single spaces: every form of each place. */
    private final Map<String, Place> byForm;
    private final int longestForm;

    private Places(Map<String, Place> byForm) {
        this.byForm = byForm;
        this.longestForm = byForm.keySet().stream().mapToInt(form -> form.split(" ").length).max().orElse(1);
    }

    /** The places of the class path, read once. */
    static Places shared() {
        return SHARED;
    }

    private static Places load() {
        Map<String, Place> byForm = new HashMap<>();
        for (String line : NameForms.lines("qa/places.txt")) {
            String[] placeAndRegion = line.split("<", 2);
            String written = placeAndRegion[0].strip();
            boolean capital = written.startsWith("*");
            List<String> forms = NameForms.forms(capital ? written.substring(1) : written);
            Optional<String> region = placeAndRegion.length > 1 ? Optional.of(placeAndRegion[1].strip()) : Optional.empty();
            Place place = new Place(forms.get(0), region, capital);
            for (String form : forms) {
                String key = String.join(" ", words(form));
                byForm.put(key, place);
                if (NameForms.isAdjectiveStem(form)) {
                    NameForms.ADJECTIVE_ENDINGS.forEach(ending -> byForm.put(key + ending, place));
                }
            }
        }
        return new Places(byForm);
    }

    /** The places {@code text} names, by their English names, with the regions they lie in. */
    Set<String> named(String text) {
        Set<String> named = new LinkedHashSet<>();
        for (Found found : found(words(text))) {
            named.add(found.place().name());
            found.place().region().ifPresent(named::add);
        }
        return named;
    }

    /** The places a question asks about: those it names, a capital only where it stands as a place ("in Berlin"). */
    Set<String> askedAbout(String question) {
        String[] words = words(question);
        Set<String> asked = new LinkedHashSet<>();
        for (Found found : found(words)) {
            if (!found.place().capital() || standsAsAPlace(words, found.at())) {
                asked.add(found.place().name());
            }
        }
        return asked;
    }

    private static boolean standsAsAPlace(String[] words, int at) {
        int before = at - 1;
        if (before >= 0 && ARTICLES.contains(words[before])) {
            before--;
        }
        return before >= 0 && BEFORE_A_PLACE.contains(words[before]);
    }

    private record Found(Place place, int at) {
    }

    private List<Found> found(String[] words) {
        List<Found> found = new ArrayList<>();
        for (int at = 0; at < words.length; at++) {
            StringBuilder run = new StringBuilder();
            for (int length = 1; length <= longestForm && at + length <= words.length; length++) {
                run.append(length > 1 ? " " : "").append(words[at + length - 1]);
                Place place = byForm.get(run.toString());
                if (place != null) {
                    found.add(new Found(place, at));
                }
            }
        }
        return found;
    }

    private static String[] words(String text) {
        String folded = BETWEEN_WORDS.matcher(SearchKeys.of(text)).replaceAll(" ").strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
