package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries a text names, by any of their English or German forms ("Poland", "Polen", "Polish", "polnischen"). Read
 * from {@code qa/countries.txt}: one country a line, its forms separated by " | "; a form written in lower case is a
 * German adjective's stem and also matches with its endings.
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
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream("qa/countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("qa/countries.txt is missing from the class path");
            }
            List<Country> countries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    countries.add(country(line));
                }
            }
            return new Countries(countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Country country(String line) {
        List<String> forms = Arrays.stream(line.split("\\|")).map(String::strip).filter(form -> !form.isEmpty()).toList();
        String alternatives = forms.stream()
                .map(form -> Pattern.quote(SearchKeys.of(form)) + (Character.isLowerCase(form.charAt(0)) ? "(?:e|en|er|es|em)?" : ""))
                .collect(Collectors.joining("|"));
        return new Country(forms.get(0), forms, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
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
