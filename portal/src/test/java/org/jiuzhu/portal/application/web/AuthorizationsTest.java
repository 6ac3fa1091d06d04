package org.jiuzhu.portal.application.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.application.ConsentText;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuthorizationsTest {

    private final EmbeddedServer server;
    private final ConsentText consent;
    private final DataSource dataSource;

    AuthorizationsTest(EmbeddedServer server, ConsentText consent, DataSource dataSource) {
        this.server = server;
        this.consent = consent;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_member_confirms_with_name_and_last_digits_and_the_record_keeps_the_consent_hash_and_expiry() {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        String idNumber = Applicants.idNumberOf(resident);
        String wrongDigits = idNumber.substring(0, 14) + (idNumber.endsWith("1") ? "0002" : "0001");

        WebSession.Page refused = Applicants.sign(resident, id, 0, Applicants.NAME, wrongDigits);
        WebSession.Page signed = Applicants.sign(resident, id, 0, Applicants.NAME, idNumber);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("请填写身份证号的最后 4 位");
        assertThat(signed.status()).isEqualTo(303);
        LocalDate expiry = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM verification_authorization WHERE application_id = ?"
                + " AND consent_sha256 = ? AND expires_on = ? AND signed_ip IS NOT NULL AND revoked_at IS NULL",
                id, consent.sha256(), expiry)).isEqualTo(1);
    }

    @Test
    void a_minor_is_signed_for_by_the_guardian_not_by_the_child() {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        String child = People.childIdNumber();
        resident.submit("/apply/" + id + "/members", "/apply/" + id + "/members", Applicants.member(child));

        WebSession.Page asChild = Applicants.sign(resident, id, 1, Applicants.CHILD, child);
        WebSession.Page asGuardian = Applicants.sign(resident, id, 1, Applicants.NAME, Applicants.idNumberOf(resident));

        assertThat(asChild.status()).isEqualTo(422);
        assertThat(asGuardian.status()).isEqualTo(303);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM verification_authorization WHERE application_id = ?"
                + " AND member_position = 1 AND by_guardian", id)).isEqualTo(1);
    }

    @Test
    void an_application_cannot_be_submitted_until_every_member_has_signed() {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        String child = People.idNumber();
        Applicants.fillEverything(resident, id, child);
        WebSession.Page revoked = revokeFirst(resident, id);
        assertThat(revoked.status()).isEqualTo(303);

        WebSession.Page review = resident.get("/apply/" + id + "/review");
        WebSession.Page submitted = resident.post("/apply/" + id + "/submit", Map.of("pledge", "yes",
                "submissionToken", Applicants.token(review.body()), "csrfToken", review.csrfToken()));

        assertThat(submitted.status()).isEqualTo(422);
        assertThat(submitted.body()).contains("还有家庭成员没有签署核对授权");
    }

    @Test
    void after_submitting_the_resident_still_revokes_until_verification_and_sees_where_checks_will_be_listed() {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        Applicants.fillEverything(resident, id, People.idNumber());
        Applicants.submit(resident, id);

        WebSession.Page revoked = revokeFirst(resident, id);

        assertThat(revoked.location()).endsWith("?revoked=1");
        assertThat(resident.get(revoked.location()).body()).contains("授权已撤回").contains("已撤回").contains("核对记录");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = 'AUTHORIZATION_REVOKED'"
                + " AND record_id = ?", Long.toString(id))).isEqualTo(1);
    }

    private WebSession.Page revokeFirst(WebSession resident, long id) {
        long authorization = Database.number(dataSource,
                "SELECT MIN(id) FROM verification_authorization WHERE application_id = ?", id);
        String tracking = "/applications/" + id;
        return resident.submit(tracking, tracking + "/authorizations/" + authorization + "/revoke", Map.of());
    }
}
