package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses one briefing issue from plain text, HTML or a whole e-mail into a {@link ParsedIssue}.
 * Stateless and thread-safe: share one instance.
 *
 * <p>Acceptance rule: an input is an issue when it has at least one article with a title and a lede that shows
 * briefing structure (a section label, tags or a byline, or an issue with headlines, an editorial or a recognised
 * publication), or when it has at least two headlines plus an editorial; anything else is {@code NOT_AN_ISSUE}.
 */
public final class IssueParser {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern MAIL_HEADER = Pattern.compile(
            "^(?:From|To|Cc|Date|Subject|MIME-Version|Content-Type|Content-Transfer-Encoding|Received|Return-Path"
                    + "|Message-ID|Delivered-To|Reply-To|Sender|X-[A-Za-z0-9-]{1,60}):",
            Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 2048;
    private static final int MIN_SNIFFED_MAIL_HEADERS = 2;
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    public ParsedIssue parse(byte[] raw, String contentType) throws IssueRejectedException {
        if (raw == null || raw.length == 0) {
            throw new IssueRejectedException(Reason.EMPTY, "the input is empty");
        }
        if (raw.length > MAX_BYTES) {
            throw new IssueRejectedException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "the input is %.1f MiB, over the %d MiB limit", raw.length / BYTES_PER_MIB,
                    MAX_BYTES / (1024 * 1024)));
        }
        try {
            return parseWithinLimits(raw, contentType);
        } catch (IssueRejectedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // The MIME and HTML libraries are lenient but not total; whatever they throw means "unreadable input".
            throw new IssueRejectedException(Reason.MALFORMED,
                    "the input could not be decoded (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The declared content type wins; without one, mail headers at the top mean EML and a leading '<' means HTML. */
    public static Format sniff(byte[] raw, String contentType) {
        Format declared = declaredFormat(contentType);
        if (declared != null) {
            return declared;
        }
        if (raw == null) {
            return Format.TEXT;
        }
        int start = 0;
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < raw.length && Character.isWhitespace(raw[start])) {
            start++;
        }
        if (start < raw.length && raw[start] == '<') {
            return Format.HTML;
        }
        String head = new String(raw, start, Math.min(raw.length - start, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return looksLikeMailHeaders(head) ? Format.EML : Format.TEXT;
    }

    private static Format declaredFormat(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String mime = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return switch (mime) {
            case "text/plain" -> Format.TEXT;
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "message/rfc822" -> Format.EML;
            default -> null;
        };
    }

    private static boolean looksLikeMailHeaders(String head) {
        String[] lines = head.split("\r?\n", -1);
        int first = lines.length > 0 && lines[0].startsWith("From ") ? 1 : 0;
        int headers = 0;
        for (int i = first; i < lines.length && !lines[i].isEmpty(); i++) {
            if (MAIL_HEADER.matcher(lines[i]).find()) {
                headers++;
            } else if (i == first) {
                return false;
            }
        }
        return headers >= MIN_SNIFFED_MAIL_HEADERS;
    }

    private static ParsedIssue parseWithinLimits(byte[] raw, String contentType) {
        Charset declaredCharset = ByteText.charsetOfContentType(contentType);
        DecodedInput input = switch (sniff(raw, contentType)) {
            case TEXT -> TextDecoder.decode(raw, declaredCharset);
            case HTML -> HtmlDecoder.decode(raw, declaredCharset);
            case EML -> MailDecoder.decode(raw);
        };
        List<Block> blocks = BlockClassifier.classify(input.blocks());
        if (blocks.stream().allMatch(block -> block.kind() == Block.Kind.BREAK)) {
            throw new IssueRejectedException(Reason.EMPTY, "the input contains no text, only whitespace or markup");
        }
        String publication = PublicationRecognizer.recognize(blocks, input.publicationHint());
        IssueStructureParser.Structure structure = IssueStructureParser.parse(BoilerplateFilter.filter(blocks));
        if (!isIssue(structure, publication)) {
            throw new IssueRejectedException(Reason.NOT_AN_ISSUE,
                    "no headlines and no articles were found: this does not look like a briefing issue");
        }
        return new ParsedIssue(publication, input.date(),
                structure.title() != null ? structure.title() : input.title(),
                structure.headlines(), structure.editorial(), withCanonicalUrl(structure.articles(), input.url()));
    }

    private static boolean isIssue(IssueStructureParser.Structure structure, String publication) {
        boolean issueContext = !structure.headlines().isEmpty() || structure.editorial() != null || publication != null;
        for (ParsedArticle article : structure.articles()) {
            boolean structured = issueContext || article.section() != null || !article.tags().isEmpty()
                    || article.author() != null;
            if (article.lede() != null && structured) {
                return true;
            }
        }
        return structure.headlines().size() >= 2 && structure.editorial() != null;
    }

    /** A page's canonical URL belongs to its article only when the page holds exactly one. */
    private static List<ParsedArticle> withCanonicalUrl(List<ParsedArticle> articles, String canonicalUrl) {
        if (canonicalUrl == null || articles.size() != 1 || articles.get(0).url() != null) {
            return articles;
        }
        ParsedArticle a = articles.get(0);
        return List.of(new ParsedArticle(a.section(), a.title(), a.lede(), a.paragraphs(), a.tags(), a.author(),
                canonicalUrl));
    }
}
