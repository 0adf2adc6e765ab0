package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans every block's text and recognises bullets, image captions and bylines, whatever the input format. */
final class BlockClassifier {

    private static final String BULLET_MARKS = "-•*–·▪◦●‣";
    private static final int MAX_SHORT_LINE = 300;
    /** First letters of every caption and byline prefix, to skip the patterns for most lines. */
    private static final String CAPTION_AND_BYLINE_INITIALS = "IPBFCVATGMK";
    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?:(?:Image of|Picture of|Photo of|Bild von|Foto von)\\s"
                    + "|(?:Photo|Foto|Bild|Image|Picture|Credit|Fotocredit|Chart|Grafik|Map|Karte|Illustration)\\s?:)");
    private static final Pattern CAPTION_CREDIT_END = Pattern.compile("(?:Foto|Photo|Bild|Image|Credit)\\s?:\\s?[^.!?:]{1,80}$");
    private static final Pattern CAPTION_NAME = Pattern.compile(
            "^(?:Image of|Picture of|Photo of|Bild von|Foto von)\\s+(.{2,60})$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|Von|Author:|Autor:|Autorin:|Text:)\\s+(.{2,80})$");
    /** Two to five capitalised words, allowing name particles; bounded so it cannot backtrack badly. */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s(?:(?:von|van|de|der|den|du|da|di|la|le|zu|al|bin|und|and|&)\\s){0,2}"
                    + "\\p{Lu}[\\p{L}'’.-]{0,30}){0,4}$");
    private static final int MAX_NAME_LENGTH = 80;

    private BlockClassifier() {
    }

    static List<Block> classify(List<Block> raw) {
        List<Block> out = new ArrayList<>(raw.size());
        for (Block block : raw) {
            Block classified = classify(block);
            boolean redundantBreak = classified == Block.BREAK
                    && (out.isEmpty() || out.get(out.size() - 1) == Block.BREAK);
            if (!redundantBreak) {
                out.add(classified);
            }
        }
        return out;
    }

    private static Block classify(Block block) {
        if (block.kind() == Block.Kind.BREAK) {
            return block;
        }
        String text = TextCleaner.clean(block.text());
        Block.Kind kind = block.kind();
        if (text.length() >= 2 && BULLET_MARKS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' '
                && (kind == Block.Kind.PARAGRAPH || kind == Block.Kind.BULLET)) {
            text = text.substring(2);
            kind = Block.Kind.BULLET;
        }
        if (text.isEmpty()) {
            return Block.BREAK;
        }
        if (kind == Block.Kind.PARAGRAPH && text.length() <= MAX_SHORT_LINE) {
            if (isCaption(text)) {
                kind = Block.Kind.CAPTION;
            } else if (CAPTION_AND_BYLINE_INITIALS.indexOf(text.charAt(0)) >= 0) {
                Matcher byline = BYLINE.matcher(text);
                if (byline.matches() && isName(byline.group(1))) {
                    return block.withKindAndText(Block.Kind.BYLINE, byline.group(1));
                }
            }
        }
        return new Block(kind, text, block.href(), boldLead(block, text));
    }

    /** The cleaned bold lead, kept only when the cleaned text still starts with it. */
    private static String boldLead(Block block, String cleanedText) {
        if (block.boldLead() == null) {
            return null;
        }
        String lead = TextCleaner.clean(block.boldLead());
        return !lead.isEmpty() && cleanedText.startsWith(lead) ? lead : null;
    }

    private static boolean isCaption(String text) {
        return CAPTION_AND_BYLINE_INITIALS.indexOf(text.charAt(0)) >= 0 && CAPTION_START.matcher(text).lookingAt()
                || text.indexOf(':') >= 0 && CAPTION_CREDIT_END.matcher(text).find();
    }

    /** A person's name as written in signatures and bylines: "Anna Weber", "Finn Mayer-Kuckuk", "Ursula von der Lahn". */
    static boolean isName(String text) {
        return text.length() <= MAX_NAME_LENGTH && NAME.matcher(text).matches();
    }

    /** The name in a caption such as "Image of Anna Weber", or null. */
    static String nameInCaption(String caption) {
        Matcher m = CAPTION_NAME.matcher(caption);
        return m.matches() && isName(m.group(1)) ? m.group(1) : null;
    }
}
