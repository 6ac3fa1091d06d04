package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jiuzhu.core.region.GeoPoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final MatchQueries queries = new MatchQueries(analysis);
    private final Reasons reasons = new Reasons(analysis);

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

        List<Result> results = search(offers.stream().map(Documents::offer).toList(), queries.offersFor(need, TODAY),
                reasons.probe(need.aidKind(), need.targets(), need.regionChain(), need.point(), need.text()), false);

        assertThat(results).extracting(Result::id).startsWith(1L).doesNotContain(4L, 6L).contains(2L, 5L);
        assertThat(results.get(0).reasons()).extracting(Reason::key).containsExactly("matching.reason.region.township",
                "matching.reason.kind", "matching.reason.target", "matching.reason.keywords");
        assertThat(results.get(0).reasons().get(3).text()).contains("康复", "上门");
        Result volunteer = results.stream().filter(r -> r.id() == 5).findFirst().orElseThrow();
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

        List<Result> results = search(needs.stream().map(Documents::need).toList(), queries.needsFor(offer, TODAY, false),
                reasons.probe(offer.aidKind(), offer.targets(), offer.regions(), null, offer.text()), true);

        assertThat(results).extracting(Result::id).containsExactly(12L, 11L);
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
        Reasons.Probe probe = reasons.probe(offer.aidKind(), offer.targets(), offer.regions(), null, offer.text());
        List<Document> documents = needs.stream().map(Documents::need).toList();

        List<Result> first = search(documents, queries.needsFor(offer, TODAY, false), probe, true);
        List<Result> after = search(documents, queries.needsFor(offer, TODAY, true), probe, true);

        assertThat(first).extracting(Result::id).containsExactlyInAnyOrder(22L, 23L);
        assertThat(after).extracting(Result::id).containsExactly(21L);
        assertThat(after.get(0).reasons()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("matching.reason.servedRecently");
            assertThat(r.text()).isEqualTo(TODAY.minusDays(30).toString());
        });
        assertThat(first.get(0).reasons()).extracting(Reason::key).doesNotContain("matching.reason.servedRecently");
    }

    @Test
    void aFullClosedOrEndedOfferIsNeverProposed() throws IOException {
        OfferDocument full = new OfferDocument(1, false, "MEDICAL", Set.of(), List.of(TOWNSHIP), "医疗救助", null, null,
                0, TODAY.minusDays(1), TODAY.plusDays(30), true);
        OfferDocument ended = new OfferDocument(2, false, "MEDICAL", Set.of(), List.of(TOWNSHIP), "医疗救助", null, null,
                5, TODAY.minusDays(30), TODAY.minusDays(1), true);
        OfferDocument open = project(3, "MEDICAL", Set.of(), List.of(TOWNSHIP), "医疗救助");
        NeedDocument need = new NeedDocument(100, "MEDICAL", Set.of(), "ADULT", XINGFU_CHAIN, "看病", XINGFU, 1, TODAY, null, true);

        List<Result> results = search(List.of(Documents.offer(full), Documents.offer(ended), Documents.offer(open)),
                queries.offersFor(need, TODAY), reasons.probe("MEDICAL", Set.of(), XINGFU_CHAIN, XINGFU, "看病"), false);

        assertThat(results).extracting(Result::id).containsExactly(3L);
    }

    record Result(long id, float score, List<Reason> reasons) {
    }

    private List<Result> search(List<Document> documents, org.apache.lucene.search.Query query, Reasons.Probe probe,
                                boolean needs) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()))) {
                for (Document d : documents) {
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = searcher.search(query, 10);
                List<Result> results = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    List<String> regions = new ArrayList<>();
                    for (org.apache.lucene.index.IndexableField f : doc.getFields(Documents.REGION)) {
                        regions.add(f.stringValue());
                    }
                    List<Reason> why = new ArrayList<>(reasons.of(probe, doc, reader.termVectors(), hit.doc, regions, needs));
                    if (needs) {
                        reasons.needFacts(doc, TODAY, why);
                    }
                    results.add(new Result(Long.parseLong(doc.get(Documents.ID)), hit.score, why));
                }
                return results;
            }
        }
    }

    static OfferDocument project(long id, String aid, Set<String> targets, List<String> regions, String text) {
        return new OfferDocument(id, false, aid, targets, regions, text, null, null, 10, TODAY.minusDays(1),
                TODAY.plusDays(90), true);
    }

    static OfferDocument volunteer(long id, String aid, String text, GeoPoint base, int radiusKm) {
        return new OfferDocument(id, true, aid, Set.of(), List.of(), text, base, radiusKm, 10, TODAY.minusDays(1),
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
