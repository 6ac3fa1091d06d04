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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApplyJourneyTest {

    private static final Pattern APPLICATION = Pattern.compile("/apply/(\\d+)/household");
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([0-9a-f]{32})\"");

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
        long id = start(resident);
        String child = People.idNumber();
        fillEverything(resident, id, child);

        WebSession.Page review = resident.get("/apply/" + id + "/review");
        assertThat(review.body()).contains("最低生活保障（低保）").contains("**** 5678").doesNotContain("6228480012345678");
        String token = token(review.body());
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
        long id = start(resident);
        fillEverything(resident, id, People.idNumber());
        String token = token(resident.get("/apply/" + id + "/review").body());

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
        long firstId = start(first);
        fillEverything(first, firstId, child);
        submit(first, firstId);
        WebSession second = resident();
        long secondId = start(second);

        WebSession.Page page = second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members",
                member(child));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("此人已在其他正在办理的申请或救助名单中");
    }

    @Test
    void of_two_drafts_holding_the_same_person_only_the_first_submission_goes_through() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = start(first);
        fillEverything(first, firstId, child);
        WebSession second = resident();
        long secondId = start(second);
        fillEverything(second, secondId, child);
        submit(first, firstId);

        WebSession.Page review = second.get("/apply/" + secondId + "/review");
        WebSession.Page refused = second.post("/apply/" + secondId + "/submit", Map.of("pledge", "yes",
                "submissionToken", token(review.body()), "csrfToken", review.csrfToken()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("此人已在其他正在办理的申请或救助名单中");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application WHERE id = ? AND status = 'DRAFT'",
                secondId)).isEqualTo(1);
    }

    @Test
    void withdrawing_frees_the_members_for_another_application() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = start(first);
        fillEverything(first, firstId, child);
        submit(first, firstId);

        assertThat(first.submit("/applications/" + firstId, "/applications/" + firstId + "/withdraw", Map.of()).status())
                .isEqualTo(303);
        assertThat(first.get("/applications/" + firstId).body()).contains("已撤回");

        WebSession second = resident();
        long secondId = start(second);
        assertThat(second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members", member(child))
                .status()).isEqualTo(303);
    }

    @Test
    void a_member_removed_after_a_return_is_free_for_another_household_at_once() {
        String child = People.idNumber();
        WebSession first = resident();
        long firstId = start(first);
        fillEverything(first, firstId, child);
        submit(first, firstId);
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.submit("/admin/applications/" + firstId, "/admin/applications/" + firstId + "/return",
                Map.of("note", "孩子户口不在本户")).status()).isEqualTo(303);

        assertThat(first.submit("/apply/" + firstId + "/members", "/apply/" + firstId + "/members/1/remove", Map.of())
                .status()).isEqualTo(303);

        WebSession second = resident();
        long secondId = start(second);
        assertThat(second.submit("/apply/" + secondId + "/members", "/apply/" + secondId + "/members", member(child))
                .status()).isEqualTo(303);
    }

    @Test
    void another_resident_a_caseworker_elsewhere_and_a_visitor_cannot_see_the_application() {
        WebSession owner = resident();
        long id = start(owner);
        fillEverything(owner, id, People.idNumber());
        submit(owner, id);

        assertThat(resident().get("/applications/" + id).status()).isEqualTo(403);
        assertThat(resident().get("/apply/" + id + "/members").status()).isEqualTo(403);
        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));
        assertThat(elsewhere.get("/admin/applications/" + id).status()).isEqualTo(403);
        assertThat(new WebSession(server).get("/applications/" + id).status()).isEqualTo(303);
    }

    @Test
    void bad_amounts_and_a_missing_hardship_are_explained_on_their_steps() {
        WebSession resident = resident();
        long id = start(resident);

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
        String phone = People.phone();
        String password = People.password();
        new WebSession(server).submit("/register", "/register",
                People.registration("申请人", phone, People.idNumber(), People.XINGFU_VILLAGE, password));
        WebSession session = new WebSession(server);
        session.login(phone, password);
        return session;
    }

    private static long start(WebSession resident) {
        WebSession.Page started = resident.submit("/apply", "/apply", Map.of());
        Matcher matcher = APPLICATION.matcher(started.location());
        assertThat(matcher.find()).as(started.location()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void fillEverything(WebSession resident, long id, String childIdNumber) {
        String base = "/apply/" + id;
        assertThat(resident.submit(base + "/household", base + "/household", Map.of("area", "rural")).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/members", base + "/members", member(childIdNumber)).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/members", base + "/members/done", Map.of()).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/finances", base + "/finances", Map.of("agriculture", "800",
                "financialAssets", "1000")).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/needs", base + "/needs", Map.of("hardship", "丈夫去年病倒，家里没有收入。",
                "housing", "ADEQUATE", "educationAid", "yes", "bankName", "农村信用社",
                "bankAccount", "6228 4800 1234 5678")).status()).isEqualTo(303);
    }

    private static void submit(WebSession resident, long id) {
        String token = token(resident.get("/apply/" + id + "/review").body());
        assertThat(resident.submit("/apply/" + id + "/review", "/apply/" + id + "/submit",
                Map.of("pledge", "yes", "submissionToken", token)).status()).isEqualTo(303);
    }

    private static Map<String, String> member(String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "小明");
        form.put("idNumber", idNumber);
        form.put("relationship", "CHILD");
        form.put("disability", "NONE");
        form.put("disabilityGrade", "0");
        form.put("employment", "NOT_APPLICABLE");
        form.put("student", "yes");
        form.put("ableSupporter", "yes");
        return form;
    }

    private static String token(String review) {
        Matcher matcher = TOKEN.matcher(review);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
