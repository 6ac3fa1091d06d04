package org.jiuzhu.admin.resident.web;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RegionScopeTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    RegionScopeTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_township_caseworker_is_denied_a_resident_of_another_township() {
        long elsewhere = registerIn(People.XINHUA_VILLAGE, "钱九");
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        long deniedBefore = auditCount("ACCOUNT_VIEW", "DENIED", elsewhere);

        WebSession.Page page = caseworker.get("/admin/residents/" + elsewhere);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").doesNotContain("钱");
        assertThat(auditCount("ACCOUNT_VIEW", "DENIED", elsewhere)).isEqualTo(deniedBefore + 1);
    }

    @Test
    void a_township_caseworker_sees_residents_of_their_own_township_masked() {
        long own = registerIn(People.XINGFU_VILLAGE, "冯十一");
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        WebSession.Page page = caseworker.get("/admin/residents/" + own);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("冯*一").doesNotContain("冯十一");
    }

    @Test
    void the_resident_list_holds_only_the_caseworkers_township() {
        long own = registerIn(People.XINGFU_VILLAGE, "陈十二");
        long elsewhere = registerIn(People.XINHUA_VILLAGE, "褚十三");
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));

        String list = caseworker.get("/admin/residents").body();

        assertThat(list).contains("/admin/residents/" + elsewhere + "\"").doesNotContain("/admin/residents/" + own + "\"");
    }

    @Test
    void viewing_the_full_id_number_shows_it_once_and_leaves_an_audit_entry() {
        String idNumber = People.idNumber();
        long own = register(People.XINGFU_VILLAGE, "卫十四", idNumber);
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, "990102000000"));
        long before = auditCount("VIEW_FULL_ID_NUMBER", "SUCCESS", own);
        assertThat(approver.get("/admin/residents/" + own).body()).doesNotContain(idNumber);

        WebSession.Page revealed = approver.submit("/admin/residents/" + own, "/admin/residents/" + own + "/id-number", Map.of());

        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.body()).contains(idNumber);
        assertThat(auditCount("VIEW_FULL_ID_NUMBER", "SUCCESS", own)).isEqualTo(before + 1);
    }

    @Test
    void a_staff_account_is_not_a_resident_record_even_inside_the_scope() {
        Staff.Login colleague = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, "990102000000"));

        assertThat(approver.get("/admin/residents/" + colleague.id()).status()).isEqualTo(403);
    }

    @Test
    void an_absurd_page_number_gets_a_page_not_an_error() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        assertThat(caseworker.get("/admin/residents?page=2147483647").status()).isEqualTo(200);
        assertThat(caseworker.get("/admin/residents?page=abc").status()).isIn(200, 400);
    }

    @Test
    void a_resident_is_denied_the_workbench() {
        WebSession resident = Residents.loggedIn(server, "蒋十五").session();

        assertThat(resident.get("/admin/residents").status()).isEqualTo(403);
    }


    private long registerIn(String village, String name) {
        return register(village, name, People.idNumber());
    }

    private long register(String village, String name, String idNumber) {
        WebSession.Page page = new WebSession(server).submit("/register", "/register",
                People.registration(name, People.phone(), idNumber, village, People.password()));
        assertThat(page.status()).isEqualTo(303);
        return Database.number(dataSource, "SELECT MAX(id) FROM account WHERE display_name = ?", name);
    }

    private long auditCount(String action, String result, long accountId) {
        return Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND result = ?"
                + " AND record_type = 'account' AND record_id = ?", action, result, Long.toString(accountId));
    }
}
