package org.jiuzhu.matching.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jiuzhu.matching.TextSearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link TextSearch} on in-memory Lucene indexes, one per collection, each built from the caller's texts for one
 * version and replaced when the version changes. Meant for thousands of texts, not millions: rebuilding is a full read.
 */
@Singleton
class TextIndexes implements TextSearch {

    private static final String ID = "id";
    private static final String TITLE_WORDS = "title_text";
    private static final String TITLE_BIGRAMS = "title_bigram";
    private static final float TITLE_WEIGHT = 3f;

    private final Analysis analysis = new Analysis();
    private final org.apache.lucene.analysis.Analyzer indexing = analysis.indexing(
            java.util.Set.of(TITLE_WORDS, Analysis.TEXT), java.util.Set.of(TITLE_BIGRAMS, Analysis.BIGRAM));
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    /** An index of one version of a collection. */
    private record Built(String version, IndexSearcher searcher) {
    }

    @Override
    public List<Long> rank(String collection, String version, Supplier<Map<Long, Text>> texts, String query,
                           int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Built index = built.compute(collection, (name, current) -> current != null && current.version().equals(version)
                ? current : build(version, texts.get()));
        try {
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : index.searcher().search(query(query), limit).scoreDocs) {
                ids.add(index.searcher().storedFields().document(hit.doc).getField(ID).numericValue().longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : analysis.terms(Analysis.TEXT, text)) {
            query.add(new BoostQuery(new TermQuery(new Term(TITLE_WORDS, term)), TITLE_WEIGHT), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term(Analysis.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        for (String term : analysis.terms(Analysis.BIGRAM, text)) {
            query.add(new BoostQuery(new TermQuery(new Term(TITLE_BIGRAMS, term)), TITLE_WEIGHT), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term(Analysis.BIGRAM, term)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private Built build(String version, Map<Long, Text> texts) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexing))) {
            for (Map.Entry<Long, Text> text : texts.entrySet()) {
                Document document = new Document();
                document.add(new StoredField(ID, text.getKey()));
                document.add(new TextField(TITLE_WORDS, text.getValue().title(), Field.Store.NO));
                document.add(new TextField(TITLE_BIGRAMS, text.getValue().title(), Field.Store.NO));
                document.add(new TextField(Analysis.TEXT, text.getValue().body(), Field.Store.NO));
                document.add(new TextField(Analysis.BIGRAM, text.getValue().body(), Field.Store.NO));
                writer.addDocument(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Built(version, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
