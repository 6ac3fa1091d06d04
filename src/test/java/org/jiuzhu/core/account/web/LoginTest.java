package org.jiuzhu.core.account.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    LoginTest(EmbeddedServer server, DataSource dataSource) {
        this.server = server;
        this.dataSource = Database.raw(dataSource);
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
