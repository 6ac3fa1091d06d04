/**
 * The matching engine on Apache Lucene, the only place Lucene is used: one index per side (offers, needs) under the
 * data folder, kept current from the transactional {@link org.jiuzhu.matching.search.SearchOutbox} by each node's
 * {@link org.jiuzhu.matching.search.Indexer}, rebuilt when missing or stale, and queried by
 * {@link org.jiuzhu.matching.search.Matcher} in both directions with readable reasons. Reads offers and needs only
 * through {@link org.jiuzhu.matching.search.DocumentSource}s that those features provide, so it depends on neither.
 * May use the kernel and the matching root.
 */
package org.jiuzhu.matching.search;
