package org.jiuzhu.matching.search;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.jiuzhu.core.region.GeoPoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reasons say about one result, read from doc values: the indexes store no fields, so a search never
 * decompresses stored blocks. {@code regions}: a project's regions, or a need's village and the divisions above it.
 * {@code urgency}, {@code sharedDay} and {@code servedDay} are for needs only (null when absent).
 */
record Hit(long id, String aidKind, Set<String> targets, List<String> regions, boolean volunteer, GeoPoint point,
           Long urgency, Long sharedDay, Long servedDay) {

    /** The results by document, each segment's doc values read once, in document order. */
    static Map<Integer, Hit> of(IndexReader reader, ScoreDoc[] hits, Side side) throws IOException {
        Map<Integer, Hit> read = new HashMap<>();
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        for (LeafReaderContext leaf : reader.leaves()) {
            Values values = null;
            for (int doc : docs) {
                if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
                    values = values == null ? new Values(leaf.reader(), side) : values;
                    read.put(doc, values.hit(doc - leaf.docBase));
                }
            }
        }
        return read;
    }

    /** One segment's doc values, asked in increasing document order. */
    private static final class Values {

        private final NumericDocValues ids;
        private final SortedDocValues aids;
        private final SortedSetDocValues targets;
        private final SortedSetDocValues regions;
        private final SortedDocValues places;
        private final SortedNumericDocValues points;
        private final NumericDocValues radii;
        private final NumericDocValues urgencies;
        private final NumericDocValues shared;
        private final NumericDocValues served;
        private final Side side;

        Values(LeafReader reader, Side side) throws IOException {
            this.side = side;
            ids = DocValues.getNumeric(reader, Documents.ID);
            aids = DocValues.getSorted(reader, Documents.AID);
            targets = DocValues.getSortedSet(reader, Documents.TARGET);
            regions = DocValues.getSortedSet(reader, Documents.REGION);
            places = DocValues.getSorted(reader, Documents.PLACE);
            points = DocValues.getSortedNumeric(reader, Documents.POINT);
            radii = DocValues.getNumeric(reader, Documents.RADIUS);
            urgencies = DocValues.getNumeric(reader, Documents.URGENCY);
            shared = DocValues.getNumeric(reader, Documents.SHARED);
            served = DocValues.getNumeric(reader, Documents.SERVED);
        }

        Hit hit(int doc) throws IOException {
            long id = ids.advanceExact(doc) ? ids.longValue() : -1;
            String aid = aids.advanceExact(doc) ? aids.lookupOrd(aids.ordValue()).utf8ToString() : "";
            List<String> regionList = new ArrayList<>(all(regions, doc));
            if (side == Side.NEED && places.advanceExact(doc)) {
                regionList.addAll(Places.chain(places.lookupOrd(places.ordValue()).utf8ToString()));
            }
            GeoPoint point = null;
            if (points.advanceExact(doc)) {
                long encoded = points.nextValue();
                point = new GeoPoint(GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
                        GeoEncodingUtils.decodeLongitude((int) encoded));
            }
            return new Hit(id, aid, all(targets, doc), regionList, radii.advanceExact(doc), point,
                    urgencies.advanceExact(doc) ? urgencies.longValue() : null,
                    shared.advanceExact(doc) ? shared.longValue() : null,
                    served.advanceExact(doc) ? served.longValue() : null);
        }

        private static Set<String> all(SortedSetDocValues values, int doc) throws IOException {
            Set<String> all = new LinkedHashSet<>();
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    all.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                }
            }
            return all;
        }
    }
}
