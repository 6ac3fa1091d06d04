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
 * DOMAIN §3.5: applying again (say, for another category) needs no new authorization while the earlier one is valid,
 * and a verification result is recognized for six months instead of checking again.
 */
@MicronautTest(transactional = false)
class ReuseTest {

    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    ReuseTest(EmbeddedServer server, Cases cases, StaffAccounts staff,
              DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_new_application_carries_over_the_valid_authorizations_and_the_verification_result() {
        Cases.Case earlier = cases.refusedAfterVerification();
        Cases.Case again = cases.redraft(earlier);
        WebSession resident = Cases.residentSession(server, again);
        String page = "/apply/" + again.id() + "/authorizations";

        String offered = resident.get(page).body();
        WebSession.Page first = resident.submit(page, page + "/reuse", Map.of("position", "0"));
        WebSession.Page second = resident.submit(page, page + "/reuse", Map.of("position", "1"));
        WebSession.Page twice = resident.submit(page, page + "/reuse", Map.of("position", "1"));

        assertThat(offered).contains("仍然有效").contains("action=\"" + page + "/reuse\"");
        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM verification_authorization WHERE application_id = ?"
                + " AND reused_from IS NOT NULL", again.id())).isEqualTo(2);

        cases.submitAndAccept(again);
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String detail = "/admin/applications/" + again.id();
        assertThat(caseworker.get(detail).body()).contains("第 " + earlier.id() + " 号申请").contains("800.00");
        WebSession.Page reused = caseworker.submit(detail, detail + "/verification/reuse", Map.of());

        assertThat(reused.status()).isEqualTo(303);
        assertThat(cases.status(again)).isEqualTo(ApplicationStatus.HOME_VISIT);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM verification_result WHERE application_id = ? "
                + "AND reused_from = ? AND monthly_income = 800.00", again.id(), earlier.id())).isEqualTo(1);
    }

    @Test
    void a_result_for_a_household_with_a_new_member_is_not_carried_over() {
        Cases.Case earlier = cases.refusedAfterVerification();
        Cases.Case again = cases.withNewMember(cases.redraft(earlier));
        cases.submitAndAccept(again);
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String detail = "/admin/applications/" + again.id();

        WebSession.Page page = caseworker.submit(detail, detail + "/verification/reuse", Map.of());

        assertThat(page.status()).isEqualTo(422);
        assertThat(cases.status(again)).isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void nothing_is_offered_without_an_earlier_application() {
        Cases.Case only = cases.accepted();
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String detail = "/admin/applications/" + only.id();

        WebSession.Page page = caseworker.submit(detail, detail + "/verification/reuse", Map.of());

        assertThat(caseworker.get(detail).body()).doesNotContain("/verification/reuse\"");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("没有仍在有效期内的核对结果");
    }
}
