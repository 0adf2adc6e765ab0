package io.briefbot.qa;

import java.util.List;

/**
 * One thing a question asks about: a word or phrase as typed, with its translations. An article covers the concept
 * when it contains any of its forms.
 */
record Concept(String typed, List<String> forms) {
}
