package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints and reports through the pages: filed online (anonymously, with evidence) or on the hotline, dispatched,
 * returned, signed, extended, replied, rated not satisfied and handled again, closed; never dispatched to the office
 * they are about; reports hidden from operators until dispatched; nobody reads another's complaint.
 */
@MicronautTest(transactional = false)
class ComplaintTest {

    private static final String TOWNSHIP = Staff.CHENGGUAN_TOWNSHIP;
    private static final String COUNTY = Cases.PINGAN_COUNTY;
    private static final Pattern FILED = Pattern.compile("/complaints/filed\\?code=([2-9A-Z]{10})");
    private static final Pattern MINE = Pattern.compile("/complaints/mine/(\\d+)\\?notice=filed");
    private static final Pattern TAKEN = Pattern.compile("/admin/complaints/(\\d+)\\?done=taken");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final WorkingDays workingDays;
    private final DataSource db;

    ComplaintTest(EmbeddedServer server, StaffAccounts staff, WorkingDays workingDays, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.workingDays = workingDays;
        this.db = Database.raw(dataSource);
    }

    @Test
    void anAnonymousComplaintKeepsNoIdentityAndIsFollowedByItsCodeAndPassword() {
        WebSession visitor = new WebSession(server);
        WebSession.Page filed = file(visitor, Map.of("type", "FRAUD", "identity", "anonymous",
                "text", "幸福村有村干部的亲戚不符合条件却领了低保，家里开着小超市。", "password", "mima2026",
                "passwordAgain", "mima2026"), List.of(new WebSession.FilePart("evidence1", "超市.png", "image/png", PNG)));
        Matcher code = FILED.matcher(filed.location());
        assertThat(code.find()).as(filed.location()).isTrue();
        long id = Database.number(db, "SELECT id FROM complaint WHERE tracking_code = ?", code.group(1));

        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint WHERE id = ? AND account_id IS NULL AND "
                + "contact_name IS NULL AND contact_phone_enc IS NULL AND query_password_hash LIKE '$argon2id$%'", id))
                .isEqualTo(1);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint_evidence WHERE complaint_id = ?", id)).isEqualTo(1);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'complaint' AND record_id = ?"
                + " AND action = 'COMPLAINT_FILED' AND actor_id IS NULL AND ip IS NULL", String.valueOf(id))).isEqualTo(1);
        assertThat(visitor.get("/complaints/filed?code=" + code.group(1)).body()).contains(code.group(1));
        // The evidence as the city's supervisor reads it: the file as sent, kept encrypted, every download audited.
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        String evidence = "/admin/complaints/" + id + "/evidence/"
                + Database.number(db, "SELECT id FROM complaint_evidence WHERE complaint_id = ?", id);
        assertThat(supervisor.get("/admin/complaints/" + id).body()).contains(evidence + "\">超市.png</a>");
        java.net.http.HttpResponse<byte[]> file = supervisor.download(evidence);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'complaint' AND record_id = ?"
                + " AND action = 'COMPLAINT_EVIDENCE_VIEWED'", String.valueOf(id))).isEqualTo(1);

        WebSession follower = new WebSession(server);
        WebSession.Page wrong = follower.submit("/complaints/track", "/complaints/track",
                Map.of("code", code.group(1), "password", "not-it"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("查询码或查询密码不正确");
        assertThat(follower.get("/complaints/track/view").location()).isEqualTo("/complaints/track");
        WebSession.Page opened = follower.submit("/complaints/track", "/complaints/track",
                Map.of("code", code.group(1).toLowerCase(java.util.Locale.ROOT), "password", "mima2026"));
        assertThat(opened.location()).isEqualTo("/complaints/track/view");
        assertThat(follower.get("/complaints/track/view").body()).contains(code.group(1), "已受理，待派单",
                "家里开着小超市");
    }

    @Test
    void aLoggedInResidentMayStillComplainAnonymouslyAndThenNeedsAQueryPassword() {
        Residents.Resident resident = Residents.loggedIn(server, "匿名居民");
        Map<String, String> fields = new HashMap<>(Map.of("type", "SERVICE_ATTITUDE", "identity", "anonymous",
                "text", "窗口工作人员态度很差，材料没看就让我回去。"));
        WebSession.Page refused = file(resident.session(), fields, List.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("查询密码需要 6 到 64 个字符");

        fields.putAll(Map.of("password", "anonymous1", "passwordAgain", "anonymous1"));
        Matcher code = FILED.matcher(file(resident.session(), fields, List.of()).location());
        assertThat(code.find()).isTrue();
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint WHERE tracking_code = ? AND account_id IS NULL",
                code.group(1))).isEqualTo(1);
        assertThat(resident.session().get("/complaints/mine").body()).doesNotContain(code.group(1));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = Database.number(db, "SELECT COUNT(*) FROM complaint");
        WebSession.Page refused = file(new WebSession(server), Map.of("type", "NOPE", "regionCode", "990102001000",
                "text", "短", "identity", "anonymous", "contactName", "张三", "password", "abcdef", "passwordAgain",
                "abcdeg"), List.of(new WebSession.FilePart("evidence1", "x.exe", "application/octet-stream",
                "MZ...".getBytes(StandardCharsets.US_ASCII))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("请选择投诉举报的类别", "请选择事情发生的村（社区）", "请写明情况",
                "选择匿名时请不要填写姓名和电话", "两次输入的查询密码不一致");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint")).isEqualTo(before);
    }

    @Test
    void aHotlineCallIsTakenWithTheNumberEncryptedAndShownInFullOnlyOnRequest() {
        Staff.Login operator = Staff.create(staff, Role.OPERATOR, Staff.CITY);
        WebSession session = WebSession.as(server, operator);
        String now = java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        WebSession.Page taken = session.submit("/admin/hotline", "/admin/hotline", Map.of("phone", "0571-8765 4321",
                "callAt", now, "type", "POLICY_QUESTION", "regionCode", People.XINGFU_VILLAGE, "summary",
                "来电询问残疾人单独纳入低保的条件和要带的材料。", "callerName", "李大姐", "urgent", "yes",
                "wantsReply", "yes"));
        Matcher id = TAKEN.matcher(taken.location());
        assertThat(id.find()).as(taken.body()).isTrue();
        long complaint = Long.parseLong(id.group(1));

        byte[] stored = Database.bytes(db, "SELECT contact_phone_enc FROM complaint WHERE id = ?", complaint);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("87654321");
        assertThat(Database.text(db, "SELECT CONCAT(channel, ' ', taken_by, ' ', urgent, ' ', call_at IS NOT NULL) "
                + "FROM complaint WHERE id = ?", complaint)).isEqualTo("HOTLINE " + operator.id() + " 1 1");
        String detail = session.get(taken.location()).body();
        assertThat(detail).contains("李*姐", "057*****4321", "来电已受理").doesNotContain("057187654321");
        assertThat(session.submit("/admin/complaints/" + complaint, "/admin/complaints/" + complaint + "/phone",
                Map.of()).body()).contains("057187654321");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'complaint' AND "
                + "record_id = ? AND action = 'COMPLAINT_PHONE_VIEWED' AND actor_id = ?", String.valueOf(complaint),
                operator.id())).isEqualTo(1);

        WebSession.Page future = session.submit("/admin/hotline", "/admin/hotline", Map.of("phone", "12",
                "callAt", "2999-01-01T10:00", "type", "OTHER", "regionCode", People.XINGFU_VILLAGE, "summary", "太短"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("请填写来电号码", "来电时间不能晚于现在", "请写明情况");
    }

    @Test
    void aComplaintIsReturnedSignedExtendedRepliedReopenedOnceAndClosed() {
        Residents.Resident resident = Residents.loggedIn(server, "王建国");
        Matcher mine = MINE.matcher(file(resident.session(), Map.of("type", "DELAY", "identity", "named",
                "contactName", "王建国", "phone", resident.phone(), "wantsReply", "yes",
                "text", "我三个月前交了低保申请，到现在没有任何消息。"), List.of()).location());
        assertThat(mine.find()).isTrue();
        long id = Long.parseLong(mine.group(1));
        String page = "/admin/complaints/" + id;

        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        assertThat(supervisor.get("/admin/complaints").body()).contains("/admin/complaints/" + id + "\"");
        step(supervisor, id, "dispatch", Map.of("office", COUNTY + ":HEALTH"));
        WebSession health = WebSession.as(server, Staff.department(staff, Department.HEALTH, COUNTY));
        assertThat(health.get("/admin/complaints").body()).contains(page + "\"");
        step(health, id, "return", Map.of("reason", "申请审核不归卫生健康部门，应由乡镇办理。"));
        assertThat(status(id)).isEqualTo("RECEIVED");
        assertThat(health.get(page).status()).isEqualTo(404);

        step(supervisor, id, "dispatch", Map.of("office", TOWNSHIP, "note", "请查一下这户申请卡在哪个环节。"));
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, TOWNSHIP));
        assertThat(caseworker.get(page).body()).contains("王*国", "请查一下这户申请卡在哪个环节");
        step(caseworker, id, "sign", Map.of());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = workingDays.plus(today, 13);
        assertThat(Database.text(db, "SELECT due_on FROM complaint WHERE id = ?", id)).isEqualTo(due.toString());

        step(caseworker, id, "extension", Map.of("days", "5", "extensionReason", "需要到县里调取审批档案。"));
        WebSession.Page second = caseworker.submit(page, page + "/extension", Map.of("days", "3",
                "extensionReason", "再延。"));
        assertThat(second.status()).isEqualTo(422);
        assertThat(supervisor.get("/admin/complaints").body()).contains("延期待批");
        step(supervisor, id, "extension/decision", Map.of("decision", "approve", "decisionNote", "同意。"));
        assertThat(Database.text(db, "SELECT due_on FROM complaint WHERE id = ?", id))
                .isEqualTo(workingDays.plus(due, 5).toString());

        step(caseworker, id, "extension", Map.of("days", "2", "extensionReason", "还要等银行流水。"));
        step(caseworker, id, "reply", Map.of("reply", "经核实，您的申请材料缺少收入证明，已电话通知您补交。"));
        assertThat(Database.text(db, "SELECT GROUP_CONCAT(state ORDER BY id) FROM complaint_extension WHERE "
                + "complaint_id = ?", id)).isEqualTo("APPROVED,WITHDRAWN");
        String shown = resident.session().get("/complaints/mine/" + id).body();
        assertThat(shown).contains("已答复，待回访", "已电话通知您补交", "您对答复满意吗");
        assertThat(resident.session().get("/messages").body()).contains("已有答复", "/complaints/mine/" + id);
        assertThat(resident.session().submit("/complaints/mine/" + id, "/complaints/mine/" + id + "/rate",
                Map.of("satisfaction", "NOT_SATISFIED", "comment", "补交后还是没人管。")).status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT CONCAT(status, ' ', reopened, ' ', satisfaction) FROM complaint WHERE id = ?",
                id)).isEqualTo("HANDLING 1 NOT_SATISFIED");

        step(caseworker, id, "reply", Map.of("reply", "已上门收取补交材料，申请已进入审核，预计两周内出结果。"));
        step(supervisor, id, "follow-up", Map.of("result", "NOT_SATISFIED", "followUpNote", "电话回访，仍不满意。"));
        assertThat(Database.text(db, "SELECT CONCAT(status, ' ', satisfaction, ' ', on_time) FROM complaint WHERE id = ?",
                id)).isEqualTo("CLOSED NOT_SATISFIED 1");
        assertThat(Database.text(db, "SELECT GROUP_CONCAT(kind ORDER BY id) FROM complaint_event WHERE complaint_id = ?",
                id)).isEqualTo("RECEIVED,DISPATCHED,RETURNED,DISPATCHED,SIGNED,EXTENSION_ASKED,EXTENDED,EXTENSION_ASKED,REPLIED,"
                + "RATED_NOT_SATISFIED,REOPENED,REPLIED,RATED_NOT_SATISFIED,CLOSED");
        assertThat(Database.text(db, "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE record_type = "
                + "'complaint' AND record_id = ?", String.valueOf(id))).isEqualTo("COMPLAINT_FILED,"
                + "COMPLAINT_DISPATCHED,COMPLAINT_RETURNED,COMPLAINT_DISPATCHED,COMPLAINT_SIGNED,"
                + "COMPLAINT_EXTENSION_ASKED,COMPLAINT_EXTENSION_APPROVED,COMPLAINT_EXTENSION_ASKED,COMPLAINT_REPLIED,"
                + "COMPLAINT_REOPENED,"
                + "COMPLAINT_REPLIED,COMPLAINT_CLOSED");

        String timeline = resident.session().get("/complaints/mine/" + id).body();
        assertThat(timeline).contains("已办结", "延期已批准", "补交后还是没人管").doesNotContain("申请审核不归卫生健康部门",
                "承办单位退回", "请查一下这户申请卡在哪个环节", "电话回访，仍不满意");
        assertThat(Residents.loggedIn(server, "别人").session().get("/complaints/mine/" + id).status()).isEqualTo(404);
    }

    @Test
    void aComplaintIsNeverDispatchedToTheOfficeItNamesNorShowsTheComplainantThere() {
        Residents.Resident resident = Residents.loggedIn(server, "赵敢言");
        Matcher mine = MINE.matcher(file(resident.session(), Map.of("type", "WRONG_DECISION", "identity", "named",
                "contactName", "赵敢言", "subjectKind", "TOWNSHIP", "subjectPerson", "钱某",
                "text", "城关镇的钱某把我家的低保停了，没有说理由。"), List.of()).location());
        assertThat(mine.find()).isTrue();
        long id = Long.parseLong(mine.group(1));
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));

        WebSession.Page refused = supervisor.submit("/admin/complaints/" + id, "/admin/complaints/" + id + "/dispatch",
                Map.of("office", TOWNSHIP));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("不能派给被投诉的单位办理");
        assertThat(status(id)).isEqualTo("RECEIVED");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'complaint' AND record_id = ?"
                + " AND action = 'COMPLAINT_DISPATCH_REFUSED'", String.valueOf(id))).isEqualTo(1);

        step(supervisor, id, "dispatch", Map.of("office", COUNTY));
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, COUNTY));
        String handled = approver.get("/admin/complaints/" + id).body();
        assertThat(handled).contains("按回避规定不向承办单位显示反映人身份", "钱某").doesNotContain("赵*言");
        assertThat(approver.submit("/admin/complaints/" + id, "/admin/complaints/" + id + "/phone", Map.of()).status())
                .isEqualTo(404);
        assertThat(WebSession.as(server, Staff.create(staff, Role.CASEWORKER, TOWNSHIP))
                .get("/admin/complaints/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFraudReportIsSeenOnlyBySupervisorsUntilItIsDispatched() {
        Matcher code = FILED.matcher(file(new WebSession(server), Map.of("type", "MISUSE_OF_FUNDS",
                "identity", "anonymous", "password", "secret12", "passwordAgain", "secret12",
                "text", "村会计把五保户的供养金扣下了一半。"), List.of()).location());
        assertThat(code.find()).isTrue();
        long id = Database.number(db, "SELECT id FROM complaint WHERE tracking_code = ?", code.group(1));
        WebSession operator = WebSession.as(server, Staff.create(staff, Role.OPERATOR, Staff.CITY));
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));

        assertThat(operator.get("/admin/complaints").body()).doesNotContain(code.group(1));
        assertThat(operator.get("/admin/complaints/" + id).status()).isEqualTo(404);
        assertThat(supervisor.get("/admin/complaints").body()).contains(code.group(1));

        step(supervisor, id, "dispatch", Map.of("office", COUNTY));
        assertThat(operator.get("/admin/complaints/" + id).body()).contains("村会计把五保户的供养金扣下了一半");

        String now = java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        WebSession.Page taken = operator.submit("/admin/hotline", "/admin/hotline", Map.of("phone", "13600001234",
                "callAt", now, "type", "FRAUD", "regionCode", People.XINGFU_VILLAGE,
                "summary", "来电举报：幸福村有人冒领已去世老人的低保金。"));
        Matcher reported = Pattern.compile("/admin/hotline\\?reported=([2-9A-Z]{10})").matcher(taken.location());
        assertThat(reported.find()).as(taken.location()).isTrue();
        assertThat(operator.get(taken.location()).body()).contains(reported.group(1), "已通知监督人员派单");
        long call = Database.number(db, "SELECT id FROM complaint WHERE tracking_code = ?", reported.group(1));
        assertThat(operator.get("/admin/complaints/" + call).status()).isEqualTo(404);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM notification WHERE message_key = "
                + "'core.notification.complaintReport' AND link = ?", "/admin/complaints/" + call)).isPositive();
    }

    @Test
    void theDashboardCountsComplaintsByStageWithRepliesOnTimeAndSatisfaction() {
        Residents.Resident resident = Residents.loggedIn(server, "孙满意");
        Matcher mine = MINE.matcher(file(resident.session(), Map.of("type", "OTHER", "identity", "named",
                "text", "村里的救助政策宣传栏好几年没有更新了。"), List.of()).location());
        assertThat(mine.find()).isTrue();
        long id = Long.parseLong(mine.group(1));
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
        step(supervisor, id, "dispatch", Map.of("office", TOWNSHIP));
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, TOWNSHIP));
        step(caseworker, id, "sign", Map.of());
        step(caseworker, id, "reply", Map.of("reply", "已安排村里本周更新宣传栏，并张贴最新的低保标准。"));
        assertThat(resident.session().submit("/complaints/mine/" + id, "/complaints/mine/" + id + "/rate",
                Map.of("satisfaction", "BASICALLY_SATISFIED")).status()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("CLOSED");

        String where = " FROM complaint WHERE region_code LIKE '990102%' AND type = 'OTHER'";
        long all = Database.number(db, "SELECT COUNT(*)" + where);
        long closed = Database.number(db, "SELECT COUNT(*)" + where + " AND status = 'CLOSED'");
        long replies = Database.number(db, "SELECT COUNT(*)" + where + " AND on_time IS NOT NULL");
        long onTime = Database.number(db, "SELECT COUNT(*)" + where + " AND on_time");
        long rated = Database.number(db, "SELECT COUNT(*)" + where + " AND satisfaction IS NOT NULL");
        long satisfied = Database.number(db, "SELECT COUNT(*)" + where
                + " AND satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')");
        String byStage = csv(supervisor, "complaints");
        String service = csv(supervisor, "service");

        assertThat(byStage).startsWith("\uFEFF\"类别\",\"件数\",\"已受理，待派单\"")
                .contains("\"其他\",\"" + all + "\",");
        assertThat(byStage.lines().filter(l -> l.startsWith("\"其他\"")).findFirst().orElseThrow())
                .endsWith(",\"" + closed + "\",\"0\"");
        assertThat(service).contains("\"其他\",\"" + replies + "\",\"" + Math.round(100.0 * onTime / replies) + "%\",\""
                + rated + "\",\"" + Math.round(100.0 * satisfied / rated) + "%\"");
        assertThat(supervisor.get("/admin/dashboard").body()).contains("投诉举报按期答复率和满意率");
    }

    private static String csv(WebSession session, String table) {
        java.net.http.HttpResponse<byte[]> download = session.download("/admin/dashboard/" + table + ".csv");
        assertThat(download.statusCode()).isEqualTo(200);
        return new String(download.body(), StandardCharsets.UTF_8);
    }

    private WebSession.Page file(WebSession session, Map<String, String> fields, List<WebSession.FilePart> files) {
        Map<String, String> form = new HashMap<>(Map.of("regionCode", People.XINGFU_VILLAGE, "subjectKind", "NONE"));
        form.putAll(fields);
        form.put("csrfToken", session.get("/complaints/new").csrfToken());
        return session.postMultipart("/complaints/new", form, files);
    }

    private static void step(WebSession session, long id, String step, Map<String, String> fields) {
        String page = "/admin/complaints/" + id;
        WebSession.Page answer = session.submit(page, page + "/" + step, fields);
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(303);
    }

    private String status(long id) {
        return Database.text(db, "SELECT status FROM complaint WHERE id = ?", id);
    }
}
