package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jiuzhu.core.region.GeoPoint;

/**
 * Lucene documents of both sides. Only ids, keywords, de-identified text and village-level points go in, and nothing
 * is stored: what a result's reasons need is read from doc values (see {@link Hit}).
 */
final class Documents {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String AID = "aid";
    static final String TARGET = "target";
    static final String REGION = "region";
    static final String POINT = "point";
    /** A volunteer service's radius in metres: checked by {@link Reach}, whose search is as wide as the largest. */
    static final String RADIUS = "radius";
    /** The division a document sorts under, so that the documents of one place sit together in the index. */
    static final String PLACE = "place";
    static final String REMAINING = "remaining";
    static final String STARTS = "starts";
    static final String ENDS = "ends";
    static final String URGENCY = "urgency";
    static final String SHARED = "shared";
    static final String SERVED = "served";
    static final String VOLUNTEER = "VOLUNTEER";
    static final String PROJECT = "PROJECT";

    /**
     * Words are matched one by one, never as phrases: no positions, which with term vectors would cost more than half
     * the time of building a million documents. Reasons look the asked-for words up in the postings instead.
     */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
    }

    private Documents() {
    }

    static Document offer(OfferDocument o) {
        Document doc = common(o.id(), o.aidKind(), o.targets(), o.text());
        doc.add(new StringField(KIND, o.volunteer() ? VOLUNTEER : PROJECT, Field.Store.NO));
        o.regions().forEach(code -> {
            doc.add(new StringField(REGION, code, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(REGION, new BytesRef(code)));
        });
        if (o.volunteer() && o.base() != null && o.radiusKm() != null) {
            point(doc, o.base());
            doc.add(new NumericDocValuesField(RADIUS, o.radiusKm() * 1000L));
            doc.add(new IntPoint(RADIUS, o.radiusKm() * 1000));
        }
        doc.add(new SortedDocValuesField(PLACE, new BytesRef(o.place() == null ? "" : o.place())));
        doc.add(new NumericDocValuesField(REMAINING, o.remaining()));
        day(doc, STARTS, o.startsOn().toEpochDay());
        day(doc, ENDS, o.endsOn().toEpochDay());
        return doc;
    }

    static Document need(NeedDocument n) {
        Document doc = common(n.id(), n.aidKind(), n.targets(), n.text());
        // Needs are found by the runs of their place (see Places), so the place is all a need carries of its region.
        String village = n.regionChain().isEmpty() ? "" : n.regionChain().get(0);
        doc.add(new SortedDocValuesField(PLACE, new BytesRef(village)));
        if (n.point() != null) {
            point(doc, n.point());
        }
        doc.add(new NumericDocValuesField(URGENCY, n.urgency()));
        doc.add(new NumericDocValuesField(SHARED, n.sharedOn().toEpochDay()));
        if (n.lastServed() != null) {
            doc.add(new NumericDocValuesField(SERVED, n.lastServed().toEpochDay()));
        }
        return doc;
    }

    /** A day as a point (ranges over many documents) and a doc value (checking the few a region already chose). */
    private static void day(Document doc, String field, long epochDay) {
        doc.add(new IntPoint(field, (int) epochDay));
        doc.add(new NumericDocValuesField(field, epochDay));
    }

    private static Document common(long id, String aidKind, java.util.Set<String> targets, String text) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, id));
        doc.add(new StringField(AID, aidKind, Field.Store.NO));
        doc.add(new SortedDocValuesField(AID, new BytesRef(aidKind)));
        targets.forEach(t -> {
            doc.add(new StringField(TARGET, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TARGET, new BytesRef(t)));
        });
        doc.add(new Field(Analysis.TEXT, text, WORDS));
        doc.add(new Field(Analysis.BIGRAM, text, WORDS));
        return doc;
    }

    private static void point(Document doc, GeoPoint p) {
        doc.add(new LatLonPoint(POINT, p.latitude(), p.longitude()));
        doc.add(new LatLonDocValuesField(POINT, p.latitude(), p.longitude()));
    }
}
