package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes what is not content: everything from the paywall footer on, share widgets, and advertisement,
 * site-label or related-article blocks (from their marker line up to the next break or section label).
 */
final class BoilerplateFilter {

    /** A line containing one of these starts the paywall footer; nothing after it is content. */
    private static final List<String> FOOTER_MARKERS = List.of("continue reading now", "jetzt weiterlesen",
            "professional briefing", "log in now", "einloggen", "already a guest at", "bereits gast am",
            "bereits gast beim", "start your free trial", "jetzt kostenlos testen");
    private static final int MAX_FOOTER_LINE = 250;
    private static final Set<String> WIDGETS_AND_LABELS = Set.of("share", "teilen", "share on twitter",
            "share on x", "share on linkedin", "share on facebook", "share via e-mail", "share via email",
            "auf twitter teilen", "auf linkedin teilen", "auf facebook teilen", "per e-mail teilen", "copy link",
            "link kopieren", "link copied", "link kopiert", "drucken", "print", "tweet", "e-mail", "email",
            "read more", "continue reading", "weiterlesen", "mehr lesen", "bookmark", "merken", "save article",
            "artikel merken", "back to top", "nach oben", "to the top");
    private static final Set<String> BLOCK_MARKERS = Set.of("anzeige", "advertisement", "sponsored",
            "sponsored content", "werbung", "focus topics", "schwerpunkte", "schwerpunktthemen", "top topics",
            "top-themen", "related articles", "read also", "read more on",
            "more on this topic", "lesen sie auch", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren");

    private BoilerplateFilter() {
    }

    static List<Block> filter(List<Block> blocks) {
        List<Block> content = new ArrayList<>(blocks.size());
        boolean insideMarkedBlock = false;
        for (Block block : blocks) {
            if (isFooter(block)) {
                break;
            }
            if (insideMarkedBlock) {
                if (block.kind() != Block.Kind.BREAK && !IssueStructureParser.isKnownSection(block.text())) {
                    continue;
                }
                insideMarkedBlock = false;
            }
            String key = key(block);
            if (BLOCK_MARKERS.contains(key)) {
                insideMarkedBlock = true;
            } else if (!WIDGETS_AND_LABELS.contains(key)) {
                content.add(block);
            }
        }
        return content;
    }

    private static boolean isFooter(Block block) {
        if (block.text().length() > MAX_FOOTER_LINE || block.kind() == Block.Kind.BREAK) {
            return false;
        }
        String lower = block.text().toLowerCase(Locale.ROOT);
        for (String marker : FOOTER_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased text without surrounding symbols, so "Share ↗" and "— ANZEIGE —" match their markers. */
    private static String key(Block block) {
        String text = block.text();
        if (text.length() > 60) {
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
}
