package org.jiuzhu.matching;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A match over HTTP from proposal to delivery: the charity proposes, the resident (or their village officer) accepts
 * and releases contact to that organization only, the charity records delivery and it enters the assistance chain.
 */
@MicronautTest(transactional = false)
class PairingJourneyTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final Matchmaking matchmaking;
    private final DataSource db;

    PairingJourneyTest(EmbeddedServer server, StaffAccounts staff, Cases cases, Matchmaking matchmaking,
                       DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.matchmaking = matchmaking;
        this.db = Database.raw(dataSource);
    }

    private record Shared(Cases.Case household, WebSession resident, long need) {
    }

    private Shared shared() {
        Cases.Case household = cases.approved();
        WebSession resident = Cases.residentSession(server, household);
        return new Shared(household, resident, matchmaking.sharedNeed(household, resident));
    }

    private long propose(Charities.Charity charity, long offer, long need) {
        WebSession.Page proposed = charity.session().submit("/charity/offers/" + offer + "/needs",
                "/charity/offers/" + offer + "/needs/" + need + "/propose", Map.of("message", "我们可以资助学费"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(303);
        return Database.number(db, "SELECT id FROM pairing WHERE offer_id = ? AND need_id = ?", offer, need);
    }

    private WebSession.Page accept(WebSession resident, long pairing) {
        return resident.submit("/charity-help/pairings", "/charity-help/pairings/" + pairing + "/accept",
                Map.of("consent", "yes"));
    }

    private String status(long pairing) {
        return Database.text(db, "SELECT status FROM pairing WHERE id = ?", pairing);
    }

    private long remaining(long offer) {
        return Database.number(db, "SELECT remaining FROM offer WHERE id = ?", offer);
    }

    @Test
    void theSameOfferIsNeverLinkedTwiceToTheSameNeed() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        Shared shared = shared();
        propose(charity, offer, shared.need());

        WebSession.Page again = charity.session().post("/charity/offers/" + offer + "/needs/" + shared.need()
                + "/propose", Map.of("csrfToken", charity.session().get("/charity/offers/" + offer + "/needs").csrfToken()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("同一项目不能重复对接同一需求");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM pairing WHERE offer_id = ? AND need_id = ?", offer,
                shared.need())).isEqualTo(1);
    }

    @Test
    void acceptingReleasesContactToThatOrganizationOnlyAndDeliveryEntersTheAssistanceChain() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        Shared shared = shared();
        long pairing = propose(charity, offer, shared.need());
        assertThat(charity.session().get("/charity/pairings/" + pairing).body())
                .doesNotContain(shared.household().phone(), "王小红", "王小明");
        assertThat(matchmaking.verifiedCharity().session().get("/charity/pairings/" + pairing).status()).isEqualTo(403);

        assertThat(shared.resident().get("/charity-help/pairings").body()).contains("贫困学生助学金", "我们可以资助学费");
        WebSession.Page unticked = shared.resident().submit("/charity-help/pairings",
                "/charity-help/pairings/" + pairing + "/accept", Map.of());
        assertThat(unticked.status()).isEqualTo(422);
        assertThat(unticked.body()).contains("请勾选同意提供姓名和联系电话");
        assertThat(status(pairing)).isEqualTo("PROPOSED");

        assertThat(accept(shared.resident(), pairing).status()).isEqualTo(303);
        assertThat(status(pairing)).isEqualTo("ACCEPTED");
        assertThat(Database.text(db, "SELECT status FROM need WHERE id = ?", shared.need())).isEqualTo("MATCHED");
        assertThat(remaining(offer)).isEqualTo(4);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM pairing WHERE id = ? AND contact_phone_enc IS NOT NULL "
                + "AND INSTR(contact_phone_enc, ?) = 0", pairing, shared.household().phone())).isEqualTo(1);

        String phone = shared.household().phone();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        WebSession.Page detail = charity.session().get("/charity/pairings/" + pairing);
        assertThat(detail.body()).contains(masked, "王小明").doesNotContain(phone);
        WebSession.Page full = charity.session().submit("/charity/pairings/" + pairing,
                "/charity/pairings/" + pairing + "/contact", Map.of());
        assertThat(full.body()).contains(phone);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'VIEW_FULL_PHONE' "
                + "AND record_id = ?", String.valueOf(pairing))).isEqualTo(1);

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        WebSession.Page refused = charity.session().submit("/charity/pairings/" + pairing,
                "/charity/pairings/" + pairing + "/deliver", Map.of("amount", "-5", "on", tomorrow));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("金额请填写大于 0", "不能晚于今天");
        assertThat(status(pairing)).isEqualTo("ACCEPTED");

        WebSession.Page delivered = charity.session().submit("/charity/pairings/" + pairing,
                "/charity/pairings/" + pairing + "/deliver", Map.of("amount", "2000", "goods", "书包一个", "on", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(303);
        assertThat(status(pairing)).isEqualTo("DELIVERED");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM pairing WHERE id = ? AND contact_phone_enc IS NULL "
                + "AND contact_name_enc IS NULL AND delivered_amount = 2000", pairing)).isEqualTo(1);
        assertThat(Database.text(db, "SELECT status FROM need WHERE id = ?", shared.need())).isEqualTo("MET");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM assistance_chain c JOIN need n "
                + "ON n.household_bidx = c.household_bidx WHERE n.id = ? AND c.kind = 'CHARITY' "
                + "AND c.aid_kind = 'EDUCATION' AND c.one_off_amount = 2000", shared.need())).isEqualTo(1);
        assertThat(shared.resident().get("/assistance").body()).contains("慈善帮扶");
    }

    @Test
    void twoResidentsAcceptingTheLastPlaceAtOnceLeaveExactlyOneWinner() throws Exception {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 1);
        Shared first = shared();
        Shared second = shared();
        long one = propose(charity, offer, first.need());
        long two = propose(charity, offer, second.need());
        String firstToken = first.resident().get("/charity-help/pairings").csrfToken();
        String secondToken = second.resident().get("/charity-help/pairings").csrfToken();

        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<WebSession.Page> a = CompletableFuture.supplyAsync(() -> acceptAt(start, first, one, firstToken));
        CompletableFuture<WebSession.Page> b = CompletableFuture.supplyAsync(() -> acceptAt(start, second, two, secondToken));
        List<Integer> statuses = List.of(a.get().status(), b.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(303, 422);
        WebSession.Page loser = a.get().status() == 422 ? a.get() : b.get();
        assertThat(loser.body()).contains("名额刚刚用完");
        assertThat(remaining(offer)).isZero();
        assertThat(Database.number(db, "SELECT COUNT(*) FROM pairing WHERE offer_id = ? AND status = 'ACCEPTED'",
                offer)).isEqualTo(1);
    }

    private static WebSession.Page acceptAt(CyclicBarrier start, Shared shared, long pairing, String token) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return shared.resident().post("/charity-help/pairings/" + pairing + "/accept",
                Map.of("csrfToken", token, "consent", "yes"));
    }

    @Test
    void revokingConsentCancelsTheAcceptedMatchAndGivesThePlaceBack() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 3);
        Shared shared = shared();
        long pairing = propose(charity, offer, shared.need());
        assertThat(accept(shared.resident(), pairing).status()).isEqualTo(303);
        assertThat(remaining(offer)).isEqualTo(2);

        WebSession.Page revoked = shared.resident().submit("/charity-help",
                "/charity-help/" + shared.need() + "/revoke", Map.of());
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(303);
        assertThat(status(pairing)).isEqualTo("CANCELLED");
        assertThat(remaining(offer)).isEqualTo(3);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM pairing WHERE id = ? AND contact_phone_enc IS NULL",
                pairing)).isEqualTo(1);
        assertThat(charity.session().get("/charity/pairings/" + pairing).body()).doesNotContain("王小明");
    }

    @Test
    void theVillageOfficerAnswersForTheResidentAndOtherRegionsCannotSeeTheMatch() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 3);
        Shared shared = shared();
        long pairing = propose(charity, offer, shared.need());

        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, "990103001002"));
        assertThat(elsewhere.get("/admin/pairings/" + pairing).status()).isEqualTo(403);
        assertThat(elsewhere.get("/admin/pairings").body()).doesNotContain("/admin/pairings/" + pairing + "\"");
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.get("/admin/pairings").body()).contains("/admin/pairings/" + pairing + "\"");
        assertThat(caseworker.post("/admin/pairings/" + pairing + "/accept", Map.of("csrfToken",
                caseworker.get("/admin/pairings/" + pairing).csrfToken(), "consent", "yes")).status()).isEqualTo(403);

        WebSession officer = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, People.XINGFU_VILLAGE));
        WebSession.Page accepted = officer.submit("/admin/pairings/" + pairing, "/admin/pairings/" + pairing
                + "/accept", Map.of("consent", "yes"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT answered_role FROM pairing WHERE id = ?", pairing))
                .isEqualTo("VILLAGE_OFFICER");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM notification WHERE account_id = ? "
                + "AND message_key = 'matching.notification.acceptedForYou'", shared.household().resident().accountId()))
                .isEqualTo(1);
        assertThat(shared.resident().get("/charity-help/pairings").body()).contains("干部代为确认");
    }
}
