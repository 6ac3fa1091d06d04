package org.jiuzhu.matching.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.SloppyMath;
import org.jiuzhu.core.region.GeoPoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine skips documents that cannot reach the top and reads a project's needs run by run. This checks, on a
 * random corpus spread over several segments, that neither ever changes the result: the top ten equal those of
 * scoring every document and adding the boosts as the rules state them.
 */
class PruningTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String[] KINDS = {"MEDICAL", "CARE", "EDUCATION", "LIVING"};
    static final String[] TARGETS = {"ELDERLY", "ELDERLY_ALONE", "DISABLED", "STUDENTS"};
    static final String[] WORDS = {"康复训练", "上门照护", "助学金", "住院费用", "米面油", "取暖", "陪同就医", "轮椅",
        "学费", "助餐", "心理疏导", "危房改造", "透析", "课业辅导", "棉被"};

    private final Analysis analysis = new Analysis();
    private final Ranking ranking = new Ranking(analysis);
    private final Random random = new Random(20261123);
    private final List<String> villages = villages();

    @Test
    void theTopTenOfEveryOffersNeedsAreThoseOfScoringEveryNeed() throws IOException {
        List<NeedDocument> needs = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            needs.add(need(i));
        }
        List<OfferDocument> offers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            offers.add(offer(i, i % 4 == 0));
        }

        InMemoryIndex.search(analysis, needs.stream().map(Documents::need).toList(), 4, searcher -> {
            for (OfferDocument offer : offers) {
                List<Match> fast = ranking.needsFor(searcher, offer, TODAY, 10);
                assertSameScores(fast, exactNeeds(searcher, offer));
            }
            return null;
        });
    }

    @Test
    void theTopTenOfEveryNeedsOffersAreThoseOfScoringEveryOffer() throws IOException {
        List<OfferDocument> offers = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            offers.add(offer(i, i % 3 == 0));
        }
        List<NeedDocument> needs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            needs.add(need(i));
        }

        InMemoryIndex.search(analysis, offers.stream().map(Documents::offer).toList(), 3, searcher -> {
            for (NeedDocument need : needs) {
                List<Match> fast = ranking.offersFor(searcher, need, TODAY, 10);
                assertSameScores(fast, exactOffers(searcher, need));
            }
            return null;
        });
    }

    private static void assertSameScores(List<Match> fast, List<Double> exact) {
        assertThat(fast).hasSize(Math.min(10, exact.size()));
        for (int i = 0; i < fast.size(); i++) {
            assertThat((double) fast.get(i).score()).isCloseTo(exact.get(i), within(1e-3));
        }
    }

    /** Every need in the offer's regions or radius sharing something with it, with its boosts, best first. */
    private List<Double> exactNeeds(IndexSearcher searcher, OfferDocument offer) throws IOException {
        QueryTerms terms = QueryTerms.pick(searcher.getIndexReader(), analysis, offer.text());
        List<Double> totals = new ArrayList<>();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(MatchQueries.relevance(offer.aidKind(), offer.targets(), terms), all).scoreDocs) {
            Hit need = Hit.of(searcher.getIndexReader(), new ScoreDoc[]{hit}, Side.NEED).get(hit.doc);
            String village = need.regions().get(0);
            double metres = offer.base() == null ? 0 : metres(offer.base(), need.point());
            boolean inside = MatchQueries.byRadius(offer) ? metres <= offer.radiusKm() * 1000.0
                    : offer.regions().stream().anyMatch(r -> village.startsWith(Places.prefix(r)));
            if (inside) {
                double boost = need.urgency() / (need.urgency() + 2.0) + 0.5 * 182.5 / (182.5
                        + Math.abs(need.sharedDay() - (TODAY.toEpochDay() - 730)));
                if (MatchQueries.byRadius(offer)) {
                    boost += 5000 / (5000 + metres);
                }
                if (need.servedDay() != null && TODAY.toEpochDay() - need.servedDay() <= 365) {
                    boost -= 10_000;
                }
                totals.add(hit.score + boost);
            }
        }
        totals.sort(Comparator.reverseOrder());
        return totals.subList(0, Math.min(10, totals.size()));
    }

    /** Every open offer for the need with its closeness, best first. */
    private List<Double> exactOffers(IndexSearcher searcher, NeedDocument need) throws IOException {
        QueryTerms terms = QueryTerms.pick(searcher.getIndexReader(), analysis, need.text());
        List<Double> totals = new ArrayList<>();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(MatchQueries.offersFor(need, terms, TODAY), all).scoreDocs) {
            Hit offer = Hit.of(searcher.getIndexReader(), new ScoreDoc[]{hit}, Side.OFFER).get(hit.doc);
            double boost = 0;
            double[] closeness = {2.0, 1.4, 0.8};
            for (int i = 0; i < 3; i++) {
                for (String region : offer.regions()) {
                    boost += region.equals(need.regionChain().get(i)) ? closeness[i] : 0;
                }
            }
            if (offer.point() != null) {
                boost += 5000 / (5000 + metres(need.point(), offer.point()));
            }
            totals.add(hit.score + boost);
        }
        totals.sort(Comparator.reverseOrder());
        return totals.subList(0, Math.min(10, totals.size()));
    }

    private static double metres(GeoPoint from, GeoPoint to) {
        return SloppyMath.haversinMeters(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    }

    private NeedDocument need(long id) {
        String village = villages.get(random.nextInt(villages.size()));
        LocalDate served = random.nextInt(8) == 0 ? TODAY.minusDays(random.nextInt(700)) : null;
        return new NeedDocument(id, pick(KINDS), targets(), "SIXTIES", Places.chain(village), text(), point(village),
                1 + random.nextInt(3), TODAY.minusDays(random.nextInt(900)), served, true);
    }

    private OfferDocument offer(long id, boolean volunteer) {
        String village = villages.get(random.nextInt(villages.size()));
        if (volunteer) {
            return new OfferDocument(id, true, pick(KINDS), targets(), List.of(), village, text(), point(village),
                    2 + random.nextInt(12), 5, TODAY.minusDays(5), TODAY.plusDays(60), true);
        }
        List<String> chain = Places.chain(village);
        String region = chain.get(1 + random.nextInt(3));
        return new OfferDocument(id, false, pick(KINDS), targets(), List.of(region), region, text(), null, null,
                random.nextInt(6), TODAY.minusDays(5), TODAY.plusDays(random.nextInt(4) == 0 ? -1 : 60), true);
    }

    private Set<String> targets() {
        Set<String> targets = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            targets.add(pick(TARGETS));
        }
        return targets;
    }

    private String text() {
        StringBuilder text = new StringBuilder("家里");
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            text.append(pick(WORDS)).append(random.nextBoolean() ? "，" : "和");
        }
        return text.append("希望得到帮助。").toString();
    }

    /** Two counties of two townships of four villages, a few kilometres apart. */
    private static List<String> villages() {
        List<String> codes = new ArrayList<>();
        for (String county : List.of("990102", "990103")) {
            for (String township : List.of("001", "002")) {
                for (String village : List.of("001", "002", "003", "004")) {
                    codes.add(county + township + village);
                }
            }
        }
        return codes;
    }

    private static GeoPoint point(String village) {
        int n = Integer.parseInt(village.substring(4));
        return new GeoPoint(34.0 + (n % 997) * 0.0004, 108.5 + (n / 997) * 0.02);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
