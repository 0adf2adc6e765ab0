package io.briefbot.qa;

import static io.briefbot.qa.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** An issue as index documents: one for the issue itself (its version), and one per unit (see {@link IssueUnits}). */
final class IndexDocuments {

    static final String PARAGRAPH_BREAK = "\n";
    static final String TAG_SEPARATOR = "\u001f";

    private IndexDocuments() {
    }

    static List<Document> of(IndexedIssue issue) {
        List<Document> documents = new ArrayList<>();
        Document own = common(issue, ISSUE);
        own.add(new StoredField(UPDATED, issue.updatedAt().toEpochMilli()));
        documents.add(own);
        for (IndexUnit unit : IssueUnits.of(issue)) {
            documents.add(unitDocument(issue, unit));
        }
        return documents;
    }

    private static Document unitDocument(IndexedIssue issue, IndexUnit unit) {
        Source source = unit.source();
        Document document = common(issue, unit.kindTerm());
        document.add(new StringField(UNIT, unit.key(), Field.Store.YES));
        if (source.articleId() != null) {
            document.add(new LongField(ARTICLE_ID, source.articleId(), Field.Store.YES));
        }
        String body = String.join(PARAGRAPH_BREAK, unit.paragraphs());
        switch (source.kind()) {
            case ARTICLE -> {
                text(document, TITLE, source.title());
                text(document, HEADLINE, String.join(PARAGRAPH_BREAK, unit.headlines()));
                text(document, LEDE, unit.lede());
                text(document, BODY, body);
                text(document, TAGS, String.join(" , ", unit.tags()));
            }
            case HEADLINE -> text(document, HEADLINE, source.title());
            case EDITORIAL -> text(document, EDITORIAL, body);
        }
        text(document, ALL, unit.allText());
        stored(document, STORED_TITLE, source.title());
        stored(document, STORED_HEADLINES, String.join(PARAGRAPH_BREAK, unit.headlines()));
        stored(document, STORED_LEDE, unit.lede());
        stored(document, STORED_BODY, body);
        stored(document, STORED_TAGS, String.join(TAG_SEPARATOR, unit.tags()));
        stored(document, URL, source.url());
        stored(document, AUTHOR, source.author());
        return document;
    }

    private static Document common(IndexedIssue issue, String kind) {
        Document document = new Document();
        document.add(new StringField(KIND, kind, Field.Store.YES));
        document.add(new LongField(ISSUE_ID, issue.id(), Field.Store.YES));
        document.add(new LongField(DAY, issue.date().toEpochDay(), Field.Store.YES));
        document.add(new StoredField(PUBLICATION, issue.publication()));
        return document;
    }

    private static void text(Document document, String field, String text) {
        String value = text == null ? "" : text;
        for (String language : LANGUAGES) {
            document.add(new TextField(IndexFields.of(field, language), value, Field.Store.NO));
        }
    }

    private static void stored(Document document, String field, String value) {
        if (value != null && !value.isEmpty()) {
            document.add(new StoredField(field, value));
        }
    }
}
