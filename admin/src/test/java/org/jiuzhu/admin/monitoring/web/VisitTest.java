package org.jiuzhu.admin.monitoring.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.privacy.PersonIndex;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Village officers check warnings on home visits, which confirm or close them, and raise warnings of their own. */
@MicronautTest(transactional = false)
class VisitTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final Cases cases;
    private final PersonIndex persons;
    private final DataSource db;

    VisitTest(EmbeddedServer server, StaffAccounts staff, Importer importer, Cases cases, PersonIndex persons,
              DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.cases = cases;
        this.persons = persons;
        this.db = Database.raw(dataSource);
    }

    private WebSession officer() {
        return WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, People.XINGFU_VILLAGE));
    }

    private long warned(ListKind kind, String idNumber, Map<String, String> values, String rule) {
        Department owner = java.util.Arrays.stream(Department.values()).filter(kind::handedOverBy).findFirst()
                .orElseThrow();
        WebSession session = WebSession.as(server, Staff.department(staff, owner, Cases.PINGAN_COUNTY));
        byte[] csv = Lists.csv(List.of(Lists.header(kind), Lists.row(kind, idNumber, values)), StandardCharsets.UTF_8);
        assertThat(session.postMultipart("/admin/exchanges", Map.of("csrfToken", session.get("/admin/exchanges")
                .csrfToken(), "kind", kind.name()), "list.csv", "text/csv", csv).status()).isEqualTo(303);
        importer.importWaiting();
        return Database.number(db, "SELECT id FROM warning WHERE person_bidx = ? AND rule_id = ? AND status = 'OPEN'",
                persons.of(idNumber), rule);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void aVisitFindingAWarningUntrueClosesItAndTheVisitStaysOnItsPage() {
        long id = warned(ListKind.DEATHS, cases.approved().childIdNumber(), Map.of(), "DTH-01");
        String path = "/admin/warnings/" + id;
        WebSession officer = officer();

        WebSession.Page blank = officer.submit(path, path + "/visits", Map.of("visitors", "", "findings", ""));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("请写明核实人员", "请写明核实情况", "请选择核实结论");
        assertThat(officer.submit(path, path + "/visits", Map.of("on", today(), "visitors", "李协理员",
                "findings", "本人在家，身体健康，死亡信息系同名错误。", "finding", "NOT_FOUND")).status()).isEqualTo(303);

        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, outcome) FROM warning WHERE id = ?", id))
                .isEqualTo("CLOSED FALSE_ALARM");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning_visit WHERE warning_id = ? AND "
                + "HEX(findings_enc) LIKE HEX('%同名%')", id)).isZero();
        assertThat(officer.get(path).body()).contains("李协理员：本人在家，身体健康，死亡信息系同名错误。",
                "情况不实，作为误报关闭");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'HOME_VISIT_RECORDED' AND "
                + "detail LIKE ?", "warning=" + id + " %")).isOne();
    }

    @Test
    void aReferredWarningIsOnlyConfirmedByAVisitAndSettledThroughItsReferral() {
        long id = warned(ListKind.REGISTERED_UNEMPLOYED, cases.approved().childIdNumber(),
                Map.of("employmentAid", "否"), "HRS-01");
        String path = "/admin/warnings/" + id;
        WebSession officer = officer();

        WebSession.Page closing = officer.submit(path, path + "/visits", Map.of("on", today(), "visitors", "李协理员",
                "findings", "已找到工作。", "finding", "RESOLVED"));
        assertThat(closing.status()).isEqualTo(422);
        assertThat(closing.body()).contains("这条预警已转办部门处理");
        assertThat(officer.submit(path, path + "/visits", Map.of("on", today(), "visitors", "李协理员",
                "findings", "确实失业在家。", "finding", "CONFIRMED")).status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT status FROM warning WHERE id = ?", id)).isEqualTo("OPEN");
    }

    @Test
    void aHouseholdVisitRaisesTheWarningTheVisitorChoseAndItIsReferred() {
        Cases.Case household = cases.approved();
        WebSession officer = officer();
        Map<String, String> visit = Map.of("application", String.valueOf(household.id()), "on", today(),
                "visitors", "李协理员、王村医", "findings", "户主突发脑梗住院，家中无人照料。", "raise", "yes",
                "kind", "NEW_HARDSHIP", "level", "RED", "department", "HEALTH");

        WebSession.Page raised = officer.submit("/admin/visits/new", "/admin/visits", visit);
        assertThat(raised.status()).as(raised.body()).isEqualTo(303);
        String head = Database.text(db, "SELECT CONCAT_WS(' ', w.level, w.department, w.kind, r.status, r.department)"
                + " FROM warning w JOIN referral r ON r.warning_id = w.id WHERE w.rule_id = 'VIS-01' AND "
                + "w.application_id = ? AND w.status = 'OPEN'", household.id());
        assertThat(head).isEqualTo("RED HEALTH NEW_HARDSHIP SENT HEALTH");
        long warning = Database.number(db, "SELECT id FROM warning WHERE rule_id = 'VIS-01' AND application_id = ?",
                household.id());
        assertThat(officer.get("/admin/warnings/" + warning).body()).contains("李协理员、王村医于 ",
                "核实情况：户主突发脑梗住院，家中无人照料。", "发现新情况，已发出预警");

        WebSession.Page again = officer.submit("/admin/visits/new", "/admin/visits", visit);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("该户已有一条入户核实发出的未处理预警");
        WebSession.Page elsewhere = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER,
                People.XINHUA_VILLAGE)).submit("/admin/visits/new", "/admin/visits", visit);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("没有这个编号的本辖区家庭申请");
        WebSession.Page nothing = officer.submit("/admin/visits/new", "/admin/visits", Map.of("application",
                String.valueOf(household.id()), "on", today(), "visitors", "李协理员", "findings", "一切如常。"));
        assertThat(nothing.status()).isEqualTo(303);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning_visit WHERE application_id = ? AND "
                + "finding = 'NOTHING'", household.id())).isOne();
    }
}
