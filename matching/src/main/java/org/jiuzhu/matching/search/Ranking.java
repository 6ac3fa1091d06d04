package org.jiuzhu.matching.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both directions of matching on one searcher, with reasons: the query words are chosen from that searcher's
 * index, the query runs, and the words each result contains are looked up for its reasons. Kept apart from
 * {@link Matcher} so tests can rank a hand-made corpus in memory exactly as the product does.
 */
final class Ranking {

    private final Analysis analysis;

    Ranking(Analysis analysis) {
        this.analysis = analysis;
    }

    List<Match> offersFor(IndexSearcher searcher, NeedDocument need, LocalDate today, int limit) throws IOException {
        QueryTerms terms = QueryTerms.pick(searcher.getIndexReader(), analysis, need.text());
        Reasons.Probe probe = new Reasons.Probe(need.aidKind(), need.targets(), need.regionChain(), need.point(), terms);
        TopBoosted top = new TopBoosted(limit, new OfferBoosts(need.regionChain(), need.point()));
        searcher.search(MatchQueries.offersFor(need, terms, today), top);
        return matches(searcher, top.top(), probe, false, today);
    }

    List<Match> services(IndexSearcher searcher, ServiceSearch search, LocalDate today, int limit) throws IOException {
        QueryTerms terms = QueryTerms.pick(searcher.getIndexReader(), analysis,
                search.keywords() == null ? "" : search.keywords());
        Reasons.Probe probe = new Reasons.Probe(search.aidKind() == null ? "" : search.aidKind(), Set.of(),
                search.regionChain(), search.point(), terms);
        TopBoosted top = new TopBoosted(limit, new OfferBoosts(search.regionChain(), search.point()));
        searcher.search(MatchQueries.services(search, terms, today), top);
        return matches(searcher, top.top(), probe, false, today);
    }

    /**
     * Needs for an offer; households served with the need's kind of aid within a year come after all others (see
     * {@link NeedBoosts}). A project's needs are read run by run (see {@link Places}), each run scored by MaxScore
     * over the relevance clauses alone; a volunteer service's come from its radius.
     */
    List<Match> needsFor(IndexSearcher searcher, OfferDocument offer, LocalDate today, int limit) throws IOException {
        QueryTerms terms = QueryTerms.pick(searcher.getIndexReader(), analysis, offer.text());
        Reasons.Probe probe = new Reasons.Probe(offer.aidKind(), offer.targets(), offer.regions(),
                offer.volunteer() ? offer.base() : null, terms);
        TopBoosted top = new TopBoosted(limit, new NeedBoosts(offer, today));
        Query relevance = MatchQueries.relevance(offer.aidKind(), offer.targets(), terms);
        if (MatchQueries.byRadius(offer)) {
            searcher.search(MatchQueries.withinRadius(offer, relevance), top);
        } else {
            Weight weight = searcher.createWeight(searcher.rewrite(relevance), top.scoreMode(), 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer == null) {
                    continue;
                }
                LeafCollector collector = top.getLeafCollector(leaf);
                for (int[] range : Places.ranges(leaf.reader(), offer.regions())) {
                    scorer.score(collector, leaf.reader().getLiveDocs(), range[0], range[1]);
                }
            }
        }
        return matches(searcher, top.top(), probe, true, today);
    }

    private static List<Match> matches(IndexSearcher searcher, ScoreDoc[] hits, Reasons.Probe probe, boolean needs,
                                       LocalDate today) throws IOException {
        Map<Integer, Set<String>> found = FoundTerms.of(searcher.getIndexReader(), hits, probe.terms());
        Map<Integer, Hit> read = Hit.of(searcher.getIndexReader(), hits, needs ? Side.NEED : Side.OFFER);
        List<Match> matches = new ArrayList<>(hits.length);
        for (ScoreDoc scored : hits) {
            Hit hit = read.get(scored.doc);
            List<Reason> why = new ArrayList<>(Reasons.of(probe, hit, needs, found.get(scored.doc)));
            if (needs) {
                Reasons.needFacts(hit, today, why);
            }
            matches.add(new Match(hit.id(), scored.score, why));
        }
        return matches;
    }
}
