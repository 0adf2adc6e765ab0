package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import jakarta.mail.Address;
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
            best = new PartWalker().bestPart(message, 0, null);
        } catch (MessagingException e) {
            throw malformed();
        }
        if (best == null) {
            throw malformed();
        }
        DecodedInput body = best.html
                ? HtmlDecoder.decode(best.bytes, best.charset)
                : TextDecoder.decode(best.bytes, best.charset);
        LocalDate headerDate = MetadataDates.fromMailHeader(header(message, "Date"));
        String subject = subject(message);
        return new DecodedInput(body.blocks(),
                headerDate != null ? headerDate : body.date(),
                body.title() != null ? body.title() : subject,
                body.publicationHint() != null ? body.publicationHint() : senderName(message),
                body.url());
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

    private record BodyPart(byte[] bytes, Charset charset, boolean html) {
    }

    /** One walk over a message's parts, with a budget so hostile nesting or thousands of parts stay cheap. */
    private static final class PartWalker {
        private int visitedParts;

        /**
         * Walks nested multiparts and attached messages; HTML beats plain text, and among parts of the same kind the
         * longest wins, so a forwarded newsletter beats the forwarder's short note.
         */
        BodyPart bestPart(Part part, int depth, BodyPart bestSoFar) throws MessagingException {
            if (depth > MAX_PART_DEPTH || ++visitedParts > MAX_PARTS) {
                return bestSoFar;
            }
            if (part.isMimeType("multipart/*")) {
                BodyPart best = bestSoFar;
                if (content(part) instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount() && visitedParts < MAX_PARTS; i++) {
                        best = bestPart(multipart.getBodyPart(i), depth + 1, best);
                    }
                }
                return best;
            }
            if (part.isMimeType("message/rfc822")) {
                return content(part) instanceof Part nested ? bestPart(nested, depth + 1, bestSoFar) : bestSoFar;
            }
            boolean html = part.isMimeType("text/html");
            if (!html && !part.isMimeType("text/plain") || bestSoFar != null && bestSoFar.html && !html) {
                return bestSoFar;
            }
            byte[] bytes = bytes(part);
            if (bytes == null || bytes.length == 0) {
                return bestSoFar;
            }
            BodyPart candidate = new BodyPart(bytes, charset(part), html);
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

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            if (subject == null) {
                return null;
            }
            String cleaned = TextCleaner.clean(subject);
            cleaned = REPLY_PREFIX.matcher(cleaned).replaceFirst("");
            cleaned = PUBLICATION_PREFIX.matcher(cleaned).replaceFirst("");
            return cleaned.isEmpty() ? null : cleaned;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String senderName(MimeMessage message) {
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
