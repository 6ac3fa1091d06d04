package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reasons a person can read, taken from what the query and a result share: the same kind, target groups, region or
 * distance, and words (smartcn words, then bigrams for domain words smartcn split). The same facts the query's
 * clauses matched on, so a reason is never shown for something that did not count.
 */
final class Reasons {

    static final int MAX_KEYWORDS = 5;

    private final Analysis analysis;

    Reasons(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The query side's facts, analysed once for all results. */
    record Probe(String aidKind, Set<String> targets, List<String> regionChain, GeoPoint point, Set<String> words,
                 Set<String> bigrams) {
    }

    Probe probe(String aidKind, Set<String> targets, List<String> regionChain, GeoPoint point, String text) {
        return new Probe(aidKind, targets, regionChain, point, analysis.terms(Analysis.TEXT, text),
                analysis.terms(Analysis.BIGRAM, text));
    }

    List<Reason> of(Probe probe, Document hit, TermVectors vectors, int doc, List<String> hitRegions,
                    boolean regionsAreChain) throws IOException {
        List<Reason> reasons = new ArrayList<>();
        region(probe, hit, hitRegions, regionsAreChain).ifPresent(reasons::add);
        if (probe.aidKind().equals(hit.get(Documents.AID))) {
            reasons.add(Reason.values("matching.reason.kind", List.of(AidKind.valueOf(probe.aidKind()).messageKey())));
        }
        List<String> targets = new ArrayList<>();
        for (IndexableField field : hit.getFields(Documents.TARGET)) {
            if (probe.targets().contains(field.stringValue())) {
                targets.add(TargetGroup.valueOf(field.stringValue()).messageKey());
            }
        }
        if (!targets.isEmpty()) {
            reasons.add(Reason.values("matching.reason.target", targets));
        }
        List<String> keywords = keywords(probe, vectors, doc);
        if (!keywords.isEmpty()) {
            reasons.add(Reason.text("matching.reason.keywords", String.join("、", keywords)));
        }
        return reasons;
    }

    /** For offer-to-need results: urgency and time waited, which also moved the result up. */
    void needFacts(Document hit, LocalDate today, List<Reason> reasons) {
        IndexableField urgency = hit.getField(Documents.URGENCY);
        if (urgency != null && urgency.numericValue().intValue() >= 2) {
            String name = urgency.numericValue().intValue() == 3 ? "urgent" : "pressing";
            reasons.add(Reason.values("matching.reason.urgency", List.of("matching.need.urgency." + name)));
        }
        IndexableField shared = hit.getField(Documents.SHARED);
        long days = shared == null ? 0 : today.toEpochDay() - shared.numericValue().longValue();
        if (days >= 30) {
            reasons.add(Reason.text("matching.reason.waiting", Long.toString(days)));
        }
        IndexableField served = hit.getField(Documents.SERVED);
        if (served != null && today.toEpochDay() - served.numericValue().longValue() <= MatchQueries.SERVED_RECENTLY_DAYS) {
            reasons.add(Reason.text("matching.reason.servedRecently",
                    LocalDate.ofEpochDay(served.numericValue().longValue()).toString()));
        }
    }

    private java.util.Optional<Reason> region(Probe probe, Document hit, List<String> hitRegions,
                                              boolean regionsAreChain) {
        IndexableField lat = hit.getField(Documents.LAT);
        IndexableField lon = hit.getField(Documents.LON);
        boolean volunteer = Documents.VOLUNTEER.equals(hit.get(Documents.KIND));
        if (probe.point() != null && lat != null && lon != null && (volunteer || probe.regionChain().isEmpty())) {
            double km = probe.point().metresTo(new GeoPoint(lat.numericValue().doubleValue(),
                    lon.numericValue().doubleValue())) / 1000;
            return java.util.Optional.of(Reason.text("matching.reason.distance", String.format(Locale.ROOT, "%.1f", km)));
        }
        // Need to offer: the need's chain against the regions a project serves; offer to need the other way round.
        List<String> chain = regionsAreChain ? hitRegions : probe.regionChain();
        Set<String> served = new HashSet<>(regionsAreChain ? probe.regionChain() : hitRegions);
        for (int i = 0; i < chain.size(); i++) {
            if (served.contains(chain.get(i))) {
                String level = switch (i) {
                    case 0 -> "village";
                    case 1 -> "township";
                    case 2 -> "county";
                    default -> "wider";
                };
                return java.util.Optional.of(Reason.of("matching.reason.region." + level));
            }
        }
        return java.util.Optional.empty();
    }

    private List<String> keywords(Probe probe, TermVectors vectors, int doc) throws IOException {
        List<String> keywords = new ArrayList<>();
        Set<String> words = terms(vectors, doc, Analysis.TEXT);
        for (String word : probe.words()) {
            if (word.length() >= 2 && words.contains(word) && keywords.size() < MAX_KEYWORDS) {
                keywords.add(word);
            }
        }
        Set<String> bigrams = terms(vectors, doc, Analysis.BIGRAM);
        for (String bigram : probe.bigrams()) {
            // A bigram sharing a character with a word already listed only repeats it, or straddles two words
            // ("学费和住宿费" gives "费和"): bigrams are listed for domain words smartcn split into characters.
            boolean covered = keywords.stream().anyMatch(k -> k.indexOf(bigram.charAt(0)) >= 0
                    || k.indexOf(bigram.charAt(1)) >= 0);
            if (!covered && bigrams.contains(bigram) && keywords.size() < MAX_KEYWORDS) {
                keywords.add(bigram);
            }
        }
        return keywords;
    }

    private static Set<String> terms(TermVectors vectors, int doc, String field) throws IOException {
        Set<String> terms = new HashSet<>();
        org.apache.lucene.index.Fields fields = vectors.get(doc);
        Terms vector = fields == null ? null : fields.terms(field);
        if (vector == null) {
            return terms;
        }
        TermsEnum iterator = vector.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }
}
