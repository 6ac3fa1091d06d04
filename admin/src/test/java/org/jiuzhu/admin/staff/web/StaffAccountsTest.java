package org.jiuzhu.admin.staff.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StaffAccountsTest {

    private static final Pattern INITIAL_PASSWORD = Pattern.compile("<span class=\"secret\">([^<]+)</span>");

    private final EmbeddedServer server;
    private final StaffAccounts staff;

    StaffAccountsTest(EmbeddedServer server, StaffAccounts staff) {
        this.server = server;
        this.staff = staff;
    }

    @Test
    void a_supervisor_creates_a_caseworker_in_their_region_who_can_then_log_in() {
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        String username = username();

        WebSession.Page page = supervisor.submit("/admin/staff/new", "/admin/staff", Map.of("username", username,
                "displayName", "新经办员", "role", "CASEWORKER", "regionCode", Staff.CHENGGUAN_TOWNSHIP, "department", ""));

        assertThat(page.status()).isEqualTo(201);
        Matcher password = INITIAL_PASSWORD.matcher(page.body());
        assertThat(password.find()).isTrue();
        assertThat(new WebSession(server).login(username, password.group(1)).status()).isEqualTo(303);
    }

    @Test
    void a_supervisor_may_not_create_an_administrator() {
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));

        WebSession.Page page = supervisor.submit("/admin/staff/new", "/admin/staff", Map.of("username", username(),
                "displayName", "越权者", "role", "ADMIN", "regionCode", Staff.CITY, "department", ""));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("您不能创建这个角色的账号");
    }

    @Test
    void a_county_supervisor_may_not_place_staff_in_another_county() {
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, "990102000000"));

        WebSession.Page page = supervisor.submit("/admin/staff/new", "/admin/staff", Map.of("username", username(),
                "displayName", "外县人员", "role", "CASEWORKER", "regionCode", Staff.CHANGNING_TOWNSHIP, "department", ""));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("请选择您辖区内的地区");
    }

    @Test
    void a_caseworker_must_sit_at_a_township() {
        WebSession admin = WebSession.as(server, Staff.create(staff, Role.ADMIN, Staff.PROVINCE));

        WebSession.Page page = admin.submit("/admin/staff/new", "/admin/staff", Map.of("username", username(),
                "displayName", "错级人员", "role", "CASEWORKER", "regionCode", Staff.CITY, "department", ""));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("乡镇经办人员的地区必须是乡镇");
    }

    @Test
    void a_caseworker_is_denied_the_staff_pages() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        assertThat(caseworker.get("/admin/staff").status()).isEqualTo(403);
    }


    private static String username() {
        return "u" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }
}
