package org.jiuzhu.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Full-text search in Chinese over a small set of public texts (notices), with the same analysis as the matching
 * engine: smartcn words and CJK bigrams. The caller owns the texts and names their state with a {@code version}
 * (for example the count and the last edit); the texts are read and indexed again only when the version changes, so
 * every node answers from the database's current texts without an index to keep in step.
 */
public interface TextSearch {

    /**
     * The ids of the texts that match {@code query}, best first (titles weigh more than bodies), at most
     * {@code limit}; none for a blank query.
     *
     * @param collection a name for the set of texts ("notices")
     * @param texts      id to title and body, read only when {@code version} changed
     */
    List<Long> rank(String collection, String version, Supplier<Map<Long, Text>> texts, String query, int limit);

    /** A searchable text. */
    record Text(String title, String body) {
    }
}
