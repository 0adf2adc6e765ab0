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

/** An issue as index documents: one per article, and one for the issue's headlines and editorial. */
final class IndexDocuments {

    static final String PARAGRAPH_BREAK = "\n";
    static final String TAG_SEPARATOR = "\u001f";

    private IndexDocuments() {
    }

    static List<Document> of(IndexedIssue issue) {
        List<Document> documents = new ArrayList<>();
        documents.add(issueDocument(issue));
        for (IndexedIssue.IndexedArticle article : issue.articles()) {
            documents.add(articleDocument(issue, article));
        }
        return documents;
    }

    private static Document issueDocument(IndexedIssue issue) {
        Document document = common(issue, ISSUE);
        document.add(new StoredField(UPDATED, issue.updatedAt().toEpochMilli()));
        String editorial = String.join(PARAGRAPH_BREAK, issue.editorialParagraphs());
        String headlines = String.join(PARAGRAPH_BREAK, issue.headlines());
        text(document, EDITORIAL, editorial);
        text(document, HEADLINE, headlines);
        document.add(new StoredField(STORED_BODY, editorial));
        document.add(new StoredField(STORED_LEDE, headlines));
        return document;
    }

    private static Document articleDocument(IndexedIssue issue, IndexedIssue.IndexedArticle article) {
        Document document = common(issue, ARTICLE);
        document.add(new LongField(ARTICLE_ID, article.id(), Field.Store.YES));
        String lede = article.lede() == null ? "" : article.lede();
        String body = String.join(PARAGRAPH_BREAK, article.paragraphs());
        String tags = String.join(TAG_SEPARATOR, article.tags());
        text(document, TITLE, article.title());
        text(document, LEDE, lede);
        text(document, BODY, body);
        text(document, TAGS, String.join(" , ", article.tags()));
        text(document, ALL, String.join(PARAGRAPH_BREAK, article.title(), lede, body, String.join(" ", article.tags())));
        document.add(new StoredField(STORED_TITLE, article.title()));
        document.add(new StoredField(STORED_LEDE, lede));
        document.add(new StoredField(STORED_BODY, body));
        document.add(new StoredField(STORED_TAGS, tags));
        if (article.url() != null) {
            document.add(new StoredField(URL, article.url()));
        }
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
}
