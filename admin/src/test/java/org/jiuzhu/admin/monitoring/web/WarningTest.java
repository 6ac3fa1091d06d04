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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Department lists compared with the low-income database raise warnings of each kind with the rule's level, department
 * and readable reasons; the same cause never opens twice; staff settle warnings and supervisors switch rules.
 */
@MicronautTest(transactional = false)
class WarningTest {

    private static final String COUNTY = Cases.PINGAN_COUNTY;
    private static final Pattern BATCH = Pattern.compile("/admin/exchanges/(\\d+)");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final Cases cases;
    private final PersonIndex persons;
    private final DataSource db;

    WarningTest(EmbeddedServer server, StaffAccounts staff, Importer importer, Cases cases, PersonIndex persons,
                DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.cases = cases;
        this.persons = persons;
        this.db = Database.raw(dataSource);
    }

    private WebSession department(Department department) {
        return WebSession.as(server, Staff.department(staff, department, COUNTY));
    }

    private WebSession caseworker() {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
    }

    /** Uploads a list of rows (the header added) as its department, imports and compares it; answers the batch. */
    private long hand(ListKind kind, List<List<String>> rows) {
        Department owner = Arrays.stream(Department.values()).filter(kind::handedOverBy).findFirst().orElseThrow();
        WebSession session = department(owner);
        List<List<String>> file = new ArrayList<>(List.of(Lists.header(kind)));
        file.addAll(rows);
        String csrf = session.get("/admin/exchanges").csrfToken();
        WebSession.Page posted = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind",
                kind.name()), kind.slug() + ".csv", "text/csv", Lists.csv(file, StandardCharsets.UTF_8));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        Matcher m = BATCH.matcher(posted.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        importer.importWaiting();
        long batch = Long.parseLong(m.group(1));
        assertThat(Database.text(db, "SELECT status FROM exchange_batch WHERE id = ?", batch)).isEqualTo("DONE");
        return batch;
    }

    private long hand(ListKind kind, String idNumber, Map<String, String> values) {
        return hand(kind, List.of(Lists.row(kind, idNumber, values)));
    }

    /** rule, level, department and kind of the person's open warnings, sorted, e.g. "HOU-01 RED HOUSING ENTITLED_MISSING". */
    private List<String> open(String idNumber) {
        List<String> found = new ArrayList<>();
        long count = Database.number(db, "SELECT COUNT(*) FROM warning WHERE person_bidx = ? AND status = 'OPEN'",
                persons.of(idNumber));
        for (int i = 0; i < count; i++) {
            found.add(Database.text(db, "SELECT CONCAT_WS(' ', rule_id, level, department, kind) FROM warning WHERE "
                    + "person_bidx = ? AND status = 'OPEN' ORDER BY rule_id LIMIT 1 OFFSET " + i, persons.of(idNumber)));
        }
        return found;
    }

    private long warningId(String idNumber, String rule) {
        return Database.number(db, "SELECT id FROM warning WHERE person_bidx = ? AND rule_id = ? AND status = 'OPEN'",
                persons.of(idNumber), rule);
    }

    @Test
    void entitledAidNotInPlaceGoesToTheOwningDepartmentWhichAloneSeesIt() {
        Cases.Case household = cases.approved();
        String child = household.childIdNumber();

        hand(ListKind.HOUSING_INSECURE, child, Map.of("houseGrade", "D", "renovationListed", "否"));
        hand(ListKind.HOUSING_INSECURE, People.idNumber(), Map.of("houseGrade", "D", "renovationListed", "否"));

        assertThat(open(child)).containsExactly("HOU-01 RED HOUSING ENTITLED_MISSING");
        long id = warningId(child, "HOU-01");
        String page = department(Department.HOUSING).get("/admin/warnings/" + id).body();
        assertThat(page).contains("应享未享", "红色", "转办主管部门落实",
                "在住房和城乡建设部门于 ", "报送的“住房困难和危房户”名单上", "名单记载：房屋鉴定等级：D；是否列入改造：否",
                "所在家庭正在享受：最低生活保障（低保）", "张*");
        assertThat(page).doesNotContain(child);
        assertThat(department(Department.HOUSING).get("/admin/warnings").body()).contains("/admin/warnings/" + id);
        assertThat(department(Department.EDUCATION).get("/admin/warnings").body()).doesNotContain(
                "/admin/warnings/" + id + "\"");
        assertThat(department(Department.EDUCATION).get("/admin/warnings/" + id).status()).isEqualTo(404);
        assertThat(WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP))
                .get("/admin/warnings/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSchoolchildOfAnAidedHouseholdMissingFromTheStudentsListIsFoundOnceTheWholeListIsCompared() {
        Cases.Case household = cases.approved();

        hand(ListKind.POOR_STUDENTS, People.idNumber(), Map.of());

        assertThat(open(household.childIdNumber())).containsExactly("EDU-02 YELLOW EDUCATION ENTITLED_MISSING");
        String page = caseworker().get("/admin/warnings/" + warningId(household.childIdNumber(), "EDU-02")).body();
        assertThat(page).contains("不在教育部门于 ", "报送的“家庭经济困难学生”名单上", "王*红");

        Cases.Case listed = cases.approved();
        hand(ListKind.POOR_STUDENTS, listed.childIdNumber(), Map.of("aided", "是"));
        assertThat(open(listed.childIdNumber())).isEmpty();
    }

    @Test
    void aNewHardshipIsPushedOnlyWhenTheChainShowsNoSuchAid() {
        Cases.Case household = cases.approved();
        String child = household.childIdNumber();

        hand(ListKind.REGISTERED_UNEMPLOYED, child, Map.of("employmentAid", "否"));
        assertThat(open(child)).containsExactly("HRS-01 ORANGE HRSS NEW_HARDSHIP");
        assertThat(caseworker().get("/admin/warnings/" + warningId(child, "HRS-01")).body())
                .contains("近一年救助链中没有就业救助记录", "出现新的困难");

        Cases.Case helped = cases.approved();
        Database.update(db, "INSERT INTO assistance_chain (household_bidx, region_code, kind, occurred_on, recorded_by,"
                + " recorded_at, aid_kind) SELECT household_bidx, region_code, 'CHARITY', CURRENT_DATE, recorded_by,"
                + " NOW(6), 'EMPLOYMENT' FROM assistance_chain WHERE application_id = ? LIMIT 1", helped.id());
        hand(ListKind.REGISTERED_UNEMPLOYED, helped.childIdNumber(), Map.of("employmentAid", "否"));
        assertThat(open(helped.childIdNumber())).isEmpty();
    }

    @Test
    void someoneOutsideTheRollsWhoMayQualifyIsToldAndOnlyASevereDisabilityCounts() {
        String severe = People.idNumber();
        String mild = People.idNumber();
        String mentalThird = People.idNumber();
        hand(ListKind.SEVERELY_DISABLED, List.of(
                Lists.row(ListKind.SEVERELY_DISABLED, severe, Map.of("disabilityType", "肢体", "disabilityGrade", "一级")),
                Lists.row(ListKind.SEVERELY_DISABLED, mild, Map.of("disabilityType", "肢体", "disabilityGrade", "三级")),
                Lists.row(ListKind.SEVERELY_DISABLED, mentalThird, Map.of("disabilityType", "精神",
                        "disabilityGrade", "三级"))));

        assertThat(open(severe)).containsExactly("DPF-01 ORANGE CIVIL_AFFAIRS MAY_QUALIFY");
        assertThat(open(mild)).isEmpty();
        assertThat(open(mentalThird)).containsExactly("DPF-01 ORANGE CIVIL_AFFAIRS MAY_QUALIFY");
        assertThat(caseworker().get("/admin/warnings/" + warningId(severe, "DPF-01")).body())
                .contains("不在低收入人口数据库中", "告知政策和申请方式，并启动受理", "残疾类别：肢体；残疾等级：一级");

        org.jiuzhu.Residents.Resident registered = org.jiuzhu.Residents.loggedIn(server, "赵大山");
        for (String name : List.of("赵大山", "赵大衫")) {
            hand(ListKind.SEVERELY_DISABLED, registered.idNumber(), Map.of("name", name, "disabilityType", "视力",
                    "disabilityGrade", "二级"));
        }
        assertThat(open(registered.idNumber())).containsExactly("DPF-01 ORANGE CIVIL_AFFAIRS MAY_QUALIFY");
        String messages = registered.session().get("/messages").body();
        assertThat(messages.split("可能符合社会救助条件", -1)).as("told once, on the first list").hasSize(2);

        Cases.Case refused = cases.refusedAfterVerification();
        hand(ListKind.SEVERELY_DISABLED, refused.childIdNumber(), Map.of("disabilityGrade", "二级"));
        assertThat(open(refused.childIdNumber())).containsExactly("DPF-01 ORANGE CIVIL_AFFAIRS MAY_QUALIFY");
        assertThat(caseworker().get("/admin/warnings/" + warningId(refused.childIdNumber(), "DPF-01")).body())
                .contains("一年内申请未获批准");
    }

    @Test
    void thePeopleOfARelapseWatchListJoinThePopulationAndAreOwedMedicalAid() {
        String watched = People.idNumber();
        hand(ListKind.RELAPSE_WATCH, watched, Map.of("identifiedOn", "2026-03-01"));
        assertThat(Database.text(db, "SELECT identified_on FROM relapse_watch WHERE person_bidx = ?",
                persons.of(watched))).isEqualTo("2026-03-01");
        assertThat(open(watched)).containsExactly("AGR-01 YELLOW CIVIL_AFFAIRS MAY_QUALIFY");

        hand(ListKind.SERIOUSLY_ILL, watched, Map.of("disease", "尿毒症"));
        assertThat(open(watched)).as("two lists are two signals, however many rules read them").containsExactly(
                "AGR-01 YELLOW CIVIL_AFFAIRS MAY_QUALIFY", "HEA-01 RED MEDICAL_SECURITY ENTITLED_MISSING",
                "HEA-02 RED CIVIL_AFFAIRS MAY_QUALIFY");
        assertThat(caseworker().get("/admin/warnings/" + warningId(watched, "HEA-01")).body())
                .contains("防止返贫监测对象（2026-03-01 纳入监测）", "近一年救助链中没有医疗救助记录");
    }

    @Test
    void anImprovementSendsTheHouseholdForReviewAndEachFurtherSignalRaisesTheLevelUntilTheCaseConference() {
        Cases.Case improved = cases.approved();
        hand(ListKind.IMPROVEMENT_SIGNALS, improved.childIdNumber(), Map.of("signal", "车辆登记"));
        assertThat(open(improved.childIdNumber())).containsExactly("IMP-01 YELLOW CIVIL_AFFAIRS IMPROVED");
        assertThat(caseworker().get("/admin/warnings/" + warningId(improved.childIdNumber(), "IMP-01")).body())
                .contains("情况好转", "通知作出决定的部门复核", "信号类型：车辆登记");
        assertThat(caseworker().get(Cases.detail(improved)).body()).as("the deciding office sees it on the case")
                .contains("本户有 1 条未处理的监测预警", "/admin/warnings/" + warningId(improved.childIdNumber(), "IMP-01"));

        String child = cases.approved().childIdNumber();
        hand(ListKind.REGISTERED_UNEMPLOYED, child, Map.of("employmentAid", "否"));
        hand(ListKind.IMPROVEMENT_SIGNALS, child, Map.of("signal", "车辆登记"));
        assertThat(open(child)).containsExactly("HRS-01 ORANGE HRSS NEW_HARDSHIP",
                "IMP-01 ORANGE CIVIL_AFFAIRS IMPROVED");
        assertThat(caseworker().get("/admin/warnings/" + warningId(child, "IMP-01")).body())
                .contains("同一户另有 1 类预警信号（HRS-01），等级相应上调");
        byte[] household = Database.bytes(db, "SELECT household_bidx FROM warning WHERE person_bidx = ? AND "
                + "rule_id = 'HRS-01'", persons.of(child));
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning WHERE household_bidx = ? AND rule_id = 'CPX-01'",
                (Object) household)).isZero();

        hand(ListKind.HOUSING_INSECURE, child, Map.of("houseGrade", "C", "renovationListed", "否"));
        hand(ListKind.IMPROVEMENT_SIGNALS, child, Map.of("signal", "不动产登记"));

        assertThat(open(child)).containsExactly("HOU-01 RED HOUSING ENTITLED_MISSING",
                "HRS-01 ORANGE HRSS NEW_HARDSHIP", "IMP-01 ORANGE CIVIL_AFFAIRS IMPROVED");
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', level, department, kind, COUNT(*)) FROM warning WHERE "
                + "household_bidx = ? AND rule_id = 'CPX-01' AND status = 'OPEN'", (Object) household))
                .isEqualTo("RED CIVIL_AFFAIRS COMPLEX 1");
        long conference = Database.number(db, "SELECT id FROM warning WHERE household_bidx = ? AND rule_id = 'CPX-01'",
                (Object) household);
        assertThat(caseworker().get("/admin/warnings/" + conference).body())
                .contains("情况复杂", "提交县级一事一议", "同一户共有 3 类预警信号（HOU-01、HRS-01、IMP-01）");
    }

    @Test
    void theSameCauseOnThePersonOpensOneWarningUntilItIsSettledAndTheRuleCountsTheOutcome() {
        Cases.Case household = cases.approved();
        String child = household.childIdNumber();
        long first = hand(ListKind.DEATHS, child, Map.of("diedOn", "2026-11-01"));
        long second = hand(ListKind.DEATHS, List.of(Lists.row(ListKind.DEATHS, child, Map.of("diedOn", "2026-11-01")),
                Lists.row(ListKind.DEATHS, People.idNumber(), Map.of())));

        assertThat(open(child)).containsExactly("DTH-01 RED CIVIL_AFFAIRS IMPROVED");
        long id = warningId(child, "DTH-01");
        assertThat(Database.number(db, "SELECT source_batch FROM warning WHERE id = ?", id)).isEqualTo(first);
        assertThat(Database.number(db, "SELECT last_seen_batch FROM warning WHERE id = ?", id)).isEqualTo(second);
        assertThat(Database.number(db, "SELECT warnings_raised FROM exchange_batch WHERE id = ?", first)).isOne();
        assertThat(Database.number(db, "SELECT warnings_raised FROM exchange_batch WHERE id = ?", second)).isZero();

        WebSession village = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, People.XINGFU_VILLAGE));
        String caseFile = "href=\"/admin/applications/" + household.id() + "\"";
        assertThat(village.get("/admin/warnings/" + id).body()).doesNotContain("记录核实结果").doesNotContain(caseFile)
                .contains("href=\"/admin/applications/" + household.id() + "/chain\"");
        // The case file is not theirs to open: no link that would only answer 403.
        assertThat(village.get("/admin/applications/" + household.id() + "/chain").body()).doesNotContain(caseFile);
        assertThat(caseworker().get("/admin/warnings/" + id).body()).contains(caseFile);
        WebSession caseworker = caseworker();
        WebSession.Page missing = caseworker.submit("/admin/warnings/" + id, "/admin/warnings/" + id + "/outcome",
                Map.of("note", "核实"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("请选择核实结果");
        WebSession.Page settled = caseworker.submit("/admin/warnings/" + id, "/admin/warnings/" + id + "/outcome",
                Map.of("outcome", "FALSE_ALARM", "note", "同名同姓，已电话核实本人健在"));
        assertThat(settled.status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, outcome, outcome_note) FROM warning WHERE id = ?",
                id)).isEqualTo("CLOSED FALSE_ALARM 同名同姓，已电话核实本人健在");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'WARNING_SETTLED' AND "
                + "record_id = ?", String.valueOf(id))).isOne();
        WebSession.Page again = caseworker.post("/admin/warnings/" + id + "/outcome", Map.of("csrfToken",
                caseworker.get("/admin/warnings").csrfToken(), "outcome", "CONFIRMED"));
        assertThat(again.status()).isEqualTo(409);

        hand(ListKind.DEATHS, List.of(Lists.row(ListKind.DEATHS, child, Map.of("diedOn", "2026-11-02"))));
        assertThat(open(child)).containsExactly("DTH-01 RED CIVIL_AFFAIRS IMPROVED");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning WHERE person_bidx = ? AND rule_id = 'DTH-01'",
                persons.of(child))).isEqualTo(2);

        long confirmed = Database.number(db, "SELECT COUNT(*) FROM warning WHERE rule_id = 'DTH-01' AND "
                + "outcome = 'CONFIRMED'");
        long falseAlarms = Database.number(db, "SELECT COUNT(*) FROM warning WHERE rule_id = 'DTH-01' AND "
                + "outcome = 'FALSE_ALARM'");
        long stillOpen = Database.number(db, "SELECT COUNT(*) FROM warning WHERE rule_id = 'DTH-01' AND "
                + "status = 'OPEN'");
        assertThat(caseworker.get("/admin/warning-rules").body()).contains("未处理 " + stillOpen + "，属实 "
                + confirmed + "，误报 " + falseAlarms + "，准确率 " + Math.round(100.0 * confirmed
                / (confirmed + falseAlarms)) + "%");
    }

    @Test
    void aRuleASupervisorSwitchedOffRaisesNothingAndOnlySupervisorsMaySwitch() {
        WebSession caseworker = caseworker();
        WebSession.Page refused = caseworker.submit("/admin/warning-rules", "/admin/warning-rules/UNI-01",
                Map.of("enabled", "false"));
        assertThat(refused.status()).isEqualTo(403);
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
        assertThat(supervisor.post("/admin/warning-rules/UNI-01", Map.of("enabled", "false")).status())
                .isEqualTo(403);

        WebSession.Page off = supervisor.submit("/admin/warning-rules", "/admin/warning-rules/UNI-01",
                Map.of("enabled", "false"));
        assertThat(off.status()).isEqualTo(303);
        try {
            String worker = People.idNumber();
            hand(ListKind.STRUGGLING_WORKERS, worker, Map.of());
            assertThat(open(worker)).isEmpty();
            assertThat(supervisor.get("/admin/warning-rules").body()).contains("已停用", "启用规则 UNI-01");
        } finally {
            assertThat(supervisor.submit("/admin/warning-rules", "/admin/warning-rules/UNI-01",
                    Map.of("enabled", "true")).status()).isEqualTo(303);
        }
        String worker = People.idNumber();
        hand(ListKind.STRUGGLING_WORKERS, worker, Map.of());
        assertThat(open(worker)).containsExactly("UNI-01 YELLOW CIVIL_AFFAIRS MAY_QUALIFY");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'WARNING_RULE_SWITCHED' AND "
                + "record_id = 'UNI-01'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aComparisonInterruptedMidwayGoesOnFromItsLastChunkAndRaisesEveryWarningOnce() {
        // Born in 1920, which no fixture draws from: a random person could already carry another test's open warning.
        List<List<String>> rows = java.util.stream.IntStream.range(0, 2500).mapToObj(i ->
                org.jiuzhu.core.privacy.IdNumber.withCheckDigit("990102" + java.time.LocalDate.of(1920, 1, 1)
                        .plusDays(i / 900).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + (100 + i % 900))).map(id -> Lists.row(ListKind.STRUGGLING_WORKERS, id, Map.of())).toList();
        long batch = hand(ListKind.STRUGGLING_WORKERS, rows);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning WHERE source_batch = ?", batch)).isEqualTo(2500);

        // As a node that died after committing the first chunk of the comparison leaves it.
        Database.update(db, "DELETE w FROM warning w JOIN exchange_record r ON r.person_bidx = w.person_bidx "
                + "AND r.batch_id = ? AND r.line > 1001 WHERE w.source_batch = ?", batch, batch);
        Database.update(db, "UPDATE exchange_batch SET status = 'COMPARING', worker = 'gone', heartbeat_at = "
                + "NOW(6) - INTERVAL 3 MINUTE, compared_line = 1001, compared_rows = 1000, warnings_raised = 1000, "
                + "finished_at = NULL WHERE id = ?", batch);
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
        assertThat(supervisor.get("/admin/exchanges/" + batch).body()).contains("正在与低收入人口数据库比对");
        importer.importWaiting();

        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, compared_rows, warnings_raised) FROM "
                + "exchange_batch WHERE id = ?", batch)).isEqualTo("DONE 2500 2500");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM warning WHERE source_batch = ?", batch)).isEqualTo(2500);
        assertThat(Database.number(db, "SELECT COUNT(DISTINCT person_bidx) FROM warning WHERE source_batch = ?",
                batch)).isEqualTo(2500);
        assertThat(supervisor.get("/admin/exchanges/" + batch).body()).contains("已比对 2500 行，新发现预警 2500 条");
    }
}
