package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A page that is a single news item without a title line, only paragraphs above the paywall footer: one article,
 * titled by the page (og:title, an e-mail's subject) or else by its first sentence.
 */
final class LoneArticle {

    private LoneArticle() {
    }

    /** The article, or null when the blocks hold no running text; lines before the first prose are site labels. */
    static ParsedArticle of(List<Block> contentBlocks, String pageTitle) {
        List<String> paragraphs = new ArrayList<>();
        String author = null;
        for (Block block : contentBlocks) {
            if (block.kind() == Block.Kind.BYLINE && author == null) {
                author = block.text();
            } else if (block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.BULLET) {
                if (!paragraphs.isEmpty() || IssueStructureParser.isProse(block)) {
                    paragraphs.add(block.text());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        boolean derived = pageTitle == null;
        return new ParsedArticle(null, derived ? DerivedTitle.of(paragraphs.get(0)) : pageTitle, paragraphs.get(0),
                paragraphs.subList(1, paragraphs.size()), List.of(), author, null, derived);
    }
}
