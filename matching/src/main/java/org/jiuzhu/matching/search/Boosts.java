package org.jiuzhu.matching.search;

import org.apache.lucene.index.LeafReaderContext;

import java.io.IOException;

/**
 * What moves a result up without making it a match: closeness, urgency, time waited. Each is bounded by {@link #max},
 * so {@link TopBoosted} can tell the relevance scorer to skip documents that could not reach the top even with the
 * largest boost, and the top results stay exactly those of relevance plus boosts.
 */
interface Boosts {

    /** The most any document can gain. */
    double max();

    Leaf leaf(LeafReaderContext context) throws IOException;

    /** Boosts of one segment's documents, asked in increasing document order. */
    interface Leaf {
        double of(int doc) throws IOException;
    }
}
