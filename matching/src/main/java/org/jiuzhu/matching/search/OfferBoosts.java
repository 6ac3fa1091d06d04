package org.jiuzhu.matching.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.jiuzhu.core.region.GeoPoint;

import java.io.IOException;
import java.util.List;

/**
 * For a place's offers: a project serving its village (2), township (1.4) or county (0.8) ranks before one serving
 * only the city or province, and a volunteer service closer to it before one further away (up to 1, half at 5 km).
 */
final class OfferBoosts implements Boosts {

    static final double[] CLOSENESS = {2.0, 1.4, 0.8};
    static final double DISTANCE_WEIGHT = 1;

    private final List<String> chain;
    private final GeoPoint point;

    OfferBoosts(List<String> regionChain, GeoPoint point) {
        this.chain = regionChain.subList(0, Math.min(CLOSENESS.length, regionChain.size()));
        this.point = point;
    }

    @Override
    public double max() {
        double max = point == null ? 0 : DISTANCE_WEIGHT;
        for (int i = 0; i < chain.size(); i++) {
            max += CLOSENESS[i];
        }
        return max;
    }

    @Override
    public Leaf leaf(LeafReaderContext context) throws IOException {
        SortedSetDocValues regions = DocValues.getSortedSet(context.reader(), Documents.REGION);
        long[] ords = new long[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            ords[i] = regions.lookupTerm(new BytesRef(chain.get(i)));
        }
        SortedNumericDocValues points = DocValues.getSortedNumeric(context.reader(), Documents.POINT);
        return doc -> {
            double boost = 0;
            if (regions.advanceExact(doc)) {
                for (int n = 0; n < regions.docValueCount(); n++) {
                    long ord = regions.nextOrd();
                    for (int i = 0; i < ords.length; i++) {
                        if (ords[i] == ord) {
                            boost += CLOSENESS[i];
                        }
                    }
                }
            }
            if (point != null && points.advanceExact(doc)) {
                boost += DISTANCE_WEIGHT * NeedBoosts.closeness(point, points.nextValue());
            }
            return boost;
        };
    }
}
