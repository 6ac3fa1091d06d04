package org.jiuzhu.matching.search;

import java.util.Set;

/** The words the matcher searches a text by on one side's index, for the benchmark's SQL baseline (test code only). */
public final class SearchWords {

    private SearchWords() {
    }

    /** The smartcn words and the bigrams, as {@link QueryTerms} picks them from the index searched. */
    public record Picked(Set<String> words, Set<String> bigrams) {
    }

    public static Picked of(Indexes indexes, Side searched, String text) {
        QueryTerms terms = indexes.search(searched,
                searcher -> QueryTerms.pick(searcher.getIndexReader(), indexes.analysis(), text));
        return new Picked(terms.words(), terms.bigrams());
    }
}
