package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checked;
import static org.jiuzhu.BrowserHarness.choose;
import static org.jiuzhu.BrowserHarness.press;
import static org.jiuzhu.BrowserHarness.type;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.heading;

/**
 * A resident applies in Chromium using the keyboard only: focus, type, Space on check boxes, arrow keys in
 * selects, Enter on buttons. Every page of the application is checked with axe-core on the way.
 */
@MicronautTest(transactional = false)
class ApplyBrowserTest {

    private final EmbeddedServer server;
    private final String baseUrl;

    ApplyBrowserTest(EmbeddedServer server) {
        this.server = server;
        this.baseUrl = server.getURL().toString();
    }

    @Test
    void a_resident_applies_with_the_keyboard_only() {
        String phone = People.phone();
        String password = People.password();
        String idNumber = People.idNumber();
        String childIdNumber = People.childIdNumber();
        new WebSession(server).submit("/register", "/register",
                People.registration("键盘用户", phone, idNumber, People.XINGFU_VILLAGE, password));

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/login");
            type(page, field(page, "手机号或用户名"), phone);
            type(page, field(page, "密码"), password);
            press(page, button(page, "登录"), "Enter");
            assertThat(heading(page)).hasText("我的主页");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请救助")), "Enter");

            checked(page, "申请社会救助", "apply-start");
            press(page, button(page, "开始申请"), "Enter");

            checked(page, "家庭住址", "apply-household");
            press(page, page.getByLabel("农村"), "Space");
            press(page, button(page, "保存并继续"), "Enter");

            checked(page, "家庭成员", "apply-members");
            type(page, field(page, "姓名"), "小红");
            type(page, field(page, "身份证号"), childIdNumber);
            choose(page, field(page, "与申请人的关系"), 2);
            choose(page, field(page, "就业情况"), 5);
            press(page, page.getByLabel("在校学生"), "Space");
            press(page, button(page, "添加这位成员"), "Enter");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("小*");
            press(page, button(page, "家庭成员已填完，继续"), "Enter");

            checked(page, "收入和财产", "apply-finances");
            type(page, field(page, "种植、养殖收入（每月，元）"), "800");
            press(page, button(page, "保存并继续"), "Enter");

            checked(page, "困难情况和收款账户", "apply-needs");
            type(page, field(page, "家里有什么困难"), "孩子上学，家里收入很少。");
            type(page, field(page, "开户银行"), "农村信用社");
            type(page, field(page, "银行账号"), "6228480012345678");
            press(page, button(page, "保存并继续"), "Enter");

            checked(page, "家庭经济状况核对授权", "apply-authorizations");
            type(page, page.locator("#signerName-0"), "键盘用户");
            type(page, page.locator("#lastDigits-0"), idNumber.substring(14));
            press(page, button(page, "为 键**户 签署授权"), "Enter");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("已签署");
            // The child is a minor: the applicant signs as guardian.
            type(page, page.locator("#signerName-1"), "键盘用户");
            type(page, page.locator("#lastDigits-1"), idNumber.substring(14));
            press(page, button(page, "为 小* 签署授权"), "Enter");
            checked(page, "家庭经济状况核对授权", "apply-authorizations-signed");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("继续：确认并提交")), "Enter");

            checked(page, "确认并提交", "apply-review");
            press(page, page.getByLabel("我已阅读并同意以上承诺"), "Space");
            press(page, button(page, "提交申请"), "Enter");

            checked(page, "我的申请", "apply-tracking");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("已提交，等待乡镇受理");
        }
    }
}
