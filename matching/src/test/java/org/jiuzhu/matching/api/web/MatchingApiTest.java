package org.jiuzhu.matching.api.web;

import io.micronaut.json.JsonMapper;
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
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching JSON API over HTTP, as an evaluation client loads a corpus and reads rankings. */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class MatchingApiTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final Matchmaking matchmaking;
    private final JsonMapper json;
    private final DataSource db;

    MatchingApiTest(EmbeddedServer server, StaffAccounts staff, Cases cases, Matchmaking matchmaking, JsonMapper json,
                    DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.matchmaking = matchmaking;
        this.json = json;
        this.db = Database.raw(dataSource);
    }

    private static String project(String title) {
        return """
                {"kind": "PROJECT", "title": "%s", "description": "为高中和大学在读的困难学生提供助学金，帮助交学费和住宿费。",
                 "aidKind": "EDUCATION", "targets": ["STUDENTS"], "amountPerBeneficiary": 2000, "capacity": 10,
                 "regions": ["%s"], "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(title, Charities.PINGAN_COUNTY, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(3));
    }

    private static String need(long applicationId, String consentForm) {
        return """
                {"applicationId": %d, "member": 1, "aidKind": "EDUCATION", "urgency": "URGENT", "targets": ["STUDENTS"],
                 "text": "王小红今年上高中，学费交不起，电话 13812345678", "consentForm": %s}"""
                .formatted(applicationId, consentForm == null ? "null" : "\"" + consentForm + "\"");
    }

    private Map<String, Object> read(WebSession.Page page) throws IOException {
        return json.readValue(page.body(), Map.class);
    }

    private long id(WebSession.Page page) throws IOException {
        return ((Number) read(page).get("id")).longValue();
    }

    @Test
    void aVerifiedCharityPublishesThroughTheApiAndAnUnverifiedOneLeavesNothingBehind() throws IOException {
        Charities.Charity charity = matchmaking.verifiedCharity();
        WebSession.Page created = charity.session().postJson("/api/v1/offers", project("API 助学金"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Database.text(db, "SELECT status FROM offer WHERE id = ?", id(created))).isEqualTo("PUBLISHED");

        WebSession.Page untitled = charity.session().postJson("/api/v1/offers", project(""));
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat((List<Map<String, String>>) read(untitled).get("errors")).anyMatch(e -> "title".equals(e.get("field")));

        Charities.Charity unverified = Charities.registered(server, Charities.PINGAN_COUNTY);
        WebSession.Page refused = unverified.session().postJson("/api/v1/offers", project("未认证的项目"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("认证");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM offer WHERE organization_id = ?",
                matchmaking.organization(unverified))).isZero();
        assertThat(unverified.session().postJson("/api/v1/offers", project("x").replace("PROJECT", "GIFT")).status())
                .isEqualTo(400);
    }

    @Test
    void staffRecordANeedFromAPaperConsentAndBothSidesReadTheRanking() throws IOException {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = id(charity.session().postJson("/api/v1/offers", project("API 匹配助学金")));
        Cases.Case household = cases.approved();
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        WebSession.Page unsigned = caseworker.postJson("/api/v1/needs", need(household.id(), null));
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.body()).contains("consentForm");
        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));
        assertThat(elsewhere.postJson("/api/v1/needs", need(household.id(), "TY-2026-0001")).status()).isEqualTo(400);
        assertThat(Cases.residentSession(server, household).postJson("/api/v1/needs",
                need(household.id(), "TY-2026-0001")).status()).isEqualTo(403);

        WebSession.Page recorded = caseworker.postJson("/api/v1/needs", need(household.id(), "TY-2026-0001"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.body()).contains("某某今年上高中").doesNotContain("王小红", "13812345678");
        long needId = id(recorded);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM need WHERE id = ? AND consent_channel = 'PAPER' "
                + "AND consent_reference = 'TY-2026-0001' AND status = 'SHARED' AND account_id = ?", needId,
                household.resident().accountId())).isEqualTo(1);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'NEED_SHARED' AND record_id = ?",
                String.valueOf(needId))).isEqualTo(1);
        assertThat(Cases.residentSession(server, household).get("/charity-help").body())
                .contains("/charity-help/" + needId + "/revoke");

        WebSession.Page forOffer = charity.session().getJson("/api/v1/offers/" + offer + "/matches?limit=50");
        assertThat(forOffer.status()).isEqualTo(200);
        List<Map<String, Object>> needs = (List<Map<String, Object>>) read(forOffer).get("matches");
        Map<String, Object> match = needs.stream().filter(m -> ((Number) ((Map<String, Object>) m.get("need"))
                .get("id")).longValue() == needId).findFirst().orElseThrow();
        assertThat((List<String>) match.get("reasons")).contains("类别：助学", "服务对象：学生");

        WebSession.Page forNeed = caseworker.getJson("/api/v1/needs/" + needId + "/matches?limit=100");
        assertThat(forNeed.status()).isEqualTo(200);
        assertThat(((List<Map<String, Object>>) read(forNeed).get("matches"))).anyMatch(m ->
                ((Number) ((Map<String, Object>) m.get("offer")).get("id")).longValue() == offer);

        assertThat(elsewhere.getJson("/api/v1/needs/" + needId + "/matches").status()).isEqualTo(404);
        assertThat(matchmaking.verifiedCharity().session().getJson("/api/v1/offers/" + offer + "/matches").status())
                .isEqualTo(404);
        assertThat(caseworker.getJson("/api/v1/needs/" + needId + "/matches?limit=0").status()).isEqualTo(400);
        assertThat(charity.session().getJson("/api/v1/needs/" + needId + "/matches").status()).isEqualTo(403);
    }
}
