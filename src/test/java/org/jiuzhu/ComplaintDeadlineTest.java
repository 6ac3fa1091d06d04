package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.complaint.Deadlines;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines count working days from the day the office signs, by the State Council's 2025 arrangement: National Day
 * and Mid-Autumn run from 1 to 8 October and Saturday 11 October is a working day. The office is reminded the
 * working day before, and the supervisors hear of it once it is overdue.
 */
@MicronautTest(transactional = false)
class ComplaintDeadlineTest {

    private static final Pattern TAKEN = Pattern.compile("/admin/complaints/(\\d+)\\?done=taken");

    private final MovingClock clock = new MovingClock();
    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Deadlines deadlines;
    private final DataSource db;

    ComplaintDeadlineTest(EmbeddedServer server, StaffAccounts staff, Deadlines deadlines, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.deadlines = deadlines;
        this.db = Database.raw(dataSource);
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void deadlinesSkipTheNationalDayHolidayCountTheMakeUpSaturdayAndRemindThenEscalate() {
        clock.moveTo(OffsetDateTime.parse("2025-09-30T10:00:00+08:00").toInstant());
        Staff.Login supervisorLogin = Staff.create(staff, Role.SUPERVISOR, Staff.CITY);
        Staff.Login caseworkerLogin = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        WebSession operator = WebSession.as(server, Staff.create(staff, Role.OPERATOR, Staff.CITY));
        WebSession supervisor = WebSession.as(server, supervisorLogin);
        WebSession caseworker = WebSession.as(server, caseworkerLogin);
        long help = call(operator, "HELP_REQUEST", "老人独居，想申请居家照护服务，不知道找谁。");
        long complaint = call(operator, "DELAY", "临时救助申请交上去一个月了，没有人回复。");
        long unsigned = call(operator, "SERVICE_ATTITUDE", "村里工作人员说话很难听，让我以后别来了。");
        step(supervisor, unsigned, "dispatch", Map.of("office", Staff.CHENGGUAN_TOWNSHIP));

        for (long id : new long[]{help, complaint}) {
            step(supervisor, id, "dispatch", Map.of("office", Staff.CHENGGUAN_TOWNSHIP));
            step(caseworker, id, "sign", Map.of());
        }

        assertThat(due(help)).isEqualTo("2025-10-11");
        assertThat(due(complaint)).isEqualTo("2025-10-24");
        assertThat(caseworker.get("/admin/complaints/" + help).body()).contains("2025-10-11");

        clock.moveTo(OffsetDateTime.parse("2025-10-10T09:00:00+08:00").toInstant());
        deadlines.run();
        assertThat(notices(caseworkerLogin.id(), "core.notification.complaintDueSoon", help)).isEqualTo(1);
        assertThat(notices(caseworkerLogin.id(), "core.notification.complaintDueSoon", complaint)).isZero();
        // Dispatched on 30 September, to be signed by the next working day, 9 October: on the 10th it is late.
        assertThat(notices(supervisorLogin.id(), "core.notification.complaintUnsigned", unsigned)).isEqualTo(1);
        assertThat(Database.text(db, "SELECT GROUP_CONCAT(kind ORDER BY id) FROM complaint_event WHERE complaint_id = ?",
                unsigned)).isEqualTo("RECEIVED,DISPATCHED,UNSIGNED");
        deadlines.run();
        assertThat(notices(caseworkerLogin.id(), "core.notification.complaintDueSoon", help)).isEqualTo(1);
        assertThat(notices(supervisorLogin.id(), "core.notification.complaintUnsigned", unsigned)).isEqualTo(1);

        clock.moveTo(OffsetDateTime.parse("2025-10-13T09:00:00+08:00").toInstant());
        deadlines.run();
        deadlines.run();
        assertThat(notices(supervisorLogin.id(), "core.notification.complaintOverdue", help)).isEqualTo(1);
        assertThat(notices(supervisorLogin.id(), "core.notification.complaintOverdue", complaint)).isZero();
        assertThat(Database.number(db, "SELECT COUNT(*) FROM complaint_event WHERE complaint_id = ? AND kind = "
                + "'ESCALATED'", help)).isEqualTo(1);
        WebSession again = WebSession.as(server, supervisorLogin);
        assertThat(again.get("/admin/complaints/" + help).body()).contains("已超期");
    }

    private long call(WebSession operator, String type, String summary) {
        WebSession.Page taken = operator.submit("/admin/hotline", "/admin/hotline", Map.of("phone", "13800001111",
                "callAt", "2025-09-30T09:30", "type", type, "regionCode", People.XINGFU_VILLAGE, "summary", summary,
                "wantsReply", "yes"));
        Matcher id = TAKEN.matcher(taken.location());
        assertThat(id.find()).as(taken.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static void step(WebSession session, long id, String step, Map<String, String> fields) {
        String page = "/admin/complaints/" + id;
        assertThat(session.submit(page, page + "/" + step, fields).status()).as(step).isEqualTo(303);
    }

    private String due(long id) {
        return Database.text(db, "SELECT due_on FROM complaint WHERE id = ?", id);
    }

    private long notices(long account, String key, long id) {
        return Database.number(db, "SELECT COUNT(*) FROM notification WHERE account_id = ? AND message_key = ? AND "
                + "link = ?", account, key, "/admin/complaints/" + id);
    }
}
