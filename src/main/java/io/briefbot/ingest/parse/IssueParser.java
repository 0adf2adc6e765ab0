package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import io.briefbot.ingest.parse.IssueStructureParser.Structure;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses one briefing issue from plain text, HTML or a whole e-mail into a {@link ParsedIssue}.
 * Stateless and thread-safe: share one instance.
 *
 * <p>Acceptance rule, in this order:
 * <ol>
 * <li>Evidence of a known briefing (its header, its paywall footer, a publication named in the text or the sender)
 * plus any content (a headline, an editorial, an article, even one cut short before its lede) is an issue. A page
 * that is only paragraphs above the paywall footer is one article, titled by the page or by its first sentence.</li>
 * <li>An input that says where it comes from (an e-mail sender, mailing-list headers, a page's site name, or the
 * publication given by the caller) is read as a newsletter of another shape ({@link NewsletterStructureParser}):
 * an issue when it has one article with text, or two when the only evidence is a sender's name.</li>
 * <li>Otherwise an issue needs an article with a title and a lede that shows briefing structure (a section label,
 * tags or a byline, or headlines or an editorial around it), or two headlines plus an editorial.</li>
 * </ol>
 * Anything else is {@code NOT_AN_ISSUE}.
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
        return parse(raw, contentType, null);
    }

    /** {@code publication} is the one the caller names (e.g. {@code ?publication=}): evidence of a newsletter. */
    public ParsedIssue parse(byte[] raw, String contentType, String publication) throws IssueRejectedException {
        if (raw == null || raw.length == 0) {
            throw new IssueRejectedException(Reason.EMPTY, "the input is empty");
        }
        if (raw.length > MAX_BYTES) {
            throw new IssueRejectedException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "the input is %.1f MiB, over the %d MiB limit", raw.length / BYTES_PER_MIB,
                    MAX_BYTES / (1024 * 1024)));
        }
        try {
            return parseWithinLimits(raw, contentType, publication == null || publication.isBlank() ? null : publication.strip());
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

    private static ParsedIssue parseWithinLimits(byte[] raw, String contentType, String namedPublication) {
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
        String recognized = PublicationRecognizer.recognize(blocks, input.publicationHint());
        LocalDate date = input.date() != null ? input.date() : TextDates.editionDate(blocks);
        BoilerplateFilter.Filtered content = BoilerplateFilter.filter(blocks);
        Structure structure = IssueStructureParser.parse(content.blocks());
        String publication = namedPublication != null ? namedPublication : recognized;

        if (recognized != null || content.paywallFooter()) {
            Structure known = structure.hasContent() || !content.paywallFooter() ? structure
                    : loneArticle(content.blocks(), input, recognized);
            if (known.hasContent()) {
                return issue(publication, date, input, known);
            }
        }
        ForwardedMessage.Quoted forwarded = ForwardedMessage.quotedIn(blocks);
        Origin origin = originOf(input, forwarded);
        if (namedPublication != null || origin.isKnown()) {
            ParsedIssue newsletter = newsletter(content.blocks(), forwarded != null && forwarded.subject() != null
                    ? forwarded.subject() : input.pageTitle(), origin, namedPublication, date);
            if (newsletter != null) {
                return newsletter;
            }
        }
        boolean namedOutside = namedPublication != null || origin.newsletter();
        if (isStructuredIssue(structure, recognized) || namedOutside && structure.hasContent()) {
            return issue(publication != null ? publication : origin.name(), date, input, structure);
        }
        throw new IssueRejectedException(Reason.NOT_AN_ISSUE, origin.isKnown() || namedPublication != null
                ? "no headlines, articles or editorial were found: this does not look like a briefing issue or a newsletter"
                : "no headlines and no articles were found: this does not look like a briefing issue");
    }

    /** Forwarded inline, the quoted sender is the newsletter; the e-mail's own sender is only the colleague. */
    private static Origin originOf(DecodedInput input, ForwardedMessage.Quoted forwarded) {
        Origin origin = input.origin();
        return forwarded == null || forwarded.sender() == null ? origin : new Origin(forwarded.sender(), origin.newsletter());
    }

    /** A newsletter of another shape: one article with text is enough, or two when only a sender's name says so. */
    private static ParsedIssue newsletter(List<Block> content, String pageTitle, Origin origin, String namedPublication,
                                          LocalDate date) {
        Structure newsletter = NewsletterStructureParser.parse(content, pageTitle, origin.name());
        boolean strongEvidence = namedPublication != null || origin.newsletter();
        long withText = newsletter.articles().stream().filter(a -> a.lede() != null).count();
        if (withText < (strongEvidence ? 1 : 2)) {
            return null;
        }
        return new ParsedIssue(namedPublication != null ? namedPublication : origin.name(), date, newsletter.title(),
                newsletter.headlines(), newsletter.editorial(), newsletter.articles());
    }

    private static ParsedIssue issue(String publication, LocalDate date, DecodedInput input, Structure structure) {
        return new ParsedIssue(publication, date, structure.title() != null ? structure.title() : input.title(),
                structure.headlines(), structure.editorial(), withCanonicalUrl(structure.articles(), input.url()));
    }

    /** The page title names the article unless it only names the publication or the site. */
    private static Structure loneArticle(List<Block> content, DecodedInput input, String publication) {
        String pageTitle = input.pageTitle();
        boolean namesArticle = pageTitle != null && !pageTitle.equalsIgnoreCase(publication)
                && !pageTitle.equalsIgnoreCase(input.publicationHint());
        ParsedArticle article = LoneArticle.of(content, namesArticle ? pageTitle : null);
        return new Structure(null, List.of(), null, article == null ? List.of() : List.of(article));
    }

    private static boolean isStructuredIssue(Structure structure, String publication) {
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
                canonicalUrl, a.titleDerived()));
    }
}
