package io.briefbot.qa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regions and cities a text names, by any of their English or German forms ("Munich", "München", "Münchner"), read
 * from {@code qa/places.txt} (see {@link NameForms}); a place named also names the region it lies in. A capital often
 * stands for its government ("Beijing put gallium on its list"), so a question asks about it as a place only after a
 * word such as "in" or "nach".
 */
final class Places {

    private static final Set<String> BEFORE_A_PLACE = Set.of("in", "im", "at", "near", "around", "from", "to", "into", "outside",
            "inside", "nach", "aus", "bei", "beim", "zu", "zum", "zur", "von", "vom", "um", "ausserhalb", "innerhalb");
    private static final Set<String> ARTICLES = Set.of("the", "der", "dem", "den");
    private static final Places SHARED = load();

    private record Place(String name, Optional<String> region, boolean capital) {
    }

    private final NameIndex<Place> places;

    private Places(NameIndex<Place> places) {
        this.places = places;
    }

    /** The places of the class path, read once. */
    static Places shared() {
        return SHARED;
    }

    private static Places load() {
        NameIndex<Place> places = new NameIndex<>();
        for (String line : NameForms.lines("qa/places.txt")) {
            String[] placeAndRegion = line.split("<", 2);
            String written = placeAndRegion[0].strip();
            boolean capital = written.startsWith("*");
            List<String> forms = NameForms.forms(capital ? written.substring(1) : written);
            Optional<String> region = placeAndRegion.length > 1 ? Optional.of(placeAndRegion[1].strip()) : Optional.empty();
            Place place = new Place(forms.get(0), region, capital);
            forms.forEach(form -> places.add(form, place));
        }
        return new Places(places);
    }

    /** The places {@code text} names, by their English names, with the regions they lie in. */
    Set<String> named(String text) {
        Set<String> named = new LinkedHashSet<>();
        for (NameIndex.Found<Place> found : places.found(NameIndex.words(text))) {
            named.add(found.thing().name());
            found.thing().region().ifPresent(named::add);
        }
        return named;
    }

    /** The places a question asks about: those it names, a capital only where it stands as a place ("in Berlin"). */
    Set<String> askedAbout(String question) {
        String[] words = NameIndex.words(question);
        Set<String> asked = new LinkedHashSet<>();
        for (NameIndex.Found<Place> found : places.found(words)) {
            if (!found.thing().capital() || standsAsAPlace(words, found.at())) {
                asked.add(found.thing().name());
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
}
