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
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A complex case goes before the county case conference; its decision's follow-up reaches the department. */
@MicronautTest(transactional = false)
class ConferenceTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final Cases cases;
    private final DataSource db;

    ConferenceTest(EmbeddedServer server, StaffAccounts staff, Importer importer, Cases cases, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.cases = cases;
        this.db = Database.raw(dataSource);
    }

    private void hand(ListKind kind, String idNumber, Map<String, String> values) {
        Lists.handOver(WebSession.as(server, Staff.department(staff, Lists.owner(kind), Cases.PINGAN_COUNTY)),
                importer, kind, idNumber, values);
    }

    /** A household with three kinds of signal: the complex case its combination opened. */
    private long complexCase() {
        Cases.Case household = cases.approved();
        hand(ListKind.REGISTERED_UNEMPLOYED, household.childIdNumber(), Map.of("employmentAid", "否"));
        hand(ListKind.IMPROVEMENT_SIGNALS, household.childIdNumber(), Map.of("signal", "工商登记"));
        hand(ListKind.HOUSING_INSECURE, household.childIdNumber(), Map.of("houseGrade", "D", "renovationListed", "否"));
        return Database.number(db, "SELECT id FROM warning WHERE application_id = ? AND rule_id = 'CPX-01' AND "
                + "status = 'OPEN'", household.id());
    }

    private static String inAWeek() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
    }

    @Test
    void theConferenceDecidesAComplexCaseAndItsFollowUpGoesToTheDepartment() {
        long complex = complexCase();
        long simple = complexCase();
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, Cases.PINGAN_COUNTY));
        assertThat(approver.get("/admin/conferences").body()).contains("case-" + complex + "\"", "同一户共有 3 类预警信号");

        WebSession.Page empty = approver.submit("/admin/conferences", "/admin/conferences", Map.of("place", "",
                "participants", "民政局"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("请至少选择一户", "请填写会议地点");
        WebSession.Page convened = approver.submit("/admin/conferences", "/admin/conferences", Map.of(
                "case-" + complex, "yes", "case-" + simple, "yes", "on", inAWeek(), "place", "县民政局三楼会议室",
                "participants", "民政局、人社局、住建局、卫健局"));
        assertThat(convened.status()).isEqualTo(303);
        String path = convened.location();
        long conference = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        WebSession.Page twice = approver.submit("/admin/conferences", "/admin/conferences", Map.of("case-" + complex,
                "yes", "on", inAWeek(), "place", "另一处", "participants", "民政局"));
        assertThat(twice.status()).as("one agenda at a time").isEqualTo(422);
        assertThat(twice.body()).contains("所选家庭中有的已列入其他会议或已处理");

        String decide = path + "/cases/" + complex;
        WebSession.Page half = approver.submit(path, decide, Map.of("decision", "纳入临时救助", "followUp", "落实危房改造"));
        assertThat(half.status()).isEqualTo(422);
        assertThat(half.body()).contains("有后续措施时请选择落实部门", "请填写不早于今天的落实期限");
        assertThat(approver.submit(path, decide, Map.of("decision", "给予临时救助 2000 元，优先安排危房改造",
                "followUp", "年底前完成 D 级危房改造", "department", "HOUSING", "due", inAWeek())).status())
                .isEqualTo(303);
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', r.status, r.department, r.deadline, w.status) FROM "
                + "referral r JOIN warning w ON w.id = r.warning_id WHERE w.id = ?", complex))
                .isEqualTo("SENT HOUSING " + inAWeek() + " OPEN");
        assertThat(Database.text(db, "SELECT status FROM case_conference WHERE id = ?", conference))
                .isEqualTo("PLANNED");

        assertThat(approver.submit(path, path + "/cases/" + simple, Map.of("decision", "情况已核实，现有救助已覆盖"))
                .status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, outcome) FROM warning WHERE id = ?", simple))
                .isEqualTo("CLOSED CONFIRMED");
        assertThat(Database.text(db, "SELECT status FROM case_conference WHERE id = ?", conference)).isEqualTo("HELD");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM conference_item WHERE conference_id = ? AND "
                + "HEX(decision_enc) LIKE HEX('%临时救助%')", conference)).isZero();
        assertThat(approver.get(path).body()).contains("给予临时救助 2000 元，优先安排危房改造", "已议定");

        WebSession housing = WebSession.as(server, Staff.department(staff, Department.HOUSING, Cases.PINGAN_COUNTY));
        assertThat(housing.get("/admin/referrals").body()).contains("情况复杂（CPX-01）");
        assertThat(housing.get(path).status()).isEqualTo(403);
        assertThat(WebSession.as(server, Staff.create(staff, Role.APPROVER, "990103000000")).get(path).status())
                .isEqualTo(404);
    }
}
