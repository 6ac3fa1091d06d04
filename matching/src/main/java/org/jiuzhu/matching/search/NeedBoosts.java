package org.jiuzhu.matching.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.jiuzhu.core.region.GeoPoint;

import java.io.IOException;
import java.time.LocalDate;

/**
 * For an offer's needs: urgency (up to 0.6), time waited over two years (up to 0.5) and, for a volunteer service,
 * closeness to its base (up to 1, half at 5 km). A household served with the need's kind of aid within a year is
 * pushed below every household that was not: fairness decides before relevance does.
 */
final class NeedBoosts implements Boosts {

    static final double URGENCY_PIVOT = 2;
    static final double WAITING_WEIGHT = 0.5;
    static final double DISTANCE_WEIGHT = 1;
    /** Larger than any relevance score, so served households come after all others, in their own order. */
    static final double SERVED_RECENTLY = -10_000;

    private final GeoPoint base;
    private final long today;

    NeedBoosts(OfferDocument offer, LocalDate today) {
        this.base = offer.volunteer() ? offer.base() : null;
        this.today = today.toEpochDay();
    }

    @Override
    public double max() {
        return 3 / (3 + URGENCY_PIVOT) + WAITING_WEIGHT + (base == null ? 0 : DISTANCE_WEIGHT);
    }

    @Override
    public Leaf leaf(LeafReaderContext context) throws IOException {
        NumericDocValues urgency = DocValues.getNumeric(context.reader(), Documents.URGENCY);
        NumericDocValues shared = DocValues.getNumeric(context.reader(), Documents.SHARED);
        NumericDocValues served = DocValues.getNumeric(context.reader(), Documents.SERVED);
        SortedNumericDocValues points = DocValues.getSortedNumeric(context.reader(), Documents.POINT);
        return doc -> {
            double boost = 0;
            if (urgency.advanceExact(doc)) {
                boost += urgency.longValue() / (urgency.longValue() + URGENCY_PIVOT);
            }
            if (shared.advanceExact(doc)) {
                long origin = today - MatchQueries.WAITING_HORIZON_DAYS;
                double pivot = MatchQueries.WAITING_HORIZON_DAYS / 4.0;
                boost += WAITING_WEIGHT * pivot / (pivot + Math.abs(shared.longValue() - origin));
            }
            if (base != null && points.advanceExact(doc)) {
                boost += DISTANCE_WEIGHT * closeness(base, points.nextValue());
            }
            if (served.advanceExact(doc) && today - served.longValue() <= MatchQueries.SERVED_RECENTLY_DAYS) {
                boost += SERVED_RECENTLY;
            }
            return boost;
        };
    }

    /** 1 at the same place, 0.5 at {@link MatchQueries#DISTANCE_PIVOT_METRES}. */
    static double closeness(GeoPoint from, long encodedPoint) {
        double lat = GeoEncodingUtils.decodeLatitude((int) (encodedPoint >>> 32));
        double lon = GeoEncodingUtils.decodeLongitude((int) encodedPoint);
        double metres = SloppyMath.haversinMeters(from.latitude(), from.longitude(), lat, lon);
        return MatchQueries.DISTANCE_PIVOT_METRES / (MatchQueries.DISTANCE_PIVOT_METRES + metres);
    }
}
