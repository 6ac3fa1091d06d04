package org.jiuzhu.portal.application.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApplyJourneyTest {


    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    ApplyJourneyTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_resident_applies_step_by_step_submits_once_and_sees_the_township_accept() {
        WebSession resident = resident();
        long id = Applicants.start(resident);
        String child = People.idNumber();
        Applicants.fillEverything(resident, id, child);

        WebSession.Page review = resident.get("/apply/" + id + "/review");
        assertThat(review.body()).contains("最低生活保障（低保）").contains("**** 5678").doesNotContain("6228480012345678");
        String token = Applicants.token(review.body());
        // A double click: the same form, with the same tokens, posted twice.
        Map<String, String> form = Map.of("pledge", "yes", "submissionToken", token, "csrfToken", review.csrfToken());
        WebSession.Page first = resident.post("/apply/" + id + "/submit", form);
        WebSession.Page again = resident.post("/apply/" + id + "/submit", form);

        assertThat(first.status()).isEqualTo(303);
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application WHERE submission_token = ?", token)).isEqualTo(1);
        assertThat(resident.get("/applications/" + id).body()).contains("已提交，等待乡镇受理").contains("办理期限");

        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.submit("/admin/applications/" + id, "/admin/applications/" + id + "/accept",
                Map.of("note", "材料齐全，进入核对")).status()).isEqualTo(303);
        assertThat(resident.get("/applications/" + id).body()).contains("乡镇已受理").contains("材料齐全，进入核对");
    }

    @Test
    void a_submission_without_the_pledge_is_refused_and_stays_a_draft() {
        WebSession resident = resident();
        long id = Applicants.start(resident);
        Applicants.fillEverything(resident, id, People.idNumber());
        String token = Applicants.token(resident.get("/apply/" + id + "/review").body());

        WebSession.Page page = resident.submit("/apply/" + id + "/review", "/apply/" + id + "/submit",
                Map.of("submissionToken", token));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("请阅读并勾选诚信承诺");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application WHERE id = ? AND status = 'DRAFT'", id)).isEqualTo(1);
    }

    @Test
    void a_person_in_an_open_application_cannot_be_added_to_another_household() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = Applicants.start(first);
        Applicants.fillEverything(first, firstId, child);
        Applicants.submit(first, firstId);
        WebSession second = resident();
        long secondId = Applicants.start(second);

        WebSession.Page page = second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members",
                Applicants.member(child));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("此人已在其他正在办理的申请或救助名单中");
    }

    @Test
    void of_two_drafts_holding_the_same_person_only_the_first_submission_goes_through() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = Applicants.start(first);
        Applicants.fillEverything(first, firstId, child);
        WebSession second = resident();
        long secondId = Applicants.start(second);
        Applicants.fillEverything(second, secondId, child);
        Applicants.submit(first, firstId);

        WebSession.Page review = second.get("/apply/" + secondId + "/review");
        WebSession.Page refused = second.post("/apply/" + secondId + "/submit", Map.of("pledge", "yes",
                "submissionToken", Applicants.token(review.body()), "csrfToken", review.csrfToken()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("此人已在其他正在办理的申请或救助名单中");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application WHERE id = ? AND status = 'DRAFT'",
                secondId)).isEqualTo(1);
    }

    @Test
    void withdrawing_frees_the_members_for_another_application() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = Applicants.start(first);
        Applicants.fillEverything(first, firstId, child);
        Applicants.submit(first, firstId);

        assertThat(first.submit("/applications/" + firstId, "/applications/" + firstId + "/withdraw", Map.of()).status())
                .isEqualTo(303);
        assertThat(first.get("/applications/" + firstId).body()).contains("已撤回");

        WebSession second = resident();
        long secondId = Applicants.start(second);
        assertThat(second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members", Applicants.member(child))
                .status()).isEqualTo(303);
    }

    @Test
    void a_member_removed_after_a_return_is_free_for_another_household_at_once() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = Applicants.start(first);
        Applicants.fillEverything(first, firstId, child);
        Applicants.submit(first, firstId);
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.submit("/admin/applications/" + firstId, "/admin/applications/" + firstId + "/return",
                Map.of("note", "孩子户口不在本户")).status()).isEqualTo(303);

        assertThat(first.submit("/apply/" + firstId + "/members", "/apply/" + firstId + "/members/1/remove", Map.of())
                .status()).isEqualTo(303);

        WebSession second = resident();
        long secondId = Applicants.start(second);
        assertThat(second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members", Applicants.member(child))
                .status()).isEqualTo(303);
    }

    @Test
    void another_resident_a_caseworker_elsewhere_and_a_visitor_cannot_see_the_application() {
        WebSession owner = resident();
        long id = Applicants.start(owner);
        Applicants.fillEverything(owner, id, People.idNumber());
        Applicants.submit(owner, id);

        assertThat(resident().get("/applications/" + id).status()).isEqualTo(403);
        assertThat(resident().get("/apply/" + id + "/members").status()).isEqualTo(403);
        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));
        assertThat(elsewhere.get("/admin/applications/" + id).status()).isEqualTo(403);
        assertThat(new WebSession(server).get("/applications/" + id).status()).isEqualTo(303);
    }

    @Test
    void bad_amounts_and_a_missing_hardship_are_explained_on_their_steps() {
        WebSession resident = resident();
        long id = Applicants.start(resident);

        WebSession.Page finances = resident.submit("/apply/" + id + "/finances", "/apply/" + id + "/finances",
                Map.of("wages", "一千", "medical", "-5"));
        WebSession.Page needs = resident.submit("/apply/" + id + "/needs", "/apply/" + id + "/needs",
                Map.of("bankName", "", "bankAccount", "12"));

        assertThat(finances.status()).isEqualTo(422);
        assertThat(finances.body()).contains("请填写数字").contains("金额不能是负数");
        assertThat(needs.status()).isEqualTo(422);
        assertThat(needs.body()).contains("请用自己的话写一写家里的困难").contains("8 到 30 位数字");
    }

    private WebSession resident() {
        return Applicants.resident(server);
    }
}
