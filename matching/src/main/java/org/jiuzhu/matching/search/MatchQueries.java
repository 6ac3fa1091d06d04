package org.jiuzhu.matching.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The match queries. Filters decide who may match at all (open, in the region or radius, places left, in period);
 * the relevance part needs at least one of kind, target group or words in common; closeness, urgency and waiting
 * time only reorder, as {@link Boosts} outside the query.
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

    private MatchQueries() {
    }

    /**
     * Offers for a need: projects serving one of its regions, volunteer services whose radius covers its village. Only
     * projects have regions and only volunteer services have a radius, so neither part needs the kind of offer.
     */
    static Query offersFor(NeedDocument need, QueryTerms terms, LocalDate today) {
        BooleanQuery.Builder where = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        where.add(terms(Documents.REGION, need.regionChain()), Occur.SHOULD);
        if (need.point() != null) {
            where.add(new Reach(need.point().latitude(), need.point().longitude()), Occur.SHOULD);
        }
        BooleanQuery.Builder query = open(today)
                .add(where.build(), Occur.FILTER)
                .add(relevance(need.aidKind(), need.targets(), terms), Occur.MUST);
        return query.build();
    }

    /**
     * Open offers with places for a resident's own search: projects serving the division, one above it or one
     * inside it, and volunteer services reaching its centre; kind and keywords narrow, closeness reorders.
     */
    static Query services(ServiceSearch search, QueryTerms keywords, LocalDate today) {
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
                    .add(new Reach(search.point().latitude(), search.point().longitude()), Occur.FILTER)
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
        if (!keywords.isEmpty()) {
            query.add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                    .add(new BoostQuery(words(Analysis.TEXT, keywords.words()), WORD_BOOST), Occur.SHOULD)
                    .add(new BoostQuery(words(Analysis.BIGRAM, keywords.bigrams()), BIGRAM_BOOST), Occur.SHOULD)
                    .build(), Occur.MUST);
        } else if (search.keywords() != null && !search.keywords().isBlank()) {
            // Words no offer contains: nothing can match them.
            query.add(new MatchNoDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /**
     * With places left and within its period today (the index holds published offers only). Nearly every offer is in
     * its period, so the dates are checked on the documents the region already chose, from doc values.
     */
    private static BooleanQuery.Builder open(LocalDate today) {
        int day = (int) today.toEpochDay();
        return new BooleanQuery.Builder()
                .add(NumericDocValuesField.newSlowRangeQuery(Documents.REMAINING, 1, Long.MAX_VALUE), Occur.FILTER)
                .add(days(Documents.STARTS, Integer.MIN_VALUE, day), Occur.FILTER)
                .add(days(Documents.ENDS, day, Integer.MAX_VALUE), Occur.FILTER);
    }

    private static Query days(String field, int from, int to) {
        return new IndexOrDocValuesQuery(IntPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    /** Whether an offer's needs are those within its radius (a volunteer service) rather than its regions. */
    static boolean byRadius(OfferDocument offer) {
        return offer.volunteer() && offer.base() != null && offer.radiusKm() != null;
    }

    /** Needs of the villages within a volunteer service's radius that share something with it. */
    static Query withinRadius(OfferDocument offer, Query relevance) {
        return new BooleanQuery.Builder()
                .add(LatLonPoint.newDistanceQuery(Documents.POINT, offer.base().latitude(), offer.base().longitude(),
                        offer.radiusKm() * 1000.0), Occur.FILTER)
                .add(relevance, Occur.MUST)
                .build();
    }

    /**
     * At least one of kind, target group or asked-for words in common; each adds to the score. (Words grouped per field
     * measured faster than one flat disjunction of every term.)
     */
    static Query relevance(String aidKind, Set<String> targets, QueryTerms terms) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        relevance.add(boosted(Documents.AID, aidKind, KIND_BOOST), Occur.SHOULD);
        targets.forEach(t -> relevance.add(boosted(Documents.TARGET, t, TARGET_BOOST), Occur.SHOULD));
        if (!terms.words().isEmpty()) {
            relevance.add(new BoostQuery(words(Analysis.TEXT, terms.words()), WORD_BOOST), Occur.SHOULD);
        }
        if (!terms.bigrams().isEmpty()) {
            relevance.add(new BoostQuery(words(Analysis.BIGRAM, terms.bigrams()), BIGRAM_BOOST), Occur.SHOULD);
        }
        return relevance.build();
    }

    private static Query boosted(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    private static Query words(String field, Set<String> terms) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.forEach(term -> words.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
        return words.build();
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
