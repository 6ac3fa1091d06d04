package org.jiuzhu.admin.notice;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.BrowserHarness.screenshot;

/**
 * A supervisor in a real browser writes a notice, a member of the public finds it with the search and reads it, then
 * its print view; axe-core finds nothing serious on any of these pages.
 */
@MicronautTest(transactional = false)
class NoticeBrowserTest {

    private final String baseUrl;
    private final StaffAccounts staff;

    NoticeBrowserTest(EmbeddedServer server, StaffAccounts staff) {
        this.baseUrl = server.getURL().toString();
        this.staff = staff;
    }

    @Test
    void aSupervisorPublishesANoticeThatThePublicSearchFinds() {
        Staff.Login supervisor = Staff.create(staff, Role.SUPERVISOR, "990102000000");
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, baseUrl + "/login", supervisor.username(), supervisor.password());

            page.navigate(baseUrl + "/admin/notices");
            assertThat(heading(page)).hasText("政策公告");
            checkAccessibility(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("撰写公告")).click();
            assertThat(heading(page)).hasText("撰写公告");
            checkAccessibility(page);
            page.selectOption("#category", "ANNOUNCEMENT");
            field(page, "标题").fill("关于开展冬春临时救助专项行动的通知");
            field(page, "正文").fill("## 救助对象\n\n因**寒潮**导致基本生活困难的家庭。\n\n- 向村（居）委会提出\n- 拨打服务热线");
            page.getByLabel("演示省 安和市（演示） 平安县", new Page.GetByLabelOptions().setExact(true)).check();
            screenshot(page, "notice-write");
            button(page, "保存公告").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("公告已保存。");
            checkAccessibility(page);

            // A second browser profile: the public, not logged in.
            Page reader = BrowserHarness.newContext(1280, 900).newPage();
            reader.navigate(baseUrl + "/notices");
            assertThat(heading(reader)).hasText("政策公告");
            checkAccessibility(reader);
            field(reader, "搜索公告").fill("临时救助 寒潮");
            button(reader, "搜索").click();
            reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("关于开展冬春临时救助专项行动的通知"))
                    .click();
            assertThat(heading(reader)).hasText("关于开展冬春临时救助专项行动的通知");
            assertThat(reader.locator(".notice-body strong")).hasText("寒潮");
            checkAccessibility(reader);
            screenshot(reader, "notice-public");
            reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打印版")).click();
            assertThat(heading(reader)).hasText("关于开展冬春临时救助专项行动的通知");
            checkAccessibility(reader);
            reader.context().close();
        }
    }
}
