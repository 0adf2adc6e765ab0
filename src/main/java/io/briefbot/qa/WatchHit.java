package io.briefbot.qa;

import java.util.List;

/**
 * A part of an issue that a chat's watches match: an article, a headline or an editorial paragraph.
 *
 * @param lede       an article's lede; empty otherwise
 * @param paragraphs an article's paragraphs, or the editorial paragraph; empty for a headline (its text is the source's title)
 * @param marked     the words as the part writes them that the watches matched, to be shown in bold
 */
public record WatchHit(Source source, String lede, List<String> paragraphs, List<String> marked) {
}
