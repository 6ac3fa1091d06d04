package org.jiuzhu.admin.complaint;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checked;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.press;
import static org.jiuzhu.BrowserHarness.type;

/**
 * The staff pages in Chromium, each checked with axe-core: an operator takes a call, dispatches it from the queue, and
 * the township caseworker finds it in theirs and signs for it.
 */
@MicronautTest(transactional = false)
class ComplaintDeskBrowserTest {

    private final String baseUrl;
    private final StaffAccounts staff;

    ComplaintDeskBrowserTest(EmbeddedServer server, StaffAccounts staff) {
        this.baseUrl = server.getURL().toString();
        this.staff = staff;
    }

    @Test
    void anOperatorTakesACallAndDispatchesItAndTheTownshipSignsForIt() {
        Staff.Login operator = Staff.create(staff, Role.OPERATOR, Staff.CITY);
        Staff.Login caseworker = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            login(page, operator);
            page.navigate(baseUrl + "/admin");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("热线来电受理")), "Enter");
            checked(page, "热线来电受理", "hotline-form");
            type(page, field(page, "来电号码"), "13900002222");
            field(page, "类别").selectOption("HELP_REQUEST");
            field(page, "发生地").selectOption(People.XINGFU_VILLAGE);
            type(page, field(page, "来电内容摘要"), "独居老人家里没有暖气，想问能不能申请取暖救助。");
            press(page, button(page, "受理"), "Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("来电已受理");
            checked(page, page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).innerText(),
                    "complaint-received");
            press(page, button(page, "查看完整号码（将被记录）"), "Enter");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("13900002222");
            field(page, "承办单位").selectOption(Staff.CHENGGUAN_TOWNSHIP);
            press(page, button(page, "派单"), "Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已派单");
            String title = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).innerText();
            String number = title.replaceAll("\\D", "");
            page.navigate(baseUrl + "/admin/complaints?show=all");
            checked(page, "投诉举报", "complaint-queue");
            logout(page);

            login(page, caseworker);
            page.navigate(baseUrl + "/admin/complaints");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number).setExact(true)),
                    "Enter");
            checked(page, title, "complaint-to-sign");
            press(page, button(page, "签收并开始办理"), "Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已签收");
            checked(page, title, "complaint-handling");
        }
    }

    private void login(Page page, Staff.Login login) {
        BrowserHarness.logIn(page, baseUrl + "/login", login.username(), login.password());
    }

    private static void logout(Page page) {
        press(page, button(page, "退出登录"), "Enter");
        assertThat(page).hasURL(Pattern.compile("/login\\?notice=logout$"));
    }
}
