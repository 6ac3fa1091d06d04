package org.jiuzhu.admin.monitoring.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.calendar.WorkingDays;
import org.jiuzhu.core.monitoring.Referrals;
import org.jiuzhu.core.privacy.PersonIndex;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warning of aid missing reaches the owning department as a referral: signed, reported into the household's chain,
 * or returned and sent again; an overdue one goes to the supervisor. Other departments never see it.
 */
@MicronautTest(transactional = false)
class ReferralTest {

    private static final String COUNTY = Cases.PINGAN_COUNTY;

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final Cases cases;
    private final PersonIndex persons;
    private final Referrals referrals;
    private final WorkingDays workingDays;
    private final DataSource db;

    ReferralTest(EmbeddedServer server, StaffAccounts staff, Importer importer, Cases cases, PersonIndex persons,
                 Referrals referrals, WorkingDays workingDays, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.cases = cases;
        this.persons = persons;
        this.referrals = referrals;
        this.workingDays = workingDays;
        this.db = Database.raw(dataSource);
    }

    private WebSession hrss() {
        return WebSession.as(server, Staff.department(staff, Department.HRSS, COUNTY));
    }

    /** The HRSS list names the child without employment aid; answers the referral of the warning it raises. */
    private long referred(String child) {
        hand(child);
        return Database.number(db, "SELECT r.id FROM referral r JOIN warning w ON w.id = r.warning_id WHERE "
                + "w.person_bidx = ? AND w.rule_id = 'HRS-01' AND w.status = 'OPEN'", persons.of(child));
    }

    private void hand(String child) {
        Lists.handOver(hrss(), importer, ListKind.REGISTERED_UNEMPLOYED, child, Map.of("employmentAid", "否"));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void theDepartmentSignsForAReferralAndItsReportedAidClosesItAndEntersTheChain() {
        Cases.Case household = cases.approved();
        String child = household.childIdNumber();
        long id = referred(child);
        String path = "/admin/referrals/" + id;

        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, department, deadline) FROM referral WHERE id = ?",
                id)).isEqualTo("SENT HRSS " + workingDays.plus(LocalDate.parse(today()), 10));
        WebSession hrss = hrss();
        assertThat(hrss.get("/admin/referrals").body()).contains(path + "\"");
        WebSession education = WebSession.as(server, Staff.department(staff, Department.EDUCATION, COUNTY));
        assertThat(education.get("/admin/referrals").body()).doesNotContain(path + "\"");
        assertThat(education.get(path).status()).isEqualTo(404);
        assertThat(education.post(path + "/sign", Map.of("csrfToken", education.get("/admin/referrals").csrfToken(),
                "version", "0")).status()).isEqualTo(404);

        WebSession.Page early = hrss.post(path + "/report", Map.of("csrfToken", hrss.get(path).csrfToken(),
                "version", "0", "aid", "EMPLOYMENT", "on", today()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(hrss.submit(path, path + "/sign", Map.of()).status()).isEqualTo(303);
        assertThat(hrss.get(path).body()).contains("已签收，办理中", "报告落实情况");

        WebSession.Page missing = hrss.submit(path, path + "/report", Map.of("on", "2099-01-01"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("请选择落实的救助类别", "日期不能晚于今天");
        WebSession.Page reported = hrss.submit(path, path + "/report", Map.of("aid", "EMPLOYMENT", "amount", "500",
                "on", today(), "note", "公益性岗位安置"));
        assertThat(reported.status()).isEqualTo(303);

        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', r.status, r.aid_kind, r.aid_amount, w.status, w.outcome) "
                + "FROM referral r JOIN warning w ON w.id = r.warning_id WHERE r.id = ?", id))
                .isEqualTo("DONE EMPLOYMENT 500.00 CLOSED CONFIRMED");
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', c.kind, c.aid_kind, c.one_off_amount, c.summary) FROM "
                + "assistance_chain c JOIN warning w ON w.household_bidx = c.household_bidx JOIN referral r ON "
                + "r.warning_id = w.id WHERE r.id = ? AND c.kind = 'REFERRAL'", id))
                .isEqualTo("REFERRAL EMPLOYMENT 500.00 公益性岗位安置");
        assertThat(Cases.residentSession(server, household).get("/assistance").body()).contains("部门落实救助",
                "公益性岗位安置");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'referral' AND "
                + "record_id = ?", String.valueOf(id))).isEqualTo(2);

        hand(child);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning WHERE person_bidx = ? AND status = 'OPEN'",
                persons.of(child))).as("employment aid is in the chain now").isZero();
    }

    @Test
    void aReturnedReferralGoesBackToTheOfficeWithItsReasonAndIsSentAgain() {
        long id = referred(cases.approved().childIdNumber());
        String path = "/admin/referrals/" + id;
        WebSession hrss = hrss();

        WebSession.Page bare = hrss.submit(path, path + "/return", Map.of("reason", " "));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.body()).contains("请写明退回的原因");
        assertThat(hrss.submit(path, path + "/return", Map.of("reason", "本人已在外省就业")).status()).isEqualTo(303);
        assertThat(hrss.post(path + "/resend", Map.of("csrfToken", hrss.get(path).csrfToken(), "version", "1"))
                .status()).isEqualTo(422);

        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.get(path).body()).contains("已退回", "本人已在外省就业", "重新转办");
        assertThat(caseworker.submit(path, path + "/resend", Map.of()).status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, version) FROM referral WHERE id = ?", id))
                .isEqualTo("SENT 2");
        assertThat(caseworker.post(path + "/resend", Map.of("csrfToken", caseworker.get(path).csrfToken(),
                "version", "1")).status()).as("a stale form changes nothing").isEqualTo(422);
    }

    @Test
    void aReferralStillOpenAfterItsDeadlineIsEscalatedToTheSupervisorOnce() {
        long id = referred(cases.approved().childIdNumber());
        Clock inAMonth = Clock.offset(Clock.systemUTC(), Duration.ofDays(30));

        assertThat(referrals.escalateOverdue(Clock.systemUTC()) >= 0).isTrue();
        assertThat(Database.text(db, "SELECT escalated_at FROM referral WHERE id = ?", id)).isNull();
        assertThat(referrals.escalateOverdue(inAMonth)).isPositive();
        String escalatedAt = Database.text(db, "SELECT escalated_at FROM referral WHERE id = ?", id);
        assertThat(escalatedAt).isNotNull();
        referrals.escalateOverdue(inAMonth);
        assertThat(Database.text(db, "SELECT escalated_at FROM referral WHERE id = ?", id)).isEqualTo(escalatedAt);

        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
        String page = supervisor.get("/admin/referrals?show=escalated").body();
        assertThat(page).contains("/admin/referrals/" + id + "\"", "已上报监督");
    }
}
