package org.jiuzhu.admin.dashboard;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.BrowserHarness.checkAccessibility;

/**
 * A supervisor's figures count their own region only and agree with the tables they come from; every table downloads
 * as CSV; the charts are drawn from the tables, and the page passes axe.
 */
@MicronautTest(transactional = false)
class DashboardTest {

    private static final String PINGAN = "990102000000";
    private static final String CHANGNING = "990103000000";

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final DataSource db;

    DashboardTest(EmbeddedServer server, StaffAccounts staff, Cases cases, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.db = Database.raw(dataSource);
    }

    @Test
    void aSupervisorSeesTheirRegionsFiguresAsTablesAndCsv() {
        cases.approved();
        cases.submitted();
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, PINGAN));

        String page = supervisor.get("/admin/dashboard").body();
        String stages = csv(supervisor, "stages");

        long submitted = Database.number(db, "SELECT COUNT(*) FROM application WHERE region_code LIKE '990102%' "
                + "AND status = 'SUBMITTED'");
        long approved = Database.number(db, "SELECT COUNT(*) FROM application WHERE region_code LIKE '990102%' "
                + "AND status = 'APPROVED'");
        assertThat(submitted).isPositive();
        assertThat(stages).startsWith("\uFEFF\"环节\",\"件数\"\r\n").contains("\"已提交，等待乡镇受理\",\"" + submitted + "\"",
                "\"审核确认：批准\",\"" + approved + "\"");
        assertThat(page).contains("各环节的申请数", "在保家庭（按救助类别）", "各环节平均用时", "未处理的预警", "未办结的转办")
                .contains("<th scope=\"row\">已提交，等待乡镇受理</th><td>" + submitted + "</td>");
        assertThat(csv(supervisor, "categories")).contains("\"最低生活保障（低保）\"");
        assertThat(csv(supervisor, "days")).contains("\"已提交，等待乡镇受理\"");

        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, CHANGNING));
        long theirs = Database.number(db, "SELECT COUNT(*) FROM application WHERE region_code LIKE '990103%' "
                + "AND status = 'SUBMITTED'");
        assertThat(csv(elsewhere, "stages")).doesNotContain("\"已提交，等待乡镇受理\",\"" + submitted + "\"");
        if (theirs > 0) {
            assertThat(csv(elsewhere, "stages")).contains("\"已提交，等待乡镇受理\",\"" + theirs + "\"");
        }
    }

    @Test
    void onlySupervisorsReadTheFiguresAndAnUnknownTableIsNotFound() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(caseworker.get("/admin/dashboard").status()).isEqualTo(403);
        assertThat(caseworker.download("/admin/dashboard/stages.csv").statusCode()).isEqualTo(403);
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, PINGAN));
        assertThat(supervisor.get("/admin/dashboard/secrets.csv").status()).isEqualTo(404);
    }

    @Test
    void theChartsAreDrawnFromTheTablesAndThePagePassesAxe() {
        cases.submitted();
        Staff.Login supervisor = Staff.create(staff, Role.SUPERVISOR, PINGAN);
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, server.getURL() + "/login", supervisor.username(), supervisor.password());
            page.navigate(server.getURL() + "/admin/dashboard");
            page.waitForSelector("#figure-stages ~ .chart svg");
            assertThat(page.locator(".chart svg").count()).isGreaterThanOrEqualTo(1);
            checkAccessibility(page);
            BrowserHarness.screenshot(page, "dashboard");
        }
    }

    private static String csv(WebSession session, String table) {
        HttpResponse<byte[]> download = session.download("/admin/dashboard/" + table + ".csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return new String(download.body(), StandardCharsets.UTF_8);
    }
}
