package org.jiuzhu.matching.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of the words a query asked for each returned document contains, read from the postings: exact, and for ten
 * results a few dozen term lookups, where storing term vectors would slow every document's indexing down.
 * Terms are answered as {@code field:term}.
 */
final class FoundTerms {

    private FoundTerms() {
    }

    static Map<Integer, Set<String>> of(IndexReader reader, ScoreDoc[] hits, QueryTerms terms) throws IOException {
        Map<Integer, Set<String>> found = new HashMap<>();
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        for (int doc : docs) {
            found.put(doc, new HashSet<>());
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] inLeaf = Arrays.stream(docs).filter(d -> d >= leaf.docBase && d < leaf.docBase + leaf.reader().maxDoc())
                    .toArray();
            if (inLeaf.length > 0) {
                look(leaf, Analysis.TEXT, terms.words(), inLeaf, found);
                look(leaf, Analysis.BIGRAM, terms.bigrams(), inLeaf, found);
            }
        }
        return found;
    }

    private static void look(LeafReaderContext leaf, String field, Set<String> words, int[] docs,
                             Map<Integer, Set<String>> found) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum iterator = terms.iterator();
        for (String word : words) {
            if (!iterator.seekExact(new BytesRef(word))) {
                continue;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            for (int doc : docs) {
                int local = doc - leaf.docBase;
                int at = postings.docID() < local ? postings.advance(local) : postings.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == local) {
                    found.get(doc).add(field + ":" + word);
                }
            }
        }
    }
}
