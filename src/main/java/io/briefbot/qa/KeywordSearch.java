package io.briefbot.qa;

import static io.briefbot.qa.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;

/**
 * /search: the units (articles, headlines, editorial paragraphs) containing every word (in any of its English or German
 * forms), best match, then newest, first.
 */
final class KeywordSearch {

    private static final float TITLE_BOOST = 3f;

    private final ArchiveIndex index;
    private final Analyzer analyzer = IndexFields.queryAnalyzer();

    KeywordSearch(ArchiveIndex index) {
        this.index = index;
    }

    SearchMatches search(String words, int page, int size) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words.split("[^\\p{L}\\p{N}]+")) {
            List<Query> forms = new ArrayList<>();
            for (String language : LANGUAGES) {
                List<String> terms = TextTerms.of(analyzer, IndexFields.of(ALL, language), word);
                if (!terms.isEmpty()) {
                    forms.add(Retriever.allOf(IndexFields.of(ALL, language), terms));
                    forms.add(new BoostQuery(Retriever.allOf(IndexFields.of(TITLE, language), terms), TITLE_BOOST));
                    forms.add(new BoostQuery(Retriever.allOf(IndexFields.of(HEADLINE, language), terms), TITLE_BOOST));
                }
            }
            if (!forms.isEmpty()) {
                query.add(new DisjunctionMaxQuery(forms, 0.1f), BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        if (clauses == 0) {
            return new SearchMatches(List.of(), 0);
        }
        query.add(IndexFields.anyUnit(), BooleanClause.Occur.FILTER);
        Query built = query.build();
        // ties of one day stay in the order
        Sort order = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(DAY, SortField.Type.LONG, true));
        return index.search(searcher -> {
            try {
                TopDocs top = searcher.search(built, (page + 1) * size, order, true);
                List<SearchMatches.Match> matches = new ArrayList<>();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = page * size; i < hits.length; i++) {
                    IndexUnit unit = IndexUnit.of(searcher.storedFields().document(hits[i].doc));
                    matches.add(new SearchMatches.Match(unit.source(), unit.allText()));
                }
                return new SearchMatches(matches, searcher.count(built));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
