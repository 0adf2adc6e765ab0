package io.briefbot.qa;

/**
 * How a watch would have fared over some days of the archive.
 *
 * @param parts  the articles, headlines and editorial paragraphs it matches
 * @param issues the issues with at least one of them: how often it would have fired
 */
public record WatchHistory(long parts, long issues) {
}
