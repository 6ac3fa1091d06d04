package org.jiuzhu.matching.search;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LatLonShape;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.ShapeField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The two match queries. Filters decide who may match at all (open, in the region or radius, places left, in
 * period); the relevance part needs at least one of kind, target group or words in common; closeness, urgency and
 * waiting time only reorder.
 */
final class MatchQueries {

    static final float KIND_BOOST = 3f;
    static final float TARGET_BOOST = 2f;
    static final float WORD_BOOST = 1f;
    static final float BIGRAM_BOOST = 0.3f;
    /** A volunteer 5 km away gets half the distance boost. */
    static final double DISTANCE_PIVOT_METRES = 5_000;
    /** Waiting is weighed over two years: a need shared two years ago gets the full boost. */
    static final long WAITING_HORIZON_DAYS = 730;
    /** A household that received charity aid of the need's kind within this many days ranks after the others. */
    static final int SERVED_RECENTLY_DAYS = 365;

    private final Analysis analysis;

    MatchQueries(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Offers for a need: projects serving one of its regions, volunteer services whose radius covers its village. */
    Query offersFor(NeedDocument need, LocalDate today) {
        BooleanQuery.Builder where = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        where.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Documents.KIND, Documents.PROJECT)), Occur.FILTER)
                .add(terms(Documents.REGION, need.regionChain()), Occur.FILTER).build(), Occur.SHOULD);
        if (need.point() != null) {
            where.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Documents.KIND, Documents.VOLUNTEER)), Occur.FILTER)
                    .add(LatLonShape.newPointQuery(Documents.COVERAGE, ShapeField.QueryRelation.INTERSECTS,
                            new double[]{need.point().latitude(), need.point().longitude()}), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder query = open(today)
                .add(where.build(), Occur.FILTER)
                .add(relevance(need.aidKind(), need.targets(), need.text()), Occur.MUST);
        List<String> chain = need.regionChain();
        for (int i = 0; i < Math.min(3, chain.size()); i++) {
            // The village, its township, its county: a project close to home ranks first.
            query.add(new BoostQuery(new TermQuery(new Term(Documents.REGION, chain.get(i))), 1f - i * 0.3f), Occur.SHOULD);
        }
        if (need.point() != null) {
            query.add(LatLonPoint.newDistanceFeatureQuery(Documents.POINT, 1f, need.point().latitude(),
                    need.point().longitude(), DISTANCE_PIVOT_METRES), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Open offers with places for a resident's own search: projects serving the division, one above it or one
     * inside it, and volunteer services reaching its centre; kind and keywords narrow, closeness reorders.
     */
    Query services(ServiceSearch search, LocalDate today) {
        BooleanQuery.Builder where = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        where.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Documents.KIND, Documents.PROJECT)), Occur.FILTER)
                .add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                        .add(terms(Documents.REGION, search.regionChain()), Occur.SHOULD)
                        .add(new PrefixQuery(new Term(Documents.REGION, search.regionPrefix())), Occur.SHOULD)
                        .build(), Occur.FILTER).build(), Occur.SHOULD);
        if (search.point() != null) {
            where.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Documents.KIND, Documents.VOLUNTEER)), Occur.FILTER)
                    .add(LatLonShape.newPointQuery(Documents.COVERAGE, ShapeField.QueryRelation.INTERSECTS,
                            new double[]{search.point().latitude(), search.point().longitude()}), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder query = open(today).add(where.build(), Occur.FILTER);
        if (search.aidKind() != null) {
            query.add(new TermQuery(new Term(Documents.AID, search.aidKind())), Occur.FILTER);
        }
        if (search.volunteer() != null) {
            query.add(new TermQuery(new Term(Documents.KIND, search.volunteer() ? Documents.VOLUNTEER
                    : Documents.PROJECT)), Occur.FILTER);
        }
        String keywords = search.keywords() == null ? "" : search.keywords();
        if (!analysis.terms(Analysis.BIGRAM, keywords).isEmpty()) {
            query.add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                    .add(new BoostQuery(words(Analysis.TEXT, keywords), WORD_BOOST), Occur.SHOULD)
                    .add(new BoostQuery(words(Analysis.BIGRAM, keywords), BIGRAM_BOOST), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        List<String> chain = search.regionChain();
        for (int i = 0; i < Math.min(3, chain.size()); i++) {
            query.add(new BoostQuery(new TermQuery(new Term(Documents.REGION, chain.get(i))), 1f - i * 0.3f), Occur.SHOULD);
        }
        if (search.point() != null) {
            query.add(LatLonPoint.newDistanceFeatureQuery(Documents.POINT, 1f, search.point().latitude(),
                    search.point().longitude(), DISTANCE_PIVOT_METRES), Occur.SHOULD);
        }
        return query.build();
    }

    /** Published, with places left and within its period today. */
    private static BooleanQuery.Builder open(LocalDate today) {
        int day = (int) today.toEpochDay();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Documents.STATUS, Documents.OPEN)), Occur.FILTER)
                .add(NumericDocValuesField.newSlowRangeQuery(Documents.REMAINING, 1, Long.MAX_VALUE), Occur.FILTER)
                .add(IntPoint.newRangeQuery(Documents.STARTS, Integer.MIN_VALUE, day), Occur.FILTER)
                .add(IntPoint.newRangeQuery(Documents.ENDS, day, Integer.MAX_VALUE), Occur.FILTER);
    }

    /**
     * Needs for an offer: in the regions a project serves, or within a volunteer service's radius. Fairness is kept
     * outside the score: {@code servedRecently} false asks for households not served with the need's kind of aid
     * in the last year, true for those that were, which the caller lists after the first group.
     */
    Query needsFor(OfferDocument offer, LocalDate today, boolean servedRecently) {
        int day = (int) today.toEpochDay();
        Query served = IntPoint.newRangeQuery(Documents.SERVED, day - SERVED_RECENTLY_DAYS, day);
        return new BooleanQuery.Builder().add(needsFor(offer, today), Occur.MUST)
                .add(served, servedRecently ? Occur.FILTER : Occur.MUST_NOT).build();
    }

    private Query needsFor(OfferDocument offer, LocalDate today) {
        Query where = offer.volunteer() && offer.base() != null && offer.radiusKm() != null
                ? LatLonPoint.newDistanceQuery(Documents.POINT, offer.base().latitude(), offer.base().longitude(),
                offer.radiusKm() * 1000.0)
                : terms(Documents.REGION, offer.regions());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Documents.STATUS, Documents.OPEN)), Occur.FILTER)
                .add(where, Occur.FILTER)
                .add(relevance(offer.aidKind(), offer.targets(), offer.text()), Occur.MUST)
                .add(FeatureField.newSaturationQuery(Documents.FEATURES, Documents.URGENCY, 1f, 2f), Occur.SHOULD)
                .add(LongField.newDistanceFeatureQuery(Documents.SHARED, 0.5f,
                        today.toEpochDay() - WAITING_HORIZON_DAYS, WAITING_HORIZON_DAYS / 4), Occur.SHOULD);
        if (offer.volunteer() && offer.base() != null) {
            query.add(LatLonPoint.newDistanceFeatureQuery(Documents.POINT, 1f, offer.base().latitude(),
                    offer.base().longitude(), DISTANCE_PIVOT_METRES), Occur.SHOULD);
        }
        return query.build();
    }

    private Query relevance(String aidKind, Set<String> targets, String text) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        relevance.add(new BoostQuery(new TermQuery(new Term(Documents.AID, aidKind)), KIND_BOOST), Occur.SHOULD);
        targets.forEach(t -> relevance.add(new BoostQuery(new TermQuery(new Term(Documents.TARGET, t)), TARGET_BOOST),
                Occur.SHOULD));
        relevance.add(new BoostQuery(words(Analysis.TEXT, text), WORD_BOOST), Occur.SHOULD);
        relevance.add(new BoostQuery(words(Analysis.BIGRAM, text), BIGRAM_BOOST), Occur.SHOULD);
        return relevance.build();
    }

    private Query words(String field, String text) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        analysis.terms(field, text).forEach(term -> words.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
        return words.build();
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
