package org.jiuzhu.matching.need.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.matching.Charities;
import org.jiuzhu.matching.Matchmaking;
import org.jiuzhu.matching.search.Indexer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker records a need for a household that does not go online, from the paper consent it signed, through
 * the pages; the resident sees it marked as recorded for them and finds the services that fit it.
 */
@MicronautTest(transactional = false)
class StaffNeedsTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final Matchmaking matchmaking;
    private final Indexer indexer;
    private final DataSource db;

    StaffNeedsTest(EmbeddedServer server, StaffAccounts staff, Cases cases, Matchmaking matchmaking, Indexer indexer,
                   DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.matchmaking = matchmaking;
        this.indexer = indexer;
        this.db = Database.raw(dataSource);
    }

    private static Map<String, String> need(long application, String consentForm) {
        Map<String, String> form = new LinkedHashMap<>(Matchmaking.needForm());
        form.remove("consent");
        form.put("application", Long.toString(application));
        form.put("consentForm", consentForm);
        return form;
    }

    @Test
    void aCaseworkerRecordsANeedFromASignedPaperFormAfterSeeingWhatCharitiesWillRead() {
        Cases.Case household = cases.approved();
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String formPage = "/admin/needs/new?application=" + household.id();
        WebSession.Page form = caseworker.get(formPage);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("纸质同意书编号").doesNotContain(household.childIdNumber());

        WebSession.Page noNumber = caseworker.submit(formPage, "/admin/needs/preview", need(household.id(), ""));
        assertThat(noNumber.status()).isEqualTo(422);
        assertThat(noNumber.body()).contains("请填写居民签字的纸质同意书编号");

        WebSession.Page preview = caseworker.submit(formPage, "/admin/needs/preview", need(household.id(), "ZF-0815"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains(Matchmaking.CARD_TEXT, "ZF-0815").doesNotContain("王小红", "13812345678");
        long before = Database.number(db, "SELECT COUNT(*) FROM need WHERE account_id = ?",
                household.resident().accountId());

        Map<String, String> confirmed = new LinkedHashMap<>(need(household.id(), "ZF-0815"));
        WebSession.Page unsigned = caseworker.post("/admin/needs", withToken(confirmed, preview));
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.body()).contains("请确认居民已签字同意");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM need WHERE account_id = ?",
                household.resident().accountId())).isEqualTo(before);

        confirmed.put("signed", "yes");
        WebSession.Page recorded = caseworker.post("/admin/needs", withToken(confirmed, preview));
        assertThat(recorded.status()).isEqualTo(303);
        long needId = Database.number(db, "SELECT MAX(id) FROM need WHERE account_id = ? AND consent_channel = 'PAPER'"
                + " AND consent_reference = 'ZF-0815' AND status = 'SHARED'", household.resident().accountId());
        assertThat(needId).isPositive();
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEED_SHARED' AND record_id = ?"
                + " AND detail LIKE '%paper%ZF-0815%'", String.valueOf(needId))).isEqualTo(1);
        assertThat(caseworker.get("/admin/needs?done=recorded").body()).contains("已登记", Matchmaking.CARD_TEXT);

        WebSession resident = Cases.residentSession(server, household);
        assertThat(resident.get("/charity-help").body()).contains("由工作人员根据您签字的纸质同意书登记",
                "/charity-help/" + needId + "/revoke");
    }

    @Test
    void staffOfAnotherTownshipOrAnUnknownApplicationGetTheReasonAndNothingIsRecorded() {
        Cases.Case household = cases.approved();
        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));
        WebSession.Page refused = elsewhere.get("/admin/needs/new?application=" + household.id());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("没有找到本辖区内这户在保或在监测名单中的申请");
        assertThat(elsewhere.get("/admin/needs/new?application=abc").status()).isEqualTo(404);

        Map<String, String> form = new LinkedHashMap<>(need(household.id(), "ZF-0816"));
        form.put("signed", "yes");
        WebSession.Page posted = elsewhere.submit("/admin/needs", "/admin/needs", form);
        assertThat(posted.status()).isEqualTo(404);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM need WHERE consent_reference = 'ZF-0816'")).isZero();
        assertThat(Cases.residentSession(server, household).get("/admin/needs").status()).isEqualTo(403);
    }

    @Test
    void aResidentFindsTheServicesThatFitTheNeedTheyShareAndNobodyElseCan() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        Cases.Case household = cases.approved();
        WebSession resident = Cases.residentSession(server, household);
        long needId = matchmaking.sharedNeed(household, resident);
        indexer.catchUp();

        WebSession.Page services = resident.get("/charity-help/" + needId + "/services");
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.body()).contains(Matchmaking.CARD_TEXT, "类别：助学", "服务对象：学生");
        assertThat(Database.text(db, "SELECT title FROM offer WHERE id = ?", offer)).satisfies(title ->
                assertThat(services.body()).contains(title));
        assertThat(resident.get("/charity-help").body()).contains("/charity-help/" + needId + "/services");

        WebSession other = Cases.residentSession(server, cases.approved());
        assertThat(other.get("/charity-help/" + needId + "/services").status()).isEqualTo(404);
    }

    private static Map<String, String> withToken(Map<String, String> fields, WebSession.Page page) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrfToken", page.csrfToken());
        return form;
    }
}
