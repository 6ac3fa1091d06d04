package org.jiuzhu.core.account.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.NewStaffAccount;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccountRequest;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginTest {

    private static final String REFUSED = "手机号（用户名）或密码不正确";
    private static final String LOCKED = "登录失败次数过多";

    /** The demo mode drops the __Host- prefix, which needs HTTPS outside localhost. */
    private static final String SESSION_COOKIE = "jiuzhu-session";

    private final EmbeddedServer server;
    private final DataSource dataSource;
    private final StaffAccounts staff;

    LoginTest(EmbeddedServer server, DataSource dataSource, StaffAccounts staff) {
        this.server = server;
        this.dataSource = Database.raw(dataSource);
        this.staff = staff;
    }

    @Test
    void a_registered_resident_logs_in_with_phone_and_password() {
        Resident resident = registerResident();
        WebSession session = new WebSession(server);

        WebSession.Page page = session.login(resident.phone(), resident.password());

        assertThat(page.location()).isEqualTo("/");
        assertThat(session.cookie(SESSION_COOKIE)).isPresent();
        assertThat(session.get("/").body()).contains("我的主页");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        Resident resident = registerResident();

        WebSession.Page page = attempt(new WebSession(server), resident.phone(), "wrong-password-1");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains(REFUSED).doesNotContain("密码已");
    }

    @Test
    void an_unknown_login_name_gets_the_same_answer_as_a_wrong_password() {
        Resident resident = registerResident();

        WebSession.Page known = attempt(new WebSession(server), resident.phone(), "wrong-password-1");
        WebSession.Page unknown = attempt(new WebSession(server), People.phone(), "wrong-password-1");

        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(errorOf(unknown)).isEqualTo(errorOf(known));
    }

    @Test
    void five_failures_lock_the_login_even_for_the_right_password_and_the_same_holds_for_unknown_names() {
        Resident resident = registerResident();
        String unknown = People.phone();
        WebSession session = new WebSession(server);
        for (int i = 0; i < 4; i++) {
            assertThat(attempt(session, resident.phone(), "wrong-password-" + i).body()).contains(REFUSED);
            assertThat(attempt(session, unknown, "wrong-password-" + i).body()).contains(REFUSED);
        }

        assertThat(attempt(session, resident.phone(), "wrong-password-5").body()).contains(LOCKED);
        assertThat(attempt(session, unknown, "wrong-password-5").body()).contains(LOCKED);
        WebSession.Page rightPassword = attempt(session, resident.phone(), resident.password());

        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.body()).contains(LOCKED);
    }

    @Test
    void a_username_spelled_with_an_accent_does_not_reach_the_account() {
        Staff.Login login = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        String accented = "ť" + login.username().substring(1);

        WebSession.Page page = attempt(new WebSession(server), accented, login.password());

        assertThat(page.status()).isEqualTo(401);
        assertThat(new WebSession(server).login(login.username().toUpperCase(), login.password()).status()).isEqualTo(303);
    }

    @Test
    void a_username_with_a_hyphen_logs_in() {
        String username = "li-ming-" + Long.toString(System.nanoTime(), 36);
        NewStaffAccount created = staff.create(new Actor(0, Role.ADMIN,
                        new RegionScope(Staff.PROVINCE, DivisionLevel.PROVINCE), null, null),
                new StaffAccountRequest(username, "李明", Role.SUPERVISOR, Staff.CITY, null, null), "127.0.0.1");

        assertThat(new WebSession(server).login(username, created.initialPassword()).status()).isEqualTo(303);
    }

    @Test
    void guessing_the_current_password_in_an_open_session_is_locked_like_a_login() throws SQLException {
        Resident resident = registerResident();
        WebSession session = new WebSession(server);
        session.login(resident.phone(), resident.password());
        String next = People.password();
        for (int i = 0; i < 5; i++) {
            assertThat(session.submit("/account/password", "/account/password", Map.of("currentPassword", "guess-" + i,
                    "newPassword", next, "passwordConfirmation", next)).body()).contains("当前密码不正确");
        }

        WebSession.Page page = session.submit("/account/password", "/account/password", Map.of(
                "currentPassword", resident.password(), "newPassword", next, "passwordConfirmation", next));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("当前密码输错次数过多");
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_CHANGE' AND result = 'FAILURE'")) {
            r.next();
            assertThat(r.getLong(1)).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void after_logout_the_old_session_cookie_is_refused() {
        Resident resident = registerResident();
        WebSession session = new WebSession(server);
        session.login(resident.phone(), resident.password());
        String copied = session.cookie(SESSION_COOKIE).orElseThrow();

        WebSession.Page logout = session.submit("/", "/logout", Map.of());
        assertThat(logout.status()).isEqualTo(303);
        session.restoreCookie(SESSION_COOKIE, copied);

        WebSession.Page page = session.get("/account/password");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/login");
        assertThat(session.get("/").body()).doesNotContain("我的主页");
    }

    @Test
    void a_session_unused_for_more_than_thirty_minutes_is_ended() throws SQLException {
        Resident resident = registerResident();
        WebSession session = new WebSession(server);
        session.login(resident.phone(), resident.password());
        assertThat(session.get("/account/password").status()).isEqualTo(200);

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE account_session SET last_seen_at = last_seen_at - INTERVAL 31 MINUTE"
                     + " WHERE account_id = (SELECT id FROM account WHERE phone_bidx IS NOT NULL ORDER BY id DESC LIMIT 1)")) {
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        WebSession.Page page = session.get("/account/password");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/login");
    }

    @Test
    void changing_the_password_ends_every_session_of_the_account() {
        Resident resident = registerResident();
        WebSession first = new WebSession(server);
        WebSession second = new WebSession(server);
        first.login(resident.phone(), resident.password());
        second.login(resident.phone(), resident.password());
        String newPassword = People.password();

        WebSession.Page changed = first.submit("/account/password", "/account/password", Map.of(
                "currentPassword", resident.password(), "newPassword", newPassword,
                "passwordConfirmation", newPassword));

        assertThat(changed.status()).isEqualTo(303);
        assertThat(second.get("/account/password").status()).isEqualTo(303);
        assertThat(attempt(new WebSession(server), resident.phone(), resident.password()).status()).isEqualTo(401);
        assertThat(new WebSession(server).login(resident.phone(), newPassword).status()).isEqualTo(303);
    }

    @Test
    void a_new_password_that_is_too_common_is_refused_with_the_reason() {
        Resident resident = registerResident();
        WebSession session = new WebSession(server);
        session.login(resident.phone(), resident.password());

        WebSession.Page page = session.submit("/account/password", "/account/password", Map.of(
                "currentPassword", resident.password(), "newPassword", "woaini1314",
                "passwordConfirmation", "woaini1314"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("这个密码太常见");
    }

    private record Resident(String phone, String password) {
    }

    private Resident registerResident() {
        String phone = People.phone();
        String password = People.password();
        WebSession.Page page = new WebSession(server).submit("/register", "/register",
                People.registration("测试居民", phone, People.idNumber(), People.XINGFU_VILLAGE, password));
        assertThat(page.status()).isEqualTo(303);
        return new Resident(phone, password);
    }

    private static WebSession.Page attempt(WebSession session, String username, String password) {
        return session.submit("/login", "/login", Map.of("username", username, "password", password));
    }

    private static String errorOf(WebSession.Page page) {
        int start = page.body().indexOf("<div class=\"error-summary\"");
        return page.body().substring(start, page.body().indexOf("</div>", start));
    }
}
