package io.briefbot.format;

import java.util.List;
import java.util.Map;

/**
 * One piece of a reply, rendered by the template fragment {@code fragment} of the platform's {@code template} file.
 *
 * @param labels    short values (titles, names, dates); a renderer shortens them to its label budget
 * @param body      long text or null; a renderer splits it over as many renderings as its budget needs, passing each
 *                  piece as {@code text} (and {@code segments}, with the {@code marked} words) and {@code continued}
 *                  for all but the first
 * @param gapBefore whether a blank line (or a new block) separates it from the part before
 */
public record Part(String template, String fragment, Map<String, String> labels, String body, List<String> marked,
                   boolean gapBefore) {

    public static Part of(String template, String fragment, Map<String, String> labels, boolean gapBefore) {
        return new Part(template, fragment, labels, null, List.of(), gapBefore);
    }

    public static Part body(String template, String fragment, String body, boolean gapBefore) {
        return new Part(template, fragment, Map.of(), body, List.of(), gapBefore);
    }
}
