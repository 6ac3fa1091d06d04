package org.jiuzhu.matching.search;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Both directions of matching on this node's current indexes: the best open offers for a need and the best shared
 * needs for an offer, each with its reasons (see {@link Ranking}). Callers show results only after checking the
 * database still allows it (consent, status), so a change not yet indexed on this node can never expose a need.
 */
@Singleton
public class Matcher {

    public static final int MAX_LIMIT = 100;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Indexes indexes;
    private final Ranking ranking;
    private final Clock clock;

    Matcher(Indexes indexes, Clock clock) {
        this.indexes = indexes;
        this.ranking = new Ranking(indexes.analysis());
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public List<Match> offersForNeed(long needId, int limit) {
        Optional<NeedDocument> need = ((DocumentSource<NeedDocument>) indexes.source(Side.NEED)).document(needId)
                .filter(NeedDocument::searchable);
        return need.map(n -> offersFor(n, limit)).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Match> needsForOffer(long offerId, int limit) {
        Optional<OfferDocument> offer = ((DocumentSource<OfferDocument>) indexes.source(Side.OFFER)).document(offerId);
        return offer.map(o -> needsFor(o, limit)).orElse(List.of());
    }

    /** Offers for a need described but not stored, e.g. a resident's search. */
    public List<Match> offersFor(NeedDocument need, int limit) {
        return indexes.search(Side.OFFER, searcher -> ranking.offersFor(searcher, need, today(), bounded(limit)));
    }

    /** Open services near a division for a resident's search, closest and most relevant first. */
    public List<Match> services(ServiceSearch search, int limit) {
        return indexes.search(Side.OFFER, searcher -> ranking.services(searcher, search, today(), bounded(limit)));
    }

    /** Households never served (or not within a year) with the need's kind of aid first, then the others. */
    public List<Match> needsFor(OfferDocument offer, int limit) {
        return indexes.search(Side.NEED, searcher -> ranking.needsFor(searcher, offer, today(), bounded(limit)));
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** How many documents this node can find on a side (tests and the status page). */
    public int size(Side side) {
        return indexes.search(side, searcher -> searcher.getIndexReader().numDocs());
    }
}
