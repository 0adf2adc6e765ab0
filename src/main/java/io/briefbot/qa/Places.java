package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions and cities a text names, by any of their English or German forms ("Munich", "München", "Münchner"), read
 * from {@code qa/places.txt} (see {@link NameForms}); a place named also names the region it lies in. A capital often
 * stands for its government ("Beijing put gallium on its list"), so a question asks about it as a place only after a
 * word such as "in" or "nach".
 */
final class Places {

    private static final Places SHARED = load();
    private static final Pattern BEFORE_A_PLACE = Pattern.compile("(?:^|\\s)(?:in|im|at|near|around|from|to|into|outside|inside"
            + "|nach|aus|bei|beim|zu|zum|zur|von|vom|um|ausserhalb|innerhalb)\\s+(?:the\\s+|der\\s+|dem\\s+|den\\s+)?$");

    private record Place(String name, Pattern forms, Optional<String> region, boolean capital) {
    }

    private final List<Place> places;

    private Places(List<Place> places) {
        this.places = places;
    }

    /** The places of the class path, read once. */
    static Places shared() {
        return SHARED;
    }

    private static Places load() {
        return new Places(NameForms.lines("qa/places.txt").stream().map(Places::place).toList());
    }

    private static Place place(String line) {
        String[] placeAndRegion = line.split("<", 2);
        String written = placeAndRegion[0].strip();
        boolean capital = written.startsWith("*");
        List<String> forms = NameForms.forms(capital ? written.substring(1) : written);
        Optional<String> region = placeAndRegion.length > 1 ? Optional.of(placeAndRegion[1].strip()) : Optional.empty();
        return new Place(forms.get(0), NameForms.pattern(forms), region, capital);
    }

    /** The places {@code text} names, by their English names, with the regions they lie in. */
    Set<String> named(String text) {
        String folded = SearchKeys.of(text);
        Set<String> named = new LinkedHashSet<>();
        for (Place place : places) {
            if (place.forms().matcher(folded).find()) {
                named.add(place.name());
                place.region().ifPresent(named::add);
            }
        }
        return named;
    }

    /** The places a question asks about: those it names, a capital only where it stands as a place ("in Berlin"). */
    Set<String> askedAbout(String question) {
        String folded = SearchKeys.of(question);
        Set<String> asked = new LinkedHashSet<>();
        for (Place place : places) {
            Matcher matcher = place.forms().matcher(folded);
            while (matcher.find()) {
                if (!place.capital() || BEFORE_A_PLACE.matcher(folded.substring(0, matcher.start())).find()) {
                    asked.add(place.name());
                    break;
                }
            }
        }
        return asked;
    }
}
