package org.jiuzhu.matching.search;

import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

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

    private Reasons() {
    }

    /** The query side's facts; {@code terms} are the words the query asked for. */
    record Probe(String aidKind, Set<String> targets, List<String> regionChain, GeoPoint point, QueryTerms terms) {
    }

    /** {@code regionsAreChain}: the result is a need, whose regions are its village and the divisions above. */
    static List<Reason> of(Probe probe, Hit hit, boolean regionsAreChain, Set<String> foundTerms) {
        List<Reason> reasons = new ArrayList<>();
        region(probe, hit, regionsAreChain).ifPresent(reasons::add);
        if (probe.aidKind().equals(hit.aidKind())) {
            reasons.add(Reason.values("matching.reason.kind", List.of(AidKind.valueOf(probe.aidKind()).messageKey())));
        }
        List<String> targets = new ArrayList<>();
        for (String target : hit.targets()) {
            if (probe.targets().contains(target)) {
                targets.add(TargetGroup.valueOf(target).messageKey());
            }
        }
        if (!targets.isEmpty()) {
            reasons.add(Reason.values("matching.reason.target", targets));
        }
        List<String> keywords = keywords(probe.terms(), foundTerms);
        if (!keywords.isEmpty()) {
            reasons.add(Reason.text("matching.reason.keywords", String.join("、", keywords)));
        }
        return reasons;
    }

    /** For offer-to-need results: urgency and time waited, which also moved the result up. */
    static void needFacts(Hit hit, LocalDate today, List<Reason> reasons) {
        if (hit.urgency() != null && hit.urgency() >= 2) {
            String name = hit.urgency() == 3 ? "urgent" : "pressing";
            reasons.add(Reason.values("matching.reason.urgency", List.of("matching.need.urgency." + name)));
        }
        long days = hit.sharedDay() == null ? 0 : today.toEpochDay() - hit.sharedDay();
        if (days >= 30) {
            reasons.add(Reason.text("matching.reason.waiting", Long.toString(days)));
        }
        if (hit.servedDay() != null && today.toEpochDay() - hit.servedDay() <= MatchQueries.SERVED_RECENTLY_DAYS) {
            reasons.add(Reason.text("matching.reason.servedRecently", LocalDate.ofEpochDay(hit.servedDay()).toString()));
        }
    }

    private static java.util.Optional<Reason> region(Probe probe, Hit hit, boolean regionsAreChain) {
        if (probe.point() != null && hit.point() != null && (hit.volunteer() || probe.regionChain().isEmpty())) {
            double km = probe.point().metresTo(hit.point()) / 1000;
            return java.util.Optional.of(Reason.text("matching.reason.distance", String.format(Locale.ROOT, "%.1f", km)));
        }
        List<String> hitRegions = hit.regions();
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

    /** Of the words the query asked for, those the result contains ({@code found}), as the asking text has them. */
    private static List<String> keywords(QueryTerms terms, Set<String> found) {
        List<String> keywords = new ArrayList<>();
        for (String word : terms.words()) {
            if (word.length() >= 2 && found.contains(Analysis.TEXT + ":" + word) && keywords.size() < MAX_KEYWORDS) {
                keywords.add(word);
            }
        }
        for (String bigram : terms.bigrams()) {
            if (bigram.length() != 2) {
                // A CJK character standing alone ("米、面、油") or a run of Latin letters or digits: not a bigram.
                continue;
            }
            // A bigram sharing a character with a word already listed only repeats it, or straddles two words
            // ("学费和住宿费" gives "费和"): bigrams are listed for domain words smartcn split into characters.
            boolean covered = keywords.stream().anyMatch(k -> k.indexOf(bigram.charAt(0)) >= 0
                    || k.indexOf(bigram.charAt(1)) >= 0);
            if (!covered && found.contains(Analysis.BIGRAM + ":" + bigram) && keywords.size() < MAX_KEYWORDS) {
                keywords.add(bigram);
            }
        }
        return keywords;
    }
}
