package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.assertNoHorizontalScrolling;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.BrowserHarness.screenshot;

@MicronautTest(transactional = false)
class SelfCheckAndDocsBrowserTest {

    private final String baseUrl;
    private final StaffAccounts staff;

    SelfCheckAndDocsBrowserTest(EmbeddedServer server, StaffAccounts staff) {
        this.baseUrl = server.getURL().toString();
        this.staff = staff;
    }

    @Test
    void a_visitor_does_the_self_check_on_a_phone_sized_screen() {
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/self-check");
            assertThat(heading(page)).hasText("救助自助测算");
            assertNoHorizontalScrolling(page);
            checkAccessibility(page);
            screenshot(page, "self-check-360");

            page.selectOption("#regionCode", People.XINGFU_VILLAGE);
            page.getByLabel("农村").check();
            field(page, "家里共有几口人").fill("3");
            field(page, "全家每月总收入大约多少元").fill("1500");
            field(page, "全家的存款等大约多少元").fill("2000");
            page.getByLabel("有孩子在上学").check();
            button(page, "开始测算").click();

            assertThat(heading(page)).hasText("测算结果");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.MAIN)).containsText("最低生活保障（低保）");
            assertNoHorizontalScrolling(page);
            checkAccessibility(page);
            screenshot(page, "self-check-result-360");
        }
    }

    @Test
    void staff_read_the_api_documentation_rendered_by_swagger_ui() {
        Staff.Login login = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, baseUrl + "/login?next=/api/docs", login.username(), login.password());

            assertThat(heading(page)).hasText("接口文档");
            assertThat(page.locator("#swagger-ui")).containsText("/api/v1/assessments");
            screenshot(page, "api-docs");
        }
    }
}
