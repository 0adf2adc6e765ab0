package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries a text names, by any of their English or German forms ("Poland", "Polen", "Polish", "polnischen"), read
 * from {@code qa/countries.txt} (see {@link NameForms}).
 */
final class Countries {

    private static final Countries SHARED = load();

    private record Country(String name, List<String> written, Pattern forms) {
    }

    private final List<Country> countries;

    private Countries(List<Country> countries) {
        this.countries = countries;
    }

    /** The countries of the class path, read once. */
    static Countries shared() {
        return SHARED;
    }

    private static Countries load() {
        return new Countries(NameForms.lines("qa/countries.txt").stream().map(Countries::country).toList());
    }

    private static Country country(String line) {
        List<String> forms = NameForms.forms(line);
        return new Country(forms.get(0), forms, NameForms.pattern(forms));
    }

    /** Every form of the country a word names ("Peruvian": "Peru", "peruanisch", …); empty for another word. */
    List<String> formsOf(String word) {
        String folded = SearchKeys.of(word);
        return countries.stream().filter(country -> country.forms().matcher(folded).matches()).findFirst()
                .map(Country::written).orElse(List.of());
    }

    /** The countries {@code text} names, by their English names. */
    Set<String> named(String text) {
        String folded = SearchKeys.of(text);
        return countries.stream().filter(country -> country.forms().matcher(folded).find()).map(Country::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
