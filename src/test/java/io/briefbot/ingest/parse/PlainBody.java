package io.briefbot.ingest.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of a page's or an HTML e-mail's body, as a reader would copy it: a line per paragraph, heading or
 * list item, a blank line after each visual group; no headers, no metadata, no markup.
 */
final class PlainBody {

    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, figcaption";
    private static final String GROUPS = "div, table, tr, ul, ol, section, article, header, footer, aside, hr, figure";

    private PlainBody() {
    }

    static byte[] of(String fixture) {
        byte[] raw = Fixtures.bytes(fixture);
        String html = fixture.endsWith(".eml") ? htmlPart(raw) : new String(raw, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.is(TEXT_BLOCKS) && !e.text().isBlank()
                        && e.parents().stream().noneMatch(parent -> parent.is(TEXT_BLOCKS))) {
                    text.append(e.text()).append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.is(GROUPS) && !text.isEmpty() && !text.toString().endsWith("\n\n")) {
                    text.append('\n');
                }
            }
        }, Jsoup.parse(html).body());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String htmlPart(byte[] mail) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mail));
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
            }
            throw new IllegalArgumentException("no HTML part");
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
