package io.briefbot.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists of the forms that name one thing, English and German, one thing a line with its forms separated by " | "
 * ({@code qa/countries.txt}, {@code qa/places.txt}), looked up with a {@link NameIndex}. A form written in lower case is
 * a German adjective's stem and also names with its endings ("polnisch": "polnischen").
 */
final class NameForms {

    /** The endings a German adjective takes after its stem. */
    static final List<String> ADJECTIVE_ENDINGS = List.of("e", "en", "er", "es", "em");

    private NameForms() {
    }

    /** The resource's lines that name something: neither blank nor comments ("#"). */
    static List<String> lines(String resource) {
        try (InputStream in = NameForms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> forms(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).filter(form -> !form.isEmpty()).toList();
    }

    static boolean isAdjectiveStem(String form) {
        return Character.isLowerCase(form.charAt(0));
    }
}
