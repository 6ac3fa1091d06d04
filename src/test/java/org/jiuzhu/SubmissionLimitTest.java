package org.jiuzhu;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms anyone can send without an account are accepted a few times an hour per address, behind a trusted
 * proxy that passes the client's address on (127.0.0.1 here). Small allowances in this test; the real ones are in
 * application.yml.
 */
@MicronautTest(transactional = false)
@Property(name = "jiuzhu.limits.per-hour.complaint", value = "2")
@Property(name = "jiuzhu.limits.per-hour.resident-registration", value = "2")
@Property(name = "jiuzhu.limits.per-hour.failed-login", value = "3")
@Property(name = "jiuzhu.proxy.trusted", value = "127.0.0.1, ::1")
class SubmissionLimitTest {

    private final EmbeddedServer server;
    private final DataSource db;

    SubmissionLimitTest(EmbeddedServer server, DataSource dataSource) {
        this.server = server;
        this.db = Database.raw(dataSource);
    }

    @Test
    void anAddressOverItsHourlyAllowanceOfAnonymousComplaintsGetsTheTooManyPageAndNothingOfItIsKept() {
        WebSession visitor = new WebSession(server).forwardedFor("203.0.113.7");
        assertThat(complaint(visitor, "办事大厅的叫号机坏了一个星期，没有人修理。").status()).isEqualTo(303);
        assertThat(complaint(visitor, "办事大厅的饮水机坏了一个星期，没有人修理。").status()).isEqualTo(303);
        long complaints = Database.number(db, "SELECT COUNT(*) FROM complaint");
        long refusals = refusals();

        WebSession.Page third = complaint(visitor, "办事大厅的空调坏了一个星期，没有人修理。");

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body()).contains("提交太频繁").contains("内容也没有保存").contains("110");
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint")).isEqualTo(complaints);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint WHERE text LIKE '%空调%'")).isZero();
        assertThat(refusals()).isEqualTo(refusals + 1);
        // The refusal is audited without the address: it may belong to an anonymous complainant.
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'SUBMISSION_LIMITED' "
                + "AND ip IS NOT NULL")).isZero();

        assertThat(complaint(new WebSession(server).forwardedFor("203.0.113.8"), "另一处的叫号机也坏了一个星期。")
                .status()).isEqualTo(303);
    }

    @Test
    void aComplaintSentBackForCorrectionDoesNotUseTheAllowance() {
        WebSession visitor = new WebSession(server).forwardedFor("203.0.113.9");
        for (int i = 0; i < 3; i++) {
            assertThat(complaint(visitor, "").status()).isEqualTo(422);
        }
        assertThat(complaint(visitor, "路灯坏了很久，晚上老人出门看不见路。").status()).isEqualTo(303);
        assertThat(complaint(visitor, "路口的台阶坏了，轮椅过不去。").status()).isEqualTo(303);
    }

    @Test
    void aLoggedInResidentsComplaintIsNotCountedAgainstTheAddress() {
        WebSession visitor = new WebSession(server).forwardedFor("203.0.113.10");
        complaint(visitor, "社区活动室一直锁着门，老人没有地方活动。");
        complaint(visitor, "社区活动室的灯坏了，晚上没法用。");
        assertThat(complaint(visitor, "社区活动室的椅子坏了。").status()).isEqualTo(429);

        Residents.Resident resident = Residents.loggedIn(new WebSession(server).forwardedFor("203.0.113.13"),
                new WebSession(server).forwardedFor("203.0.113.10"), "限额居民");
        Map<String, String> named = new HashMap<>(Map.of("identity", "named"));
        assertThat(complaint(resident.session(), "社区活动室的暖气不热，冬天没法用。", named).status()).isEqualTo(303);
    }

    @Test
    void registrationAttemptsOnAnIdNumberAlreadyRegisteredCountSoIdNumbersCannotBeTriedFreely() {
        WebSession visitor = new WebSession(server).forwardedFor("203.0.113.11");
        String idNumber = People.idNumber();
        assertThat(register(visitor, "限额甲", idNumber).status()).isEqualTo(303);
        WebSession.Page taken = register(visitor, "限额乙", idNumber);
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body()).contains("这个身份证号已经注册");

        WebSession.Page third = register(visitor, "限额丙", People.idNumber());

        assertThat(third.status()).isEqualTo(429);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM account WHERE display_name = '限额丙'")).isZero();
    }

    @Test
    void behindATrustedProxyTheClientIsTheNearestAddressNoTrustedProxyOwns() {
        WebSession visitor = new WebSession(server).forwardedFor("198.51.100.1, 203.0.113.12, 127.0.0.1");
        assertThat(register(visitor, "代理后居民", People.idNumber()).status()).isEqualTo(303);

        assertThat(Database.text(db, "SELECT e.ip FROM audit_entry e JOIN account a ON e.record_id = a.id "
                + "WHERE e.action = 'ACCOUNT_REGISTERED' AND a.display_name = '代理后居民'")).isEqualTo("203.0.113.12");
    }

    @Test
    void anAddressThatFailedItsAllowanceOfLoginsOnManyNamesIsRefusedEvenTheRightPasswordUntilLater() {
        Residents.Resident resident = Residents.loggedIn(new WebSession(server).forwardedFor("203.0.113.14"),
                new WebSession(server).forwardedFor("203.0.113.14"), "喷洒目标");
        WebSession sprayer = new WebSession(server).forwardedFor("203.0.113.15");
        for (int i = 0; i < 3; i++) {
            assertThat(login(sprayer, People.phone(), "Common-Pass-2026").status()).isEqualTo(401);
        }

        WebSession.Page refused = login(sprayer, resident.phone(), resident.password());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("从您所在的网络登录失败的次数太多");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN' AND result = 'DENIED' "
                + "AND ip = '203.0.113.15' AND detail = 'too many failures from the address'")).isEqualTo(1);
        assertThat(login(new WebSession(server).forwardedFor("203.0.113.16"), resident.phone(), resident.password())
                .status()).isEqualTo(303);
    }

    private long refusals() {
        return Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'SUBMISSION_LIMITED' "
                + "AND result = 'DENIED' AND detail = 'COMPLAINT'");
    }

    private WebSession.Page complaint(WebSession session, String text) {
        return complaint(session, text, Map.of("identity", "anonymous", "password", "mima2026",
                "passwordAgain", "mima2026"));
    }

    private WebSession.Page complaint(WebSession session, String text, Map<String, String> extra) {
        Map<String, String> form = new HashMap<>(Map.of("type", "OTHER", "regionCode", People.XINGFU_VILLAGE,
                "subjectKind", "NONE", "text", text));
        form.putAll(extra);
        form.put("csrfToken", session.get("/complaints/new").csrfToken());
        return session.postMultipart("/complaints/new", form, List.of());
    }

    private static WebSession.Page login(WebSession session, String username, String password) {
        return session.submit("/login", "/login", Map.of("username", username, "password", password));
    }

    private WebSession.Page register(WebSession session, String name, String idNumber) {
        return session.submit("/register", "/register",
                People.registration(name, People.phone(), idNumber, People.XINGFU_VILLAGE, People.password()));
    }
}
