package io.briefbot.qa;

import java.util.List;

/**
 * One thing a question asks about: a word or phrase as typed, with its translations. An article covers the concept
 * when it contains any of its forms.
 *
 * @param named whether it was written as a name (a capital not at the start of the question, an acronym): a name
 *              the archive has never seen means the archive cannot answer; an unknown plain word may be phrasing
 */
record Concept(String typed, List<String> forms, boolean named) {
}
