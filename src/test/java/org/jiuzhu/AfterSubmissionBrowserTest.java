package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checked;
import static org.jiuzhu.BrowserHarness.choose;
import static org.jiuzhu.BrowserHarness.press;
import static org.jiuzhu.BrowserHarness.type;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.field;

/**
 * The pages after submission in Chromium, keyboard only, each checked with axe-core: a visitor reads the publicity
 * list and objects, a visitor asks for emergency help, the resident reads the decision, the messages and the
 * household's assistance record, and the caseworker's and approver's pages at each stage.
 */
@MicronautTest(transactional = false)
class AfterSubmissionBrowserTest {

    private final String baseUrl;
    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;

    AfterSubmissionBrowserTest(EmbeddedServer server, Cases cases, StaffAccounts staff) {
        this.server = server;
        this.baseUrl = server.getURL().toString();
        this.cases = cases;
        this.staff = staff;
    }

    @Test
    void a_visitor_objects_to_a_listing_and_asks_for_emergency_help_with_the_keyboard_only() {
        cases.inPublicity();
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/publicity");
            checked(page, "社会救助公示", "publicity-list");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("对 王*明 提出异议")).first(),
                    "Enter");
            checked(page, "对公示提出异议", "publicity-objection");
            press(page, button(page, "提交异议"), "Enter");
            // The answer keeps the heading, so wait for what only the answer has before axe runs on it.
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("请修改以下问题");
            checked(page, "对公示提出异议", "publicity-objection-errors");
            type(page, field(page, "异议内容"), "该户家里有一辆新买的小汽车。");
            press(page, button(page, "提交异议"), "Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("异议已收到");

            page.navigate(baseUrl + "/emergency");
            checked(page, "急难求助", "emergency-form");
            type(page, field(page, "求助人姓名"), "钱大爷");
            type(page, field(page, "联系电话"), People.phone());
            choose(page, field(page, "急难发生的村（社区）"), 1);
            type(page, field(page, "具体地点"), "幸福村二组");
            type(page, field(page, "发生了什么，需要什么帮助"), "老人独居，暴雨冲垮了厨房，没有吃的。");
            press(page, button(page, "提交求助"), "Enter");
            checked(page, "求助已收到", "emergency-received");
        }
    }

    @Test
    void the_resident_reads_the_decision_messages_and_assistance_and_staff_pages_pass_axe() {
        Cases.Case c = cases.inPublicity();
        cases.endPublicity(c.id());
        Staff.Login approver = Staff.create(staff, Role.APPROVER, "990102000000");
        Staff.Login caseworker = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            login(page, approver.username(), approver.password());
            page.navigate(baseUrl + "/admin/applications/" + c.id());
            checked(page, "第 " + c.id() + " 号申请", "approver-detail");
            press(page, button(page, "批准"), "Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已批准");
            checkAccessibility(page);
            logout(page);

            login(page, caseworker.username(), caseworker.password());
            page.navigate(baseUrl + "/admin/applications");
            checked(page, "申请办理", "caseworker-queue");
            page.navigate(baseUrl + "/admin/emergencies");
            checked(page, "急难求助", "caseworker-emergencies");
            logout(page);

            login(page, c.phone(), c.password());
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的消息")).first(), "Enter");
            checked(page, "我的消息", "resident-messages");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "您的申请（编号 " + c.id() + "）已批准，请查看救助类别和金额。")), "Enter");
            checked(page, "我的申请", "resident-decision");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("620.00 元 × 2 人 − 800.00 元 = 440.00 元/月");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看我家的救助记录")), "Enter");
            checked(page, "我家的救助记录", "resident-assistance");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("440.00");
        }
    }

    private void login(Page page, String username, String password) {
        BrowserHarness.logIn(page, baseUrl + "/login", username, password);
    }

    private static void logout(Page page) {
        press(page, button(page, "退出登录"), "Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?notice=logout$"));
    }
}
