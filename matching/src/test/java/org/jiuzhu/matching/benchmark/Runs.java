package org.jiuzhu.matching.benchmark;

import org.jiuzhu.matching.search.Matcher;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.OfferDocument;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The timed series, one query at a time on one thread. */
final class Runs {

    static final int TOP = 10;
    private static final int WARM_UP = 2000;
    private static final int SQL_WARM_UP = 5;

    private final Matcher matcher;
    private final SqlBaseline sql;
    private final LocalDate today;

    Runs(Matcher matcher, SqlBaseline sql, LocalDate today) {
        this.matcher = matcher;
        this.sql = sql;
        this.today = today;
    }

    /** Lets the JIT compile the query paths and the database fill its buffer pool before anything is timed. */
    void warmUp(List<NeedDocument> needs, List<OfferDocument> offers) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) {
            matcher.offersFor(needs.get(i % needs.size()), TOP);
            matcher.needsFor(offers.get(i % offers.size()), TOP);
        }
        for (int i = 0; i < SQL_WARM_UP; i++) {
            sql.offersFor(needs.get(needs.size() - 1 - i), today);
            sql.needsFor(offers.get(offers.size() - 1 - i), today);
        }
    }

    Timings offersForNeeds(List<NeedDocument> needs) {
        Timings timings = new Timings(needs.size());
        for (NeedDocument need : needs) {
            long started = System.nanoTime();
            int found = matcher.offersFor(need, TOP).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    Timings needsForOffers(List<OfferDocument> offers) {
        Timings timings = new Timings(offers.size());
        for (OfferDocument offer : offers) {
            long started = System.nanoTime();
            int found = matcher.needsFor(offer, TOP).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    /** As the API answers: the need is read from the database first. */
    Timings offersForNeedIds(List<NeedDocument> needs) {
        Timings timings = new Timings(needs.size());
        for (NeedDocument need : needs) {
            long started = System.nanoTime();
            int found = matcher.offersForNeed(need.id(), TOP).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    Timings needsForOfferIds(List<OfferDocument> offers) {
        Timings timings = new Timings(offers.size());
        for (OfferDocument offer : offers) {
            long started = System.nanoTime();
            int found = matcher.needsForOffer(offer.id(), TOP).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    Timings sqlOffersForNeeds(List<NeedDocument> needs) throws SQLException {
        Timings timings = new Timings(needs.size());
        for (NeedDocument need : needs) {
            long started = System.nanoTime();
            int found = sql.offersFor(need, today).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    Timings sqlNeedsForOffers(List<OfferDocument> offers) throws SQLException {
        Timings timings = new Timings(offers.size());
        for (OfferDocument offer : offers) {
            long started = System.nanoTime();
            int found = sql.needsFor(offer, today).size();
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }
}
