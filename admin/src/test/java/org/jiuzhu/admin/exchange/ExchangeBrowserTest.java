package org.jiuzhu.admin.exchange;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.Cases;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.privacy.IdNumber;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.BrowserHarness.screenshot;

/**
 * A department user in a real browser uploads a list, watches the progress bar move to the report with its refused
 * row, and follows it to the warning the list raised. Every page is checked with axe-core.
 */
@MicronautTest(transactional = false)
class ExchangeBrowserTest {

    private static final int ROWS = 40_000;

    private final String baseUrl;
    private final StaffAccounts staff;
    private final Cases cases;

    ExchangeBrowserTest(EmbeddedServer server, StaffAccounts staff, Cases cases) {
        this.baseUrl = server.getURL().toString();
        this.staff = staff;
        this.cases = cases;
    }

    @Test
    void aDepartmentUploadsItsListAndFollowsTheProgressToTheReportAndTheWarning() {
        String child = cases.approved().childIdNumber();
        Staff.Login hrss = Staff.department(staff, Department.HRSS, Cases.PINGAN_COUNTY);

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, baseUrl + "/login", hrss.username(), hrss.password());

            page.navigate(baseUrl + "/admin/exchanges");
            assertThat(heading(page)).hasText("数据交换");
            checkAccessibility(page);
            page.selectOption("#kind", ListKind.REGISTERED_UNEMPLOYED.name());
            page.setInputFiles("#file", new FilePayload("失业登记名单.csv", "text/csv", list(child)));
            screenshot(page, "exchange-upload");
            button(page, "上传并导入").click();

            assertThat(heading(page)).hasText("名单导入");
            checkAccessibility(page);
            page.waitForFunction("() => { const bar = document.getElementById('import-bar');"
                    + " return !bar || bar.value > 0; }");
            screenshot(page, "exchange-progress");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("导入报告")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(120_000));
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("共读取 " + ROWS + " 行：接收 " + (ROWS - 1)
                    + " 行，1 行有问题未接收");
            assertThat(page.locator("table tbody tr")).hasCount(1);
            assertThat(page.locator("table tbody tr")).containsText("失业登记日期");
            checkAccessibility(page);
            screenshot(page, "exchange-report");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看预警")).click();
            assertThat(heading(page)).hasText("监测预警");
            checkAccessibility(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("出现新的困难（HRS-01）")).first().click();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("近一年救助链中没有就业救助记录");
            checkAccessibility(page);
            screenshot(page, "warning-detail");
        }
    }

    /** Rows of new people, the approved household's child without employment aid, and one row with a future date. */
    private static byte[] list(String child) {
        List<List<String>> rows = new ArrayList<>(List.of(Lists.header(ListKind.REGISTERED_UNEMPLOYED)));
        rows.add(Lists.row(ListKind.REGISTERED_UNEMPLOYED, child, Map.of("employmentAid", "否")));
        rows.add(Lists.row(ListKind.REGISTERED_UNEMPLOYED, child, Map.of("registeredOn", "2099-01-01")));
        for (int i = 2; i < ROWS; i++) {
            rows.add(List.of(IdNumber.withCheckDigit(String.format("990102%04d%02d%02d%03d", 1960 + i % 40,
                    1 + i % 12, 1 + i % 28, i % 1000)), "李四", Lists.VILLAGE, "2026-03-01", "是"));
        }
        return Lists.csv(rows, StandardCharsets.UTF_8);
    }
}
