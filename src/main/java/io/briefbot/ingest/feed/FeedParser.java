package io.briefbot.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads RSS 2.0, Atom 1.0 and JSON Feed 1.1. */
public final class FeedParser {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RSS_CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedParser() {
    }

    public static FeedDocument parse(byte[] body) throws MalformedFeedException {
        int first = firstNonBlank(body);
        if (first < 0) {
            throw new MalformedFeedException("the feed is empty");
        }
        return body[first] == '{' ? parseJsonFeed(body) : parseXml(body);
    }

    private static FeedDocument parseJsonFeed(byte[] body) throws MalformedFeedException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedFeedException("not valid JSON: " + e.getMessage(), e);
        }
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new MalformedFeedException("JSON without a JSON Feed version");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = text(item.get("url"));
            String key = firstPresent(text(item.get("id")), link);
            if (key == null) {
                continue;
            }
            String published = firstPresent(text(item.get("date_published")), text(item.get("date_modified")));
            items.add(new FeedItem(key, link, isoInstant(published), text(item.get("content_html"))));
        }
        return new FeedDocument(text(root.get("title")), items);
    }

    private static FeedDocument parseXml(byte[] body) throws MalformedFeedException {
        Element root = readXml(body).getDocumentElement();
        if (ATOM.equals(root.getNamespaceURI()) && "feed".equals(root.getLocalName())) {
            return parseAtom(root);
        }
        if ("rss".equals(root.getLocalName())) {
            Element channel = child(root, null, "channel");
            if (channel == null) {
                throw new MalformedFeedException("RSS without a channel");
            }
            return parseRss(channel);
        }
        throw new MalformedFeedException("neither RSS nor Atom: the root element is <" + root.getTagName() + ">");
    }

    private static FeedDocument parseRss(Element channel) {
        List<FeedItem> items = new ArrayList<>();
        for (Element item : children(channel, null, "item")) {
            String link = textOf(child(item, null, "link"));
            String key = firstPresent(textOf(child(item, null, "guid")), link);
            if (key == null) {
                continue;
            }
            String html = firstPresent(textOf(child(item, RSS_CONTENT, "encoded")), textOf(child(item, null, "description")));
            items.add(new FeedItem(key, link, rfc1123Instant(textOf(child(item, null, "pubDate"))), html));
        }
        return new FeedDocument(textOf(child(channel, null, "title")), items);
    }

    private static FeedDocument parseAtom(Element feed) {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(feed, ATOM, "entry")) {
            String link = alternateLink(entry);
            String key = firstPresent(textOf(child(entry, ATOM, "id")), link);
            if (key == null) {
                continue;
            }
            String published = firstPresent(textOf(child(entry, ATOM, "published")), textOf(child(entry, ATOM, "updated")));
            items.add(new FeedItem(key, link, isoInstant(published), atomHtml(entry)));
        }
        return new FeedDocument(textOf(child(feed, ATOM, "title")), items);
    }

    private static String alternateLink(Element entry) {
        for (Element link : children(entry, ATOM, "link")) {
            String rel = link.getAttribute("rel");
            if ((rel.isEmpty() || "alternate".equals(rel)) && !link.getAttribute("href").isBlank()) {
                return link.getAttribute("href").trim();
            }
        }
        return null;
    }

    private static String atomHtml(Element entry) {
        Element content = child(entry, ATOM, "content");
        if (content == null || content.hasAttribute("src")) {
            return null;
        }
        String type = content.getAttribute("type");
        if ("xhtml".equals(type)) {
            return innerXml(content);
        }
        String text = textOf(content);
        return "html".equals(type) || text == null ? text : "<pre>" + Entities.escape(text) + "</pre>";
    }

    private static Document readXml(byte[] body) throws MalformedFeedException {
        try {
            return hardenedBuilder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new MalformedFeedException("malformed XML: " + e.getMessage(), e);
        }
    }

    /** Refuses DTDs outright, so neither external nor internal entities (XXE, billion laughs) are read. */
    private static DocumentBuilder hardenedBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // fails on fatal errors without printing them to stderr
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    private static String innerXml(Element element) {
        StringBuilder xml = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            xml.append(serialize(nodes.item(i)));
        }
        return xml.toString().trim();
    }

    private static String serialize(Node node) {
        if (node instanceof Element element) {
            StringBuilder xml = new StringBuilder("<").append(element.getLocalName()).append('>');
            NodeList nodes = element.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                xml.append(serialize(nodes.item(i)));
            }
            return xml.append("</").append(element.getLocalName()).append('>').toString();
        }
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE
                ? Entities.escape(node.getNodeValue()) : "";
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
                    && (namespace == null ? element.getNamespaceURI() == null : namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String textOf(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static Instant rfc1123Instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant isoInstant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstPresent(String first, String second) {
        return first != null ? first : second;
    }

    private static int firstNonBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            // skip whitespace and a UTF-8 byte order mark
            if (!Character.isWhitespace(body[i]) && body[i] != (byte) 0xEF && body[i] != (byte) 0xBB && body[i] != (byte) 0xBF) {
                return i;
            }
        }
        return -1;
    }
}
