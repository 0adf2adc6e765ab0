package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes what is not content: everything from the paywall footer or a newsletter's unsubscribe footer on, share
 * and subscribe widgets, "view in browser" lines, sponsor credits, datelines, a forwarded e-mail's quoted headers and
 * the forwarder's note above them, and advertisement, sponsor, site-label or related-article blocks (from their marker
 * line up to the next break after them, or the next section label).
 */
final class BoilerplateFilter {

    /** What is left, and whether the input ended in a briefing's paywall footer. */
    record Filtered(List<Block> blocks, boolean paywallFooter) {
    }

    /** A line containing one of these starts the paywall footer; nothing after it is content. */
    private static final List<String> FOOTER_MARKERS = List.of("continue reading now", "jetzt weiterlesen",
            "professional briefing", "log in now", "einloggen", "already a guest at", "bereits gast am",
            "bereits gast beim", "start your free trial", "jetzt kostenlos testen");
    /** A line containing one of these starts a newsletter's footer once content has been read; before, it is dropped. */
    private static final List<String> NEWSLETTER_FOOTER_MARKERS = List.of("you received this", "you are receiving this",
            "you're receiving this", "this email was sent to", "this e-mail was sent to", "sie erhalten diesen newsletter",
            "sie erhalten diese e-mail", "diese e-mail wurde an", "manage your preferences", "update your preferences",
            "manage your subscription", "newsletter-einstellungen", "copyright ©", "© 20");
    private static final List<String> UNSUBSCRIBE_WORDS = List.of("unsubscribe", "abbestellen", "abmelden");
    private static final int MAX_FOOTER_LINE = 250;
    private static final int MAX_KEY_LENGTH = 60;
    private static final int MAX_WIDGET_LINE = 160;
    /** A block this long means the newsletter's content has begun, so a footer marker ends it. */
    private static final int CONTENT_LENGTH = 40;
    private static final Set<String> WIDGETS_AND_LABELS = Set.of("share", "teilen", "share on twitter",
            "share on x", "share on linkedin", "share on facebook", "share via e-mail", "share via email",
            "auf twitter teilen", "auf linkedin teilen", "auf facebook teilen", "per e-mail teilen", "copy link",
            "link kopieren", "link copied", "link kopiert", "drucken", "print", "tweet", "e-mail", "email",
            "read more", "continue reading", "weiterlesen", "mehr lesen", "bookmark", "merken", "save article",
            "artikel merken", "back to top", "nach oben", "to the top", "facebook", "twitter", "linkedin", "xing",
            "whatsapp", "instagram", "bluesky", "mastodon", "subscribe", "like", "comment", "comments", "restack",
            "forward", "weiterleiten", "abonnieren", "webversion", "web version", "start writing", "x", "learn more",
            "find out more", "mehr erfahren");
    /** A short line starting with one of these is a widget of a newsletter e-mail or page. */
    private static final List<String> WIDGET_PHRASES = List.of("view this email", "view this e-mail",
            "view in browser", "view in your browser", "view it in your browser", "view online", "read online",
            "read in browser", "read in app", "open in app", "get the app", "having trouble viewing", "im browser",
            "online lesen", "forwarded this email", "was this email forwarded", "was this forwarded",
            "wurde ihnen dieser newsletter", "share this", "subscribe now", "subscribe here", "subscribe to",
            "sign up here", "sign up for", "upgrade to paid", "leave a comment", "give a gift", "follow us",
            "folgen sie uns", "newsletter abonnieren", "jetzt abonnieren", "forward to a friend", "tell a friend",
            "thanks for reading", "danke fürs lesen");
    private static final Set<String> BLOCK_MARKERS = Set.of("anzeige", "advertisement", "sponsored",
            "sponsored content", "werbung", "focus topics", "schwerpunkte", "schwerpunktthemen", "top topics",
            "top-themen", "related articles", "read also", "read more on",
            "more on this topic", "lesen sie auch", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren",
            "partner content", "paid content", "paid post", "a message from", "eine nachricht von");
    /** "Presented by" alone, above the sponsor's logo or name: the name on the next line is dropped too. */
    private static final Set<String> SPONSOR_LOGO_MARKERS = Set.of("presented by", "sponsored by", "präsentiert von",
            "powered by");
    /** "A message from Acme:" opens a sponsor block; "Presented by Acme" is a credit line of its own. */
    private static final List<String> SPONSOR_BLOCK_PHRASES = List.of("a message from ", "eine nachricht von ",
            "anzeige ", "advertisement ");
    private static final List<String> SPONSOR_CREDIT_PHRASES = List.of("presented by ", "sponsored by ",
            "brought to you by ", "in partnership with ", "präsentiert von ", "in kooperation mit ");

