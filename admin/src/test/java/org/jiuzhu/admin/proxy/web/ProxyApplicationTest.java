package org.jiuzhu.admin.proxy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Residents;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A village officer prepares an application for a resident of 幸福村 (the officer's village). */
@MicronautTest(transactional = false)
class ProxyApplicationTest {

    private static final String XINGFU_VILLAGE = "990102001002";
    private static final Pattern APPLICATION = Pattern.compile("/apply/(\\d+)/household");
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([0-9a-f]{32})\"");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    ProxyApplicationTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void the_officer_fills_in_and_the_resident_confirms_by_submitting_from_their_own_account() {
        Residents.Resident resident = Residents.loggedIn(server, "帮办居民");
        WebSession officer = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, XINGFU_VILLAGE));
        long id = start(officer, accountId(resident));
        fill(officer, id, resident);

        WebSession.Page byOfficer = submit(officer, id);
        assertThat(byOfficer.status()).isEqualTo(422);
        assertThat(byOfficer.body()).contains("请上传居民签字的纸质授权书");

        // Every step is filled in and signed: the resident's "apply" leads to the last step before the review.
        assertThat(resident.session().get("/apply").location()).isEqualTo("/apply/" + id + "/authorizations");
        assertThat(resident.session().get("/apply/" + id + "/review").body()).contains("由村（社区）协理员代为填写");
        assertThat(submit(resident.session(), id).status()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void the_officer_submits_with_the_signed_paper_authorization_uploaded() {
        Residents.Resident resident = Residents.loggedIn(server, "纸质授权");
        WebSession officer = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, XINGFU_VILLAGE));
        long id = start(officer, accountId(resident));
        fill(officer, id, resident);
        String csrf = officer.get("/applications/" + id + "/proofs").csrfToken();
        assertThat(officer.postMultipart("/applications/" + id + "/proofs", Map.of("csrfToken", csrf,
                "kind", "PAPER_AUTHORIZATION"), "授权书.pdf", "application/pdf", "%PDF-1.4 signed".getBytes())
                .status()).isEqualTo(303);

        assertThat(submit(officer, id).status()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(officer.submit("/applications/" + id, "/applications/" + id + "/withdraw", Map.of()).body())
                .contains("只有申请人本人可以撤回申请");
    }

    @Test
    void an_officer_of_another_village_cannot_apply_for_the_resident_nor_open_the_draft() {
        Residents.Resident resident = Residents.loggedIn(server, "外村居民");
        WebSession own = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, XINGFU_VILLAGE));
        long id = start(own, accountId(resident));
        WebSession other = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, "990103001002"));

        assertThat(other.submit("/admin/proxy", "/admin/proxy/" + accountId(resident), Map.of()).status()).isEqualTo(403);
        assertThat(other.get("/apply/" + id + "/members").status()).isEqualTo(403);
        assertThat(Residents.loggedIn(server, "旁人").session().get("/apply/" + id + "/members").status()).isEqualTo(403);
    }

    private long start(WebSession officer, long residentId) {
        WebSession.Page started = officer.submit("/admin/proxy", "/admin/proxy/" + residentId, Map.of());
        Matcher matcher = APPLICATION.matcher(started.location());
        assertThat(matcher.find()).as(started.status() + " " + started.location()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The officer fills every step; the resident, present, confirms the authorization with their own data. */
    private static void fill(WebSession officer, long id, Residents.Resident resident) {
        String base = "/apply/" + id;
        assertThat(officer.submit(base + "/household", base + "/household", Map.of("area", "rural")).status()).isEqualTo(303);
        assertThat(officer.submit(base + "/members", base + "/members/done", Map.of()).status()).isEqualTo(303);
        assertThat(officer.submit(base + "/finances", base + "/finances", Map.of("pension", "300")).status()).isEqualTo(303);
        assertThat(officer.submit(base + "/needs", base + "/needs", Map.of("hardship", "独居老人，行动不便。",
                "bankName", "农村信用社", "bankAccount", "6228480099990001")).status()).isEqualTo(303);
        Map<String, String> sign = new LinkedHashMap<>();
        sign.put("position", "0");
        sign.put("signerName", resident.name());
        sign.put("lastDigits", resident.idNumber().substring(14));
        sign.put("source-BANK_DEPOSITS", "yes");
        assertThat(officer.submit(base + "/authorizations", base + "/authorizations", sign).status()).isEqualTo(303);
    }

    private static WebSession.Page submit(WebSession session, long id) {
        WebSession.Page review = session.get("/apply/" + id + "/review");
        Matcher token = TOKEN.matcher(review.body());
        assertThat(token.find()).isTrue();
        return session.post("/apply/" + id + "/submit", Map.of("pledge", "yes", "submissionToken", token.group(1),
                "csrfToken", review.csrfToken()));
    }

    private long accountId(Residents.Resident resident) {
        return Database.number(dataSource, "SELECT id FROM account WHERE phone_bidx IS NOT NULL AND display_name = ?"
                + " ORDER BY id DESC LIMIT 1", resident.name());
    }

    private String status(long id) {
        return Database.number(dataSource, "SELECT COUNT(*) FROM application WHERE id = ? AND status = 'SUBMITTED'", id) == 1
                ? "SUBMITTED" : "OTHER";
    }
}
