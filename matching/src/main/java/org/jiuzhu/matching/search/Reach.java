package org.jiuzhu.matching.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;
import java.util.Objects;

/**
 * Volunteer services whose own radius reaches a point. The points index finds the bases inside a box around the point
 * as wide as the largest radius in the index; each of those is then checked against its own radius from doc values
 * before anything else looks at it, so relevance is only computed for services that really reach the point.
 * (A circle indexed as a polygon shape cost half of every need's search and much of the rebuild.)
 */
final class Reach extends Query {

    private final double latitude;
    private final double longitude;

    Reach(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Rectangle around = Rectangle.fromPointDistance(latitude, longitude, widestRadius(searcher.getIndexReader()));
        Query box = LatLonPoint.newBoxQuery(Documents.POINT, around.minLat, around.maxLat, around.minLon, around.maxLon);
        Weight inBox = searcher.createWeight(searcher.rewrite(box), ScoreMode.COMPLETE_NO_SCORES, 1);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer candidates = inBox.scorer(context);
                if (candidates == null) {
                    return null;
                }
                SortedNumericDocValues points = DocValues.getSortedNumeric(context.reader(), Documents.POINT);
                NumericDocValues radii = DocValues.getNumeric(context.reader(), Documents.RADIUS);
                return new ConstantScoreScorer(this, score(), scoreMode,
                        new Reaching(candidates.iterator(), points, radii));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The largest radius any service in the index has, in metres (at least 1). */
    private static double widestRadius(IndexReader reader) throws IOException {
        int widest = 1;
        for (LeafReaderContext leaf : reader.leaves()) {
            PointValues radii = leaf.reader().getPointValues(Documents.RADIUS);
            if (radii != null) {
                widest = Math.max(widest, IntPoint.decodeDimension(radii.getMaxPackedValue(), 0));
            }
        }
        return widest;
    }

    /** The candidates whose own radius reaches the point, as an exact iterator. */
    private final class Reaching extends DocIdSetIterator {

        private final DocIdSetIterator candidates;
        private final SortedNumericDocValues points;
        private final NumericDocValues radii;

        Reaching(DocIdSetIterator candidates, SortedNumericDocValues points, NumericDocValues radii) {
            this.candidates = candidates;
            this.points = points;
            this.radii = radii;
        }

        @Override
        public int docID() {
            return candidates.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return firstReaching(candidates.nextDoc());
        }

        @Override
        public int advance(int target) throws IOException {
            return firstReaching(candidates.advance(target));
        }

        @Override
        public long cost() {
            return candidates.cost();
        }

        private int firstReaching(int doc) throws IOException {
            while (doc != NO_MORE_DOCS && !reaches(doc)) {
                doc = candidates.nextDoc();
            }
            return doc;
        }

        private boolean reaches(int doc) throws IOException {
            if (!points.advanceExact(doc) || !radii.advanceExact(doc)) {
                return false;
            }
            long encoded = points.nextValue();
            double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
            double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
            return SloppyMath.haversinMeters(latitude, longitude, lat, lon) <= radii.longValue();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "Reach(" + latitude + "," + longitude + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((Reach) other).latitude == latitude && ((Reach) other).longitude == longitude;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), latitude, longitude);
    }
}
