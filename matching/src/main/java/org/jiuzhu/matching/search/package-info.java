/**
 * The matching engine on Apache Lucene, the only place Lucene is used: one index per side (offers, needs) under the
 * data folder, kept current from the transactional {@link org.jiuzhu.matching.search.SearchOutbox} by each node's
 * {@link org.jiuzhu.matching.search.Indexer}, rebuilt when missing or stale (in parallel, see
 * {@link org.jiuzhu.matching.search.BulkLoad}), and queried by {@link org.jiuzhu.matching.search.Matcher} in both
 * directions with readable reasons.
 * <p>
 * How it stays fast at a million needs: documents are sorted by place, so a project's needs are a few runs of
 * neighbouring documents ({@link org.jiuzhu.matching.search.Places}); a query asks for the rarest words only
 * ({@link org.jiuzhu.matching.search.QueryTerms}); closeness, urgency and waiting are bounded
 * {@link org.jiuzhu.matching.search.Boosts} added by {@link org.jiuzhu.matching.search.TopBoosted}, which lets the
 * relevance scorer skip what cannot reach the top; a volunteer's reach is checked before relevance
 * ({@link org.jiuzhu.matching.search.Reach}). The figures are in {@code docs/BENCHMARKS.md}.
 * <p>
 * Reads offers and needs only through {@link org.jiuzhu.matching.search.DocumentSource}s that those features provide,
 * so it depends on neither. May use the kernel and the matching root.
 */
package org.jiuzhu.matching.search;
