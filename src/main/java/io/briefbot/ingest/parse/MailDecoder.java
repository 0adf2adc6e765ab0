package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Properties;
import java.util.regex.Pattern;

/** Whole e-mails: picks the best body part (HTML over plain text) and reads Date, Subject and From. */
final class MailDecoder {

    private static final Session SESSION = Session.getInstance(lenientProperties());
    private static final int MAX_PART_DEPTH = 12;
    private static final int MAX_PARTS = 64;
    /** The MIME library spends tens of microseconds per part, so thousands of parts would blow the time budget. */
    private static final int MAX_BOUNDARY_LINES = 500;
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^(?:(?:fwd?|re|wg|aw|tr)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLICATION_PREFIX = Pattern.compile("^\\p{L}{2,30}\\.Table\\s*[:|–-]\\s*");

    private MailDecoder() {
    }

    static DecodedInput decode(byte[] raw) {
        ByteText.rejectNulBytes(raw);
        if (boundaryLikeLines(raw) > MAX_BOUNDARY_LINES) {
            throw new IssueRejectedException(Reason.MALFORMED, "the e-mail has more than " + MAX_BOUNDARY_LINES
                    + " MIME boundary lines: that is not a newsletter");
        }
        MimeMessage message;
        BodyPart best;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            best = new PartWalker().bestPart(message, 0, null, message);
        } catch (MessagingException e) {
            throw malformed();
        }
        if (best == null) {
            throw malformed();
        }
        DecodedInput body = best.html
                ? HtmlDecoder.decode(best.bytes, best.charset)
                : TextDecoder.decode(best.bytes, best.charset);
        // A newsletter forwarded as an attached message: its own headers say who sent it and when.
        Headers headers = new Headers(best.message, message);
        LocalDate headerDate = MetadataDates.fromMailHeader(headers.get("Date"));
        String subject = subject(headers.get("Subject"));
        String sender = senderName(best.message, message);
        return new DecodedInput(body.blocks(),
                headerDate != null ? headerDate : body.date(),
                body.title() != null ? body.title() : subject,
                body.publicationHint() != null ? body.publicationHint() : sender,
                body.url(),
                subject != null ? subject : body.pageTitle(),
                origin(headers, sender, body.origin()));
    }

    /**
     * The mailing list's name (List-Id), else the sender's display name, else the body's site name; a newsletter
     * when it has mailing-list headers or a site name.
     */
    private static Origin origin(Headers headers, String sender, Origin body) {
        String listId = headers.get("List-Id");
        boolean listed = listId != null || headers.get("List-Unsubscribe") != null;
        String listName = listName(listId);
        String name = listName != null ? listName : sender != null ? sender : body.name();
        return new Origin(name, listed || body.newsletter());
    }

    /** The display phrase of a List-Id such as {@code Morning Notes <notes.example.org>}, or null. */
    private static String listName(String listId) {
        if (listId == null) {
            return null;
        }
        String decoded = decoded(listId);
        int bracket = decoded.indexOf('<');
        if (bracket <= 0) {
            return null;
        }
        String phrase = TextCleaner.clean(decoded.substring(0, bracket).replace("\"", ""));
        return phrase.isEmpty() ? null : phrase;
    }

    /** A header of the message holding the body, else of the outer message. */
    private record Headers(Part inner, MimeMessage outer) {
        String get(String name) {
            String value = header(inner, name);
            return value != null || inner == outer ? value : header(outer, name);
        }
    }

    /** Lines starting with "--", an upper bound on the number of MIME parts. */
    private static int boundaryLikeLines(byte[] raw) {
        int count = 0;
        for (int i = 0; i + 2 < raw.length; i++) {
            if ((i == 0 || raw[i - 1] == '\n') && raw[i] == '-' && raw[i + 1] == '-') {
                count++;
            }
        }
        return count;
    }

    private static IssueRejectedException malformed() {
        return new IssueRejectedException(Reason.MALFORMED,
                "the e-mail is malformed or truncated: it has no readable text/html or text/plain part");
    }

    /** The chosen body part and the message it belongs to (an attached message when the mail was forwarded). */
    private record BodyPart(byte[] bytes, Charset charset, boolean html, Part message) {
    }

    /** One walk over a message's parts, with a budget so hostile nesting or thousands of parts stay cheap. */
    private static final class PartWalker {
        private int visitedParts;

        /**
         * Walks nested multiparts and attached messages; HTML beats plain text, and among parts of the same kind the
         * longest wins, so a forwarded newsletter beats the forwarder's short note.
         */
        BodyPart bestPart(Part part, int depth, BodyPart bestSoFar, Part message) throws MessagingException {
            if (depth > MAX_PART_DEPTH || ++visitedParts > MAX_PARTS) {
                return bestSoFar;
            }
            if (part.isMimeType("multipart/*")) {
                BodyPart best = bestSoFar;
                if (content(part) instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount() && visitedParts < MAX_PARTS; i++) {
                        best = bestPart(multipart.getBodyPart(i), depth + 1, best, message);
                    }
                }
                return best;
            }
            if (part.isMimeType("message/rfc822")) {
                return content(part) instanceof Part nested ? bestPart(nested, depth + 1, bestSoFar, nested) : bestSoFar;
            }
            boolean html = part.isMimeType("text/html");
            if (!html && !part.isMimeType("text/plain") || bestSoFar != null && bestSoFar.html && !html) {
                return bestSoFar;
            }
            byte[] bytes = bytes(part);
            if (bytes == null || bytes.length == 0) {
                return bestSoFar;
            }
            BodyPart candidate = new BodyPart(bytes, charset(part), html, message);
            boolean better = bestSoFar == null || html && !bestSoFar.html || bytes.length > bestSoFar.bytes.length;
            return better ? candidate : bestSoFar;
        }
    }

    private static Object content(Part part) {
        try {
            return part.getContent();
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? null : ByteText.charsetNamed(MimeUtility.javaCharset(name));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(String header) {
        if (header == null) {
            return null;
        }
        String cleaned = TextCleaner.clean(decoded(header));
        cleaned = REPLY_PREFIX.matcher(cleaned).replaceFirst("");
        cleaned = PUBLICATION_PREFIX.matcher(cleaned).replaceFirst("");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** An unfolded header value with its RFC 2047 encoded words decoded, as far as they decode. */
    private static String decoded(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return header;
        }
    }

    /** The display name of the sender of the message holding the body, else of the outer message. */
    private static String senderName(Part inner, MimeMessage outer) {
        String name = inner instanceof Message message && inner != outer ? senderName(message) : null;
        return name != null ? name : senderName(outer);
    }

    private static String senderName(Message message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
                    && address.getPersonal() != null) {
                String name = TextCleaner.clean(address.getPersonal());
                return name.isEmpty() ? null : name;
            }
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Properties lenientProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        return properties;
    }
}
