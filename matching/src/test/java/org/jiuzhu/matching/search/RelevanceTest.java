package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.jiuzhu.core.region.GeoPoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The match queries and their reasons on a small hand-made corpus, in an in-memory index. */
class RelevanceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String PROVINCE = "990000000000";
    static final String CITY = "990100000000";
    static final String COUNTY = "990102000000";
    static final String TOWNSHIP = "990102001000";
    static final String VILLAGE = "990102001002";
    static final String OTHER_COUNTY = "990103000000";
    static final GeoPoint XINGFU = new GeoPoint(34.318, 108.93);
    static final List<String> XINGFU_CHAIN = List.of(VILLAGE, TOWNSHIP, COUNTY, CITY, PROVINCE);

    private final Analysis analysis = new Analysis();
    private final Ranking ranking = new Ranking(analysis);

    @Test
    void aNeedFindsTheProjectOfItsKindInItsTownshipFirstWithReasons() throws IOException {
        List<OfferDocument> offers = List.of(
                project(1, "MEDICAL", Set.of("ELDERLY_ALONE"), List.of(TOWNSHIP), "老年人康复护理 上门康复训练和照护服务"),
                project(2, "MEDICAL", Set.of(), List.of(CITY), "大病医疗费用补助"),
                project(3, "EDUCATION", Set.of("STUDENTS"), List.of(TOWNSHIP), "贫困学生助学金"),
                project(4, "MEDICAL", Set.of("ELDERLY_ALONE"), List.of(OTHER_COUNTY), "康复护理 上门服务"),
                volunteer(5, "CARE", "上门照护 陪老人聊天", new GeoPoint(34.33, 108.94), 5),
                volunteer(6, "CARE", "上门照护", new GeoPoint(35.5, 110.0), 5));
        NeedDocument need = new NeedDocument(100, "MEDICAL", Set.of("ELDERLY_ALONE"), "SEVENTIES", XINGFU_CHAIN,
                "老人中风后行动不便，需要上门康复和照护", XINGFU, 2, TODAY.minusDays(10), null, true);

        List<Match> results = search(offers.stream().map(Documents::offer).toList(),
                searcher -> ranking.offersFor(searcher, need, TODAY, 10));

        assertThat(results).extracting(Match::id).startsWith(1L).doesNotContain(4L, 6L).contains(2L, 5L);
        assertThat(results.get(0).reasons()).extracting(Reason::key).containsExactly("matching.reason.region.township",
                "matching.reason.kind", "matching.reason.target", "matching.reason.keywords");
        assertThat(results.get(0).reasons().get(3).text()).contains("康复", "上门");
        Match volunteer = results.stream().filter(r -> r.id() == 5).findFirst().orElseThrow();
        assertThat(volunteer.reasons().get(0).key()).isEqualTo("matching.reason.distance");
        // smartcn splits 照护; the bigram field still names it
        assertThat(volunteer.reasons()).anySatisfy(r -> assertThat(r.text()).contains("照护"));
    }

    @Test
    void anOfferFindsUrgentNeedsFirstAndNeverNeedsOutsideItsRegions() throws IOException {
        List<NeedDocument> needs = List.of(
                need(11, "EDUCATION", Set.of("STUDENTS"), XINGFU_CHAIN, "孩子上高中，学费和住宿费有困难", 1, 5),
                need(12, "EDUCATION", Set.of("STUDENTS"), XINGFU_CHAIN, "孩子上大学，需要助学金", 3, 5),
                need(13, "EDUCATION", Set.of("STUDENTS"), List.of("990103001002", "990103001000", OTHER_COUNTY, CITY,
                        PROVINCE), "孩子上学需要助学", 3, 5),
                need(14, "MEDICAL", Set.of(), XINGFU_CHAIN, "住院费用高", 3, 5));
        OfferDocument offer = project(1, "EDUCATION", Set.of("STUDENTS"), List.of(COUNTY), "助学金 资助高中和大学学生");

        List<Match> results = search(needs.stream().map(Documents::need).toList(),
                searcher -> ranking.needsFor(searcher, offer, TODAY, 10));

        assertThat(results).extracting(Match::id).containsExactly(12L, 11L);
        assertThat(results.get(0).reasons()).extracting(Reason::key).contains("matching.reason.region.county",
                "matching.reason.kind", "matching.reason.urgency");
    }

    @Test
    void aHouseholdServedWithTheSameKindWithinAYearComesOnlyAfterThoseNeverServedWhateverItsScore() throws IOException {
        List<NeedDocument> needs = List.of(
                served(21, "EDUCATION", Set.of("STUDENTS"), XINGFU_CHAIN, "孩子上大学，需要助学金", 3, 300,
                        TODAY.minusDays(30)),
                served(22, "EDUCATION", Set.of(), XINGFU_CHAIN, "上学有困难", 1, 1, null),
                served(23, "EDUCATION", Set.of(), XINGFU_CHAIN, "上学有困难", 1, 1, TODAY.minusDays(400)));
        OfferDocument offer = project(1, "EDUCATION", Set.of("STUDENTS"), List.of(COUNTY), "助学金 资助大学学生");
        List<Match> results = search(needs.stream().map(Documents::need).toList(),
                searcher -> ranking.needsFor(searcher, offer, TODAY, 10));

        assertThat(results).extracting(Match::id).hasSize(3);
        assertThat(results.subList(0, 2)).extracting(Match::id).containsExactlyInAnyOrder(22L, 23L);
        assertThat(results.get(2).id()).isEqualTo(21L);
        assertThat(results.get(2).reasons()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("matching.reason.servedRecently");
            assertThat(r.text()).isEqualTo(TODAY.minusDays(30).toString());
        });
        List<Match> first = results.subList(0, 2);
        assertThat(first).allSatisfy(m -> assertThat(m.reasons()).extracting(Reason::key)
                .doesNotContain("matching.reason.servedRecently"));
    }

    @Test
    void aFullClosedOrEndedOfferIsNeverProposed() throws IOException {
        OfferDocument full = new OfferDocument(1, false, "MEDICAL", Set.of(), List.of(TOWNSHIP), TOWNSHIP, "医疗救助",
                null, null,
                0, TODAY.minusDays(1), TODAY.plusDays(30), true);
        OfferDocument ended = new OfferDocument(2, false, "MEDICAL", Set.of(), List.of(TOWNSHIP), TOWNSHIP, "医疗救助",
                null, null,
                5, TODAY.minusDays(30), TODAY.minusDays(1), true);
        OfferDocument open = project(3, "MEDICAL", Set.of(), List.of(TOWNSHIP), "医疗救助");
        NeedDocument need = new NeedDocument(100, "MEDICAL", Set.of(), "ADULT", XINGFU_CHAIN, "看病", XINGFU, 1, TODAY, null, true);

        List<Match> results = search(List.of(Documents.offer(full), Documents.offer(ended), Documents.offer(open)),
                searcher -> ranking.offersFor(searcher, need, TODAY, 10));

        assertThat(results).extracting(Match::id).containsExactly(3L);
    }

    @Test
    void aVolunteerServiceIsProposedWhereItsOwnRadiusReachesAndNowhereElse() throws IOException {
        // About 33 km north of Xingfu: only the service with a 40 km radius reaches it.
        GeoPoint far = new GeoPoint(34.618, 108.93);
        List<OfferDocument> offers = List.of(volunteer(1, "CARE", "上门照护", far, 40),
                volunteer(2, "CARE", "上门照护", far, 30), volunteer(3, "CARE", "上门照护", XINGFU, 1));
        NeedDocument need = new NeedDocument(100, "CARE", Set.of(), "SEVENTIES", XINGFU_CHAIN, "需要上门照护", XINGFU, 1,
                TODAY, null, true);

        List<Match> results = search(offers.stream().map(Documents::offer).toList(),
                searcher -> ranking.offersFor(searcher, need, TODAY, 10));

        assertThat(results).extracting(Match::id).containsExactly(3L, 1L);
        assertThat(results.get(1).reasons().get(0).text()).isEqualTo("33.4");
    }

    @Test
    void aCharacterStandingAloneInBothTextsGivesNoBrokenKeyword() throws IOException {
        // CJK analysis keeps a lone character ("米") as a term of its own; found by the benchmark's corpus.
        OfferDocument offer = project(1, "LIVING", Set.of(), List.of(TOWNSHIP), "发放生活物资：米、面、油");
        NeedDocument need = new NeedDocument(100, "LIVING", Set.of(), "ADULT", XINGFU_CHAIN, "缺少生活物资，米、油都没有了",
                XINGFU, 1, TODAY, null, true);

        List<Match> results = search(List.of(Documents.offer(offer)),
                searcher -> ranking.offersFor(searcher, need, TODAY, 10));

        assertThat(results).extracting(Match::id).containsExactly(1L);
        Reason keywords = results.get(0).reasons().stream().filter(r -> r.key().equals("matching.reason.keywords"))
                .findFirst().orElseThrow();
        assertThat(keywords.text()).contains("生活", "物资").doesNotContain("米");
    }

    private List<Match> search(List<Document> documents, Indexes.SearchCall<List<Match>> call) throws IOException {
        return InMemoryIndex.search(analysis, documents, 1, call);
    }

    static OfferDocument project(long id, String aid, Set<String> targets, List<String> regions, String text) {
        return new OfferDocument(id, false, aid, targets, regions, regions.get(0), text, null, null, 10, TODAY.minusDays(1),
                TODAY.plusDays(90), true);
    }

    static OfferDocument volunteer(long id, String aid, String text, GeoPoint base, int radiusKm) {
        return new OfferDocument(id, true, aid, Set.of(), List.of(), VILLAGE, text, base, radiusKm, 10, TODAY.minusDays(1),
                TODAY.plusDays(90), true);
    }

    static NeedDocument need(long id, String aid, Set<String> targets, List<String> chain, String text, int urgency,
                             int daysAgo) {
        return served(id, aid, targets, chain, text, urgency, daysAgo, null);
    }

    static NeedDocument served(long id, String aid, Set<String> targets, List<String> chain, String text, int urgency,
                               int daysAgo, LocalDate lastServed) {
        return new NeedDocument(id, aid, targets, "TEEN", chain, text, null, urgency, TODAY.minusDays(daysAgo),
                lastServed, true);
    }
}
