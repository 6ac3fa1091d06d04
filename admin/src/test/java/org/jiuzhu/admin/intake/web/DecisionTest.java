package org.jiuzhu.admin.intake.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.application.ApplicationStatus;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's decision. The fixture household is verified at 800 yuan for two in 平安县 (rural standard 620): dibao
 * of 620 x 2 - 800 = 440 yuan a month.
 */
@MicronautTest(transactional = false)
class DecisionTest {

    private static final String PINGAN_COUNTY = "990102000000";
    private static final String CHANGNING_COUNTY = "990103000000";

    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;
    private final org.jiuzhu.core.application.Submissions submissions;
    private final DataSource dataSource;

    DecisionTest(EmbeddedServer server, Cases cases, StaffAccounts staff,
                 org.jiuzhu.core.application.Submissions submissions,
                 DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.staff = staff;
        this.submissions = submissions;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void after_publicity_the_approver_approves_dibao_with_its_arithmetic_and_the_chain_and_the_resident_learn_of_it() {
        Cases.Case c = cases.inPublicity();
        endPublicity(c);
        WebSession approver = approver(PINGAN_COUNTY);
        String form = approver.get(Cases.detail(c)).body();

        WebSession.Page page = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve", Map.of("category-DIBAO", "yes"));

        assertThat(form).contains("620.00 元 × 2 人 − 800.00 元 = 440.00 元/月").contains("name=\"category-DIBAO\"")
                .contains("name=\"category-OTHER_HARDSHIP\"").doesNotContain("name=\"category-DIBAO_MARGINAL\"");
        assertThat(page.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application_decision WHERE application_id = ? "
                + "AND outcome = 'APPROVED' AND dibao_amount = 440.00 AND household_members = 2", c.id())).isEqualTo(1);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM assistance_chain WHERE application_id = ? "
                + "AND monthly_amount = 440.00 AND categories = 'DIBAO'", c.id())).isEqualTo(1);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM notification WHERE account_id = ? "
                + "AND message_key = 'core.notification.approved'", c.resident().accountId())).isEqualTo(1);
        WebSession resident = Cases.residentSession(server, c);
        assertThat(resident.get("/").body()).contains("未读");
        assertThat(resident.get("/assistance").body()).contains("440.00").contains("最低生活保障");
    }

    @Test
    void nobody_approves_while_the_publicity_runs() {
        Cases.Case c = cases.inPublicity();

        WebSession approver = approver(PINGAN_COUNTY);
        WebSession.Page shown = approver.get(Cases.detail(c));

        // The page offers no approval form yet; a post made anyway is refused by the kernel.
        WebSession.Page page = approver.post(Cases.detail(c) + "/approve", Map.of("category-DIBAO", "yes",
                "version", Long.toString(cases.version(c)), "csrfToken", shown.csrfToken()));

        assertThat(shown.body()).contains("公示期到 " + Cases.today().plusDays(6) + " 结束")
                .doesNotContain("action=\"" + Cases.detail(c) + "/approve\"");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("公示期还没有结束");
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.PUBLICITY);
    }

    @Test
    void an_objection_from_the_public_reaches_the_caseworker_masked_and_the_approver_must_answer_it() {
        Cases.Case c = cases.inPublicity();
        WebSession visitor = new WebSession(server);
        long listing = Database.number(dataSource, "SELECT id FROM publicity WHERE application_id = ?", c.id());
        String list = visitor.get("/publicity").body();

        WebSession.Page objected = visitor.submit("/publicity/" + listing + "/objection",
                "/publicity/" + listing + "/objection", Map.of("text", "该户开有一家小卖部，收入不低。",
                        "contactName", "赵六", "phone", "13812345678"));
        endPublicity(c);
        WebSession approver = approver(PINGAN_COUNTY);
        WebSession.Page silent = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve", Map.of("category-DIBAO", "yes"));
        WebSession.Page answered = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve", Map.of("category-DIBAO", "yes",
                "note", "经核实小卖部已于去年关闭，异议不成立"));

        assertThat(list).contains("王*明").doesNotContain("王小明");
        assertThat(objected.status()).isEqualTo(303);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM publicity_objection WHERE publicity_id = ? "
                + "AND contact_phone_enc IS NOT NULL AND INSTR(contact_phone_enc, '13812345678') = 0", listing)).isEqualTo(1);
        assertThat(caseworker().get(Cases.detail(c)).body()).contains("该户开有一家小卖部").contains("138****5678")
                .doesNotContain("13812345678");
        assertThat(Cases.residentSession(server, c).get("/applications/" + c.id()).body()).doesNotContain("小卖部，收入不低");
        assertThat(silent.status()).isEqualTo(422);
        assertThat(silent.body()).contains("公示期间有异议");
        assertThat(answered.status()).isEqualTo(303);
    }

    @Test
    void a_withdrawn_application_leaves_the_public_list_at_once_and_cannot_be_objected_to() {
        Cases.Case c = cases.inPublicity();
        long listing = Database.number(dataSource, "SELECT id FROM publicity WHERE application_id = ?", c.id());
        WebSession visitor = new WebSession(server);
        assertThat(visitor.get("/publicity").body()).contains("/publicity/" + listing + "/objection\"");

        assertThat(submissions.withdraw(c.resident(), c.id(), Cases.IP).isEmpty()).isTrue();

        assertThat(visitor.get("/publicity").body()).doesNotContain("/publicity/" + listing + "/objection\"");
        assertThat(visitor.get("/publicity/" + listing + "/objection").status()).isEqualTo(404);
    }

    @Test
    void a_category_the_verified_household_does_not_fall_in_and_a_support_amount_for_dibao_are_refused() {
        Cases.Case c = cases.inPublicity();
        endPublicity(c);
        WebSession approver = approver(PINGAN_COUNTY);

        WebSession.Page marginal = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve",
                Map.of("category-DIBAO_MARGINAL", "yes"));
        WebSession.Page support = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve",
                Map.of("category-DIBAO", "yes", "supportAmount", "300"));
        WebSession.Page conference = approver.submit(Cases.detail(c), Cases.detail(c) + "/approve",
                Map.of("category-OTHER_HARDSHIP", "yes", "note", "一事一议"));

        assertThat(marginal.body()).contains("所选类别与核对后的家庭情况不符");
        assertThat(support.body()).contains("低保金额按公式计算");
        assertThat(conference.body()).contains("请填写每月救助金额");
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.PUBLICITY);
    }

    @Test
    void refusing_needs_reasons_and_frees_the_members_places() {
        Cases.Case c = cases.visitDue();
        WebSession approver = approver(PINGAN_COUNTY);

        WebSession.Page silent = approver.submit(Cases.detail(c), Cases.detail(c) + "/refuse", Map.of("reasons", " "));
        WebSession.Page refused = approver.submit(Cases.detail(c), Cases.detail(c) + "/refuse",
                Map.of("reasons", "核实家庭人均收入高于当地低保标准"));

        assertThat(silent.status()).isEqualTo(422);
        assertThat(refused.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM person_record WHERE application_id = ?", c.id())).isZero();
        assertThat(Cases.residentSession(server, c).get("/applications/" + c.id()).body()).contains("核实家庭人均收入高于当地低保标准")
                .contains("不予批准");
    }

    @Test
    void a_township_caseworker_cannot_decide_and_an_approver_of_another_county_gets_403() {
        Cases.Case c = cases.inPublicity();
        endPublicity(c);

        WebSession.Page township = caseworker().submit(Cases.detail(c), Cases.detail(c) + "/approve", Map.of("category-DIBAO", "yes"));
        WebSession.Page elsewhere = approver(CHANGNING_COUNTY).submit("/admin/applications", Cases.detail(c) + "/refuse",
                Map.of("reasons", "不符合"));

        assertThat(township.status()).isEqualTo(422);
        assertThat(township.body()).contains("当前不能办理");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.PUBLICITY);
    }

    private void endPublicity(Cases.Case c) {
        cases.endPublicity(c.id());
    }

    private WebSession approver(String county) {
        return WebSession.as(server, Staff.create(staff, Role.APPROVER, county));
    }

    private WebSession caseworker() {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
    }

}