    private BoilerplateFilter() {
    }

    static Filtered filter(List<Block> blocks) {
        List<Block> content = new ArrayList<>(blocks.size());
        boolean insideMarkedBlock = false;
        boolean skippedInBlock = false;
        boolean insideForwardHeaders = false;
        boolean sponsorNameMayFollow = false;
        boolean contentSeen = false;
        for (Block block : blocks) {
            if (isFooter(block)) {
                return new Filtered(content, true);
            }
            if (insideMarkedBlock) {
                boolean ends = block.kind() == Block.Kind.BREAK ? skippedInBlock
                        : IssueStructureParser.isKnownSection(block.text());
                if (!ends) {
                    skippedInBlock |= block.kind() != Block.Kind.BREAK;
                    continue;
                }
                insideMarkedBlock = false;
            }
            if (sponsorNameMayFollow) {
                sponsorNameMayFollow = false;
                if (isSponsorName(block)) {
                    continue;
                }
            }
            if (insideForwardHeaders) {
                if (ForwardedMessage.isQuotedHeader(block.text())) {
                    continue;
                }
                insideForwardHeaders = false;
            }
            String key = key(block);
            String line = widgetLine(block);
            if (isNewsletterFooter(block, key)) {
                if (contentSeen) {
                    return new Filtered(content, false);
                }
            } else if (SPONSOR_LOGO_MARKERS.contains(key)) {
                sponsorNameMayFollow = true;
            } else if (BLOCK_MARKERS.contains(key) || startsWithAny(line, SPONSOR_BLOCK_PHRASES)) {
                insideMarkedBlock = true;
                skippedInBlock = false;
            } else if (block.kind() != Block.Kind.BREAK && ForwardedMessage.isMarker(block.text())) {
                // what the forwarder wrote above the forwarded message is not part of it
                content.clear();
                contentSeen = false;
                insideForwardHeaders = true;
            } else if (!isWidget(block, key) && !startsWithAny(line, WIDGET_PHRASES)
                    && !startsWithAny(line, SPONSOR_CREDIT_PHRASES) && !TextDates.isPublicationLine(block.text())) {
                content.add(block);
                contentSeen |= block.kind() != Block.Kind.BREAK && block.text().length() >= CONTENT_LENGTH;
            }
        }
        return new Filtered(content, false);
    }

    /** A heading is structure even when it reads like a button ("Comment" as a section of a climate newsletter). */
    private static boolean isWidget(Block block, String key) {
        return block.kind() != Block.Kind.HEADING && WIDGETS_AND_LABELS.contains(key);
    }

    private static boolean isSponsorName(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH && block.text().length() <= MAX_KEY_LENGTH
                && !IssueStructureParser.isProse(block);
    }

    private static boolean isFooter(Block block) {
        return block.kind() != Block.Kind.BREAK && containsAny(block.text(), FOOTER_MARKERS);
    }

    private static boolean isNewsletterFooter(Block block, String key) {
        if (block.kind() == Block.Kind.BREAK) {
            return false;
        }
        return containsAny(block.text(), NEWSLETTER_FOOTER_MARKERS)
                || !key.isEmpty() && UNSUBSCRIBE_WORDS.stream().anyMatch(key::contains);
    }

    private static boolean containsAny(String text, List<String> markers) {
        if (text.length() > MAX_FOOTER_LINE) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String line, List<String> phrases) {
        if (line.isEmpty()) {
            return false;
        }
        for (String phrase : phrases) {
            if (line.startsWith(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased text without surrounding symbols, so "Share ↗" and "— ANZEIGE —" match their markers. */
    private static String key(Block block) {
        String text = block.text();
        if (text.length() > MAX_KEY_LENGTH) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** A short line lower-cased from its first letter, for phrase prefixes; empty for long lines. */
    private static String widgetLine(Block block) {
        String text = block.text();
        if (text.length() > MAX_WIDGET_LINE) {
            return "";
        }
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        return text.substring(start).toLowerCase(Locale.ROOT) + " ";
    }
}
