package io.briefbot.qa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries a text names, by any of their English or German forms ("Poland", "Polen", "Polish", "polnischen"), read
 * from {@code qa/countries.txt} (see {@link NameForms}), and the capitals that stand for them.
 */
final class Countries {

    private static final Countries SHARED = load();

    /** @param seats the capital and seats of government that stand for it ("Moskau", "Kreml") */
    private record Country(String name, List<String> written, List<String> seats) {
    }

    private final NameIndex<Country> countries;

    private Countries(NameIndex<Country> countries) {
        this.countries = countries;
    }

    /** The countries of the class path, read once. */
    static Countries shared() {
        return SHARED;
    }

    private static Countries load() {
        NameIndex<Country> countries = new NameIndex<>();
        for (String line : NameForms.lines("qa/countries.txt")) {
            String[] formsAndSeats = line.split(" @ ", 2);
            List<String> forms = NameForms.forms(formsAndSeats[0]);
            Country country = new Country(forms.get(0), forms, formsAndSeats.length > 1 ? NameForms.forms(formsAndSeats[1]) : List.of());
            forms.forEach(form -> countries.add(form, country));
        }
        return new Countries(countries);
    }

    /** Every form of the country a word names ("Peruvian": "Peru", "peruanisch", …); empty for another word. */
    List<String> formsOf(String word) {
        return countries.namedBy(word).stream().findFirst().map(Country::written).orElse(List.of());
    }

    /** The capital and seats of government that stand for the country a word names ("Russia": "Moskau", "Kreml"). */
    List<String> seatsOf(String word) {
        return countries.namedBy(word).stream().findFirst().map(Country::seats).orElse(List.of());
    }

    /** The countries {@code text} names, by their English names. */
    Set<String> named(String text) {
        Set<String> named = new LinkedHashSet<>();
        countries.found(NameIndex.words(text)).forEach(found -> named.add(found.thing().name()));
        return named;
    }
}
