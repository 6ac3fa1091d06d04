package org.jiuzhu.matching.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words a text is matched by, chosen as Lucene's MoreLikeThis chooses them: the rarest ones in the index, which
 * tell documents apart, at most {@link #MAX_WORDS} words and {@link #MAX_BIGRAMS} bigrams. Words every other need
 * contains ("希望", "需要", "家庭") add little to a score but would be most of a query's work over a million
 * documents; words no document contains are dropped. The reasons name only these words, so a reason is never given
 * for a word that was not asked for.
 */
record QueryTerms(Set<String> words, Set<String> bigrams) {

    static final int MAX_WORDS = 10;
    static final int MAX_BIGRAMS = 10;

    static QueryTerms pick(IndexReader reader, Analysis analysis, String text) throws IOException {
        Set<String> words = analysis.terms(Analysis.TEXT, text);
        // A bigram inside a word says nothing the word does not: bigrams are for words smartcn cut apart.
        Set<String> bigrams = analysis.terms(Analysis.BIGRAM, text).stream()
                .filter(b -> words.stream().noneMatch(w -> w.contains(b)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new QueryTerms(rarest(reader, Analysis.TEXT, words, MAX_WORDS),
                rarest(reader, Analysis.BIGRAM, bigrams, MAX_BIGRAMS));
    }

    boolean isEmpty() {
        return words.isEmpty() && bigrams.isEmpty();
    }

    private static Set<String> rarest(IndexReader reader, String field, Set<String> terms, int limit)
            throws IOException {
        List<String> found = new ArrayList<>();
        Map<String, Integer> frequency = new java.util.HashMap<>();
        for (String term : terms) {
            int docs = reader.docFreq(new Term(field, term));
            if (docs > 0) {
                found.add(term);
                frequency.put(term, docs);
            }
        }
        if (found.size() <= limit) {
            return new LinkedHashSet<>(found);
        }
        Set<String> kept = found.stream().sorted(Comparator.comparing((Function<String, Integer>) frequency::get))
                .limit(limit).collect(Collectors.toSet());
        // In the text's own order, so reasons list words as the person wrote them.
        return found.stream().filter(kept::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
