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

/** After approval: changes the resident reports, and the county's reviews (continue, taper, exit), watch lists. */
@MicronautTest(transactional = false)
class ReviewTest {

    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    ReviewTest(EmbeddedServer server, Cases cases, StaffAccounts staff,
               DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_change_the_resident_reports_reaches_the_county_and_an_unreadable_one_is_explained() {
        Cases.Case c = cases.approved();
        WebSession resident = Cases.residentSession(server, c);
        String tracking = "/applications/" + c.id();

        WebSession.Page vague = resident.submit(tracking, tracking + "/changes", Map.of("kind", "INCOME",
                "description", "变了"));
        WebSession.Page reported = resident.submit(tracking, tracking + "/changes", Map.of("kind", "INCOME",
                "description", "丈夫 11 月起在县城打工，每月工资约 2500 元。"));

        assertThat(vague.status()).isEqualTo(422);
        assertThat(vague.body()).contains("href=\"#description\"");
        assertThat(reported.status()).isEqualTo(303);
        assertThat(approver().get(Cases.detail(c)).body()).contains("收入变化").contains("每月工资约 2500 元");
    }

    @Test
    void continuing_moves_to_payment_and_tapering_lasts_the_region_s_months_from_next_month() {
        Cases.Case c = cases.approved();
        WebSession approver = approver();

        WebSession.Page kept = approver.submit(Cases.detail(c), Cases.detail(c) + "/review", Map.of("outcome", "CONTINUE"));
        WebSession.Page silent = approver.submit(Cases.detail(c), Cases.detail(c) + "/review", Map.of("outcome", "TAPER"));
        WebSession.Page tapered = approver.submit(Cases.detail(c), Cases.detail(c) + "/review", Map.of("outcome", "TAPER",
                "reason", "丈夫就业，家庭人均收入超过低保标准"));

        assertThat(kept.status()).isEqualTo(303);
        assertThat(silent.status()).isEqualTo(422);
        assertThat(tapered.status()).isEqualTo(303);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.TAPER);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application_review WHERE application_id = ? "
                + "AND outcome = 'TAPER' AND taper_until = ?", c.id(),
                Cases.today().withDayOfMonth(1).plusMonths(7).minusDays(1))).isEqualTo(1);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM assistance_chain WHERE application_id = ? "
                + "AND kind = 'TAPER' AND monthly_amount = 440.00", c.id())).isEqualTo(1);
        assertThat(Cases.residentSession(server, c).get("/applications/" + c.id()).body()).contains("渐退期")
                .contains("丈夫就业，家庭人均收入超过低保标准");
    }

    @Test
    void an_exit_frees_the_places_enters_the_chain_and_the_watch_list_and_refusals_are_watched_a_year() {
        Cases.Case exited = cases.approved();
        Cases.Case refused = cases.visitDue();
        WebSession approver = approver();

        WebSession.Page out = approver.submit(Cases.detail(exited), Cases.detail(exited) + "/review", Map.of("outcome", "EXIT",
                "reason", "全家迁往外省居住"));
        approver.submit(Cases.detail(refused), Cases.detail(refused) + "/refuse", Map.of("reasons", "人均收入高于低保标准"));
        String watch = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP))
                .get("/admin/watch").body();

        assertThat(out.status()).isEqualTo(303);
        assertThat(cases.status(exited)).isEqualTo(ApplicationStatus.EXITED);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM person_record WHERE application_id = ?",
                exited.id())).isZero();
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM assistance_chain WHERE application_id = ? "
                + "AND kind = 'EXIT'", exited.id())).isEqualTo(1);
        assertThat(watch).contains("全家迁往外省居住").contains("人均收入高于低保标准")
                .contains("/admin/applications/" + exited.id() + "\"").contains("/admin/applications/" + refused.id() + "\"");
        assertThat(WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP))
                .get("/admin/watch").body()).doesNotContain("全家迁往外省居住");
    }

    @Test
    void a_township_caseworker_cannot_review() {
        Cases.Case c = cases.approved();

        WebSession.Page page = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP))
                .submit(Cases.detail(c), Cases.detail(c) + "/review", Map.of("outcome", "EXIT", "reason", "不符合"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(cases.status(c)).isEqualTo(ApplicationStatus.APPROVED);
    }

    private WebSession approver() {
        return WebSession.as(server, Staff.create(staff, Role.APPROVER, Cases.PINGAN_COUNTY));
    }

}
