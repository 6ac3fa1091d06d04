package org.jiuzhu.matching.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Both directions of matching: the best open offers for a need and the best shared needs for an offer, each with
 * its reasons. Callers show results only after checking the database still allows it (consent, status), so a
 * change not yet indexed on this node can never expose a need.
 */
@Singleton
public class Matcher {

    public static final int MAX_LIMIT = 100;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Indexes indexes;
    private final MatchQueries queries;
    private final Reasons reasons;
    private final Clock clock;

    Matcher(Indexes indexes, Clock clock) {
        this.indexes = indexes;
        this.queries = new MatchQueries(indexes.analysis());
        this.reasons = new Reasons(indexes.analysis());
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public List<Match> offersForNeed(long needId, int limit) {
        Optional<NeedDocument> need = ((DocumentSource<NeedDocument>) indexes.source(Side.NEED)).document(needId)
                .filter(NeedDocument::searchable);
        return need.map(n -> offersFor(n, limit)).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Match> needsForOffer(long offerId, int limit) {
        Optional<OfferDocument> offer = ((DocumentSource<OfferDocument>) indexes.source(Side.OFFER)).document(offerId);
        return offer.map(o -> needsFor(o, limit)).orElse(List.of());
    }

    /** Offers for a need described but not stored, e.g. a resident's search. */
    public List<Match> offersFor(NeedDocument need, int limit) {
        LocalDate today = today();
        Reasons.Probe probe = reasons.probe(need.aidKind(), need.targets(), need.regionChain(), need.point(), need.text());
        return run(Side.OFFER, queries.offersFor(need, today), limit, probe, false, today);
    }

    /** Open services near a division for a resident's search, closest and most relevant first. */
    public List<Match> services(ServiceSearch search, int limit) {
        LocalDate today = today();
        Reasons.Probe probe = reasons.probe(search.aidKind() == null ? "" : search.aidKind(), Set.of(),
                search.regionChain(), search.point(), search.keywords() == null ? "" : search.keywords());
        return run(Side.OFFER, queries.services(search, today), limit, probe, false, today);
    }

    /** Households never served (or not within a year) with the need's kind of aid first, then the others. */
    public List<Match> needsFor(OfferDocument offer, int limit) {
        LocalDate today = today();
        Reasons.Probe probe = reasons.probe(offer.aidKind(), offer.targets(), offer.regions(),
                offer.volunteer() ? offer.base() : null, offer.text());
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Match> matches = new ArrayList<>(run(Side.NEED, queries.needsFor(offer, today, false), n, probe, true,
                today));
        if (matches.size() < n) {
            matches.addAll(run(Side.NEED, queries.needsFor(offer, today, true), n - matches.size(), probe, true, today));
        }
        return matches;
    }

    private List<Match> run(Side side, Query query, int limit, Reasons.Probe probe, boolean needs, LocalDate today) {
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return indexes.search(side, searcher -> {
            TopDocs top = searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            TermVectors vectors = searcher.getIndexReader().termVectors();
            List<Match> matches = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                List<String> regions = new ArrayList<>();
                for (IndexableField field : doc.getFields(Documents.REGION)) {
                    regions.add(field.stringValue());
                }
                List<Reason> why = new ArrayList<>(reasons.of(probe, doc, vectors, hit.doc, regions, needs));
                if (needs) {
                    reasons.needFacts(doc, today, why);
                }
                matches.add(new Match(Long.parseLong(doc.get(Documents.ID)), hit.score, why));
            }
            return matches;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** How many documents this node can find on a side (tests and the status page). */
    public int size(Side side) {
        return indexes.search(side, searcher -> searcher.getIndexReader().numDocs());
    }
}
