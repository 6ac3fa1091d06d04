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

    Timings offersForNeeds(List<NeedDocument> needs) throws SQLException {
        return time(needs, need -> matcher.offersFor(need, TOP).size());
    }

    Timings needsForOffers(List<OfferDocument> offers) throws SQLException {
        return time(offers, offer -> matcher.needsFor(offer, TOP).size());
    }

    /** As the API answers: the query document is read from the database first. */
    Timings offersForNeedIds(List<NeedDocument> needs) throws SQLException {
        return time(needs, need -> matcher.offersForNeed(need.id(), TOP).size());
    }

    Timings needsForOfferIds(List<OfferDocument> offers) throws SQLException {
        return time(offers, offer -> matcher.needsForOffer(offer.id(), TOP).size());
    }

    Timings sqlOffersForNeeds(List<NeedDocument> needs) throws SQLException {
        return time(needs, need -> sql.offersFor(need, today).size());
    }

    Timings sqlNeedsForOffers(List<OfferDocument> offers) throws SQLException {
        return time(offers, offer -> sql.needsFor(offer, today).size());
    }

    /** One query a document, each timed on its own; the query answers how many results it found. */
    private static <D> Timings time(List<D> documents, Query<D> query) throws SQLException {
        Timings timings = new Timings(documents.size());
        for (D document : documents) {
            long started = System.nanoTime();
            int found = query.run(document);
            timings.add(System.nanoTime() - started, found);
        }
        return timings;
    }

    private interface Query<D> {
        int run(D document) throws SQLException;
    }
}
