package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LatLonShape;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.geo.Polygon;
import org.apache.lucene.index.IndexOptions;
import org.jiuzhu.core.region.GeoPoint;

/** Lucene documents of both sides. Only ids, keywords, de-identified text and village-level points go in. */
final class Documents {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String AID = "aid";
    static final String TARGET = "target";
    static final String AGE = "age";
    static final String STATUS = "status";
    static final String REGION = "region";
    static final String POINT = "point";
    static final String COVERAGE = "coverage";
    static final String REMAINING = "remaining";
    static final String STARTS = "starts";
    static final String ENDS = "ends";
    static final String FEATURES = "features";
    static final String URGENCY = "urgency";
    static final String SHARED = "shared";
    static final String SERVED = "served";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String VOLUNTEER = "VOLUNTEER";
    static final String PROJECT = "PROJECT";
    static final String OPEN = "OPEN";
    private static final int CIRCLE_VERTICES = 48;

    /** Term vectors let reasons name the words a result shares with the query without analysing it again. */
    private static final FieldType TEXT_WITH_VECTORS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_VECTORS.setStoreTermVectors(true);
        TEXT_WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_WITH_VECTORS.freeze();
    }

    private Documents() {
    }

    static Document offer(OfferDocument o) {
        Document doc = common(o.id(), o.aidKind(), o.targets(), o.text());
        doc.add(new StringField(KIND, o.volunteer() ? VOLUNTEER : PROJECT, Field.Store.YES));
        o.regions().forEach(code -> doc.add(new StringField(REGION, code, Field.Store.YES)));
        if (o.volunteer() && o.base() != null && o.radiusKm() != null) {
            point(doc, o.base());
            for (Field field : LatLonShape.createIndexableFields(COVERAGE, circle(o.base(), o.radiusKm() * 1000.0))) {
                doc.add(field);
            }
        }
        doc.add(new NumericDocValuesField(REMAINING, o.remaining()));
        doc.add(new IntPoint(STARTS, (int) o.startsOn().toEpochDay()));
        doc.add(new IntPoint(ENDS, (int) o.endsOn().toEpochDay()));
        return doc;
    }

    static Document need(NeedDocument n) {
        Document doc = common(n.id(), n.aidKind(), n.targets(), n.text());
        doc.add(new StringField(AGE, n.ageBand(), Field.Store.YES));
        n.regionChain().forEach(code -> doc.add(new StringField(REGION, code, Field.Store.YES)));
        if (n.point() != null) {
            point(doc, n.point());
        }
        doc.add(new FeatureField(FEATURES, URGENCY, n.urgency()));
        doc.add(new StoredField(URGENCY, n.urgency()));
        doc.add(new LongField(SHARED, n.sharedOn().toEpochDay(), Field.Store.YES));
        if (n.lastServed() != null) {
            doc.add(new IntPoint(SERVED, (int) n.lastServed().toEpochDay()));
            doc.add(new StoredField(SERVED, (int) n.lastServed().toEpochDay()));
        }
        return doc;
    }

    private static Document common(long id, String aidKind, java.util.Set<String> targets, String text) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        doc.add(new StringField(STATUS, OPEN, Field.Store.NO));
        doc.add(new StringField(AID, aidKind, Field.Store.YES));
        targets.forEach(t -> doc.add(new StringField(TARGET, t, Field.Store.YES)));
        doc.add(new Field(Analysis.TEXT, text, TEXT_WITH_VECTORS));
        doc.add(new Field(Analysis.BIGRAM, text, TEXT_WITH_VECTORS));
        return doc;
    }

    private static void point(Document doc, GeoPoint p) {
        doc.add(new LatLonPoint(POINT, p.latitude(), p.longitude()));
        doc.add(new LatLonDocValuesField(POINT, p.latitude(), p.longitude()));
        doc.add(new StoredField(LAT, p.latitude()));
        doc.add(new StoredField(LON, p.longitude()));
    }

    /** A polygon close to the service circle; 48 vertices keep the radius within 0.3 %. */
    static Polygon circle(GeoPoint centre, double metres) {
        double[] lats = new double[CIRCLE_VERTICES + 1];
        double[] lons = new double[CIRCLE_VERTICES + 1];
        double angular = metres / 6_371_008.8;
        double lat1 = Math.toRadians(centre.latitude());
        double lon1 = Math.toRadians(centre.longitude());
        for (int i = 0; i < CIRCLE_VERTICES; i++) {
            // Counter-clockwise, as Lucene expects a polygon's outer ring.
            double bearing = -2 * Math.PI * i / CIRCLE_VERTICES;
            double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular)
                    + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
            double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                    Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
            lats[i] = Math.toDegrees(lat2);
            lons[i] = Math.toDegrees(lon2);
        }
        lats[CIRCLE_VERTICES] = lats[0];
        lons[CIRCLE_VERTICES] = lons[0];
        return new Polygon(lats, lons);
    }
}
