package io.briefbot.qa;

import java.util.List;

/**
 * One thing a question asks about: a word or phrase as typed, with its translations. A unit covers the concept when it
 * contains any of its forms, and half covers it when it contains only one of its loose forms: the translation of a
 * known word a German compound ends or starts with ("Steuer" of "Grundsteuer": some tax, not the one asked about).
 *
 * @param named whether it was written as a name (a capital not at the start of the question, an acronym): a name
 *              the archive has never seen means the archive cannot answer; an unknown plain word may be phrasing
 */
record Concept(String typed, List<String> forms, List<String> looseForms, boolean named) {

    boolean translated() {
        return forms.size() > 1 || !looseForms.isEmpty();
    }
}
