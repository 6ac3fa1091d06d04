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
import org.jiuzhu.core.application.Applications;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The township's stages after acceptance: checks, the verification conclusion, the home visit, the appraisal. */
@MicronautTest(transactional = false)
class CaseworkTest {

    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;
    private final Applications applications;
    private final DataSource dataSource;

    CaseworkTest(EmbeddedServer server, Cases cases, StaffAccounts staff, Applications applications,
                 DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.staff = staff;
        this.applications = applications;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_check_of_a_source_the_member_did_not_authorize_is_refused_and_nothing_is_stored() {
        Cases.Case c = cases.accepted();

        WebSession.Page page = caseworker().submit(Cases.detail(c), Cases.detail(c) + "/checks", Map.of("member", "0",
                "source", "SOCIAL_INSURANCE", "purpose", "低保核对"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("没有覆盖这一来源的有效授权").contains("href=\"#check-source\"")
                .contains("value=\"低保核对\"");
        assertThat(checks(c)).isZero();
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void the_first_check_starts_verification_and_the_resident_reads_it_and_can_no_longer_revoke() {
        Cases.Case c = cases.accepted();

        WebSession.Page page = caseworker().submit(Cases.detail(c), Cases.detail(c) + "/checks", Map.of("member", "1",
                "source", "BANK_DEPOSITS", "purpose", "低保申请家庭经济状况核对", "assets", "300"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.VERIFICATION);
        assertThat(checks(c)).isEqualTo(1);
        String tracking = Cases.residentSession(server, c).get("/applications/" + c.id()).body();
        assertThat(tracking).contains("低保申请家庭经济状况核对").contains("王*红").contains("银行存款")
                .contains("资产 300.00 元").doesNotContain("/revoke\"");
    }

    @Test
    void completing_the_verification_needs_readable_amounts_and_records_the_figures_with_their_validity() {
        Cases.Case c = cases.accepted();
        WebSession caseworker = caseworker();
        caseworker.submit(Cases.detail(c), Cases.detail(c) + "/checks", Map.of("member", "0", "source", "BANK_DEPOSITS",
                "purpose", "低保核对"));

        WebSession.Page unreadable = caseworker.submit(Cases.detail(c), Cases.detail(c) + "/verification",
                Map.of("monthlyIncome", "八百", "financialAssets", "-5"));
        WebSession.Page done = caseworker.submit(Cases.detail(c), Cases.detail(c) + "/verification",
                Map.of("monthlyIncome", "750", "financialAssets", "1000"));

        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.body()).contains("href=\"#verify-monthlyIncome\"").contains("金额不能是负数");
        assertThat(done.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.HOME_VISIT);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM verification_result WHERE application_id = ? "
                + "AND monthly_income = 750 AND valid_until = ?", c.id(), Cases.today().plusMonths(6))).isEqualTo(1);
    }

    @Test
    void a_home_visit_dated_tomorrow_is_refused() {
        Cases.Case c = cases.visitDue();

        WebSession.Page page = caseworker().submit(Cases.detail(c), Cases.detail(c) + "/home-visit", Map.of(
                "visitedOn", Cases.today().plusDays(1).toString(), "visitors", "李四", "findings", "属实"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("日期不能晚于今天");
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.HOME_VISIT);
    }

    @Test
    void an_appraisal_without_a_majority_needs_a_note_for_the_resident_and_posts_no_listing() {
        Cases.Case c = cases.appraisalDue();
        WebSession caseworker = caseworker();
        Map<String, String> votes = Map.of("heldOn", Cases.today().toString(), "participants", "10",
                "inFavour", "3", "against", "7");

        WebSession.Page withoutNote = caseworker.submit(Cases.detail(c), Cases.detail(c) + "/appraisal", votes);
        Map<String, String> withNote = new java.util.HashMap<>(votes);
        withNote.put("appraisalNote", "多数代表认为家中有经营收入，待进一步核实");
        WebSession.Page noted = caseworker.submit(Cases.detail(c), Cases.detail(c) + "/appraisal", withNote);

        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(noted.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.APPRAISAL);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM publicity WHERE application_id = ?", c.id())).isZero();
        assertThat(applications.timeline(applications.find(c.resident(), c.id()).orElseThrow()))
                .anyMatch(e -> "多数代表认为家中有经营收入，待进一步核实".equals(e.note()));
    }

    @Test
    void a_majority_posts_the_listing_for_the_county_publicity_days() {
        Cases.Case c = cases.appraisalDue();

        WebSession.Page page = caseworker().submit(Cases.detail(c), Cases.detail(c) + "/appraisal", Map.of(
                "heldOn", Cases.today().toString(), "participants", "10", "inFavour", "9", "against", "1"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.PUBLICITY);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM publicity WHERE application_id = ? "
                + "AND starts_on = ? AND ends_on = ? AND masked_name = '王*明' AND monthly_amount = 440.00",
                c.id(), Cases.today(), Cases.today().plusDays(6))).isEqualTo(1);
    }

    @Test
    void a_caseworker_of_another_township_cannot_record_a_check() {
        Cases.Case c = cases.accepted();
        WebSession other = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));

        WebSession.Page page = other.submit("/admin/applications", Cases.detail(c) + "/checks", Map.of("member", "0",
                "source", "BANK_DEPOSITS", "purpose", "低保核对"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(checks(c)).isZero();
    }

    private WebSession caseworker() {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
    }

    private long checks(Cases.Case c) {
        return Database.number(dataSource, "SELECT COUNT(*) FROM verification_check WHERE application_id = ?", c.id());
    }
}
