package org.jiuzhu.portal.complaint;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.People;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checked;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.press;
import static org.jiuzhu.BrowserHarness.type;

/**
 * In Chromium, each page checked with axe-core: a person without an account files an anonymous report with a photo,
 * writes down the tracking code, and follows the report with the code and the query password they chose.
 */
@MicronautTest(transactional = false)
class ComplaintBrowserTest {

    private static final Pattern CODE = Pattern.compile("查询码是 ([2-9A-Z]{10})");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    private final String baseUrl;

    ComplaintBrowserTest(EmbeddedServer server) {
        this.baseUrl = server.getURL().toString();
    }

    @Test
    void anAnonymousPersonReportsFraudWithAPhotoAndFollowsItByCode() {
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/");
            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("投诉举报")).first(), "Enter");
            checked(page, "投诉举报", "complaint-form");

            press(page, button(page, "提交"), "Enter");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("请选择投诉举报的类别");
            checked(page, "投诉举报", "complaint-form-errors");

            page.getByLabel("举报骗取救助（人情保、关系保、虚报收入等）").check();
            field(page, "事情发生在哪个村（社区）").selectOption(People.XINGFU_VILLAGE);
            type(page, field(page, "具体情况"), "幸福村有人开着小汽车还在领低保，听说是村干部的亲戚。");
            field(page, "证据文件 1").setInputFiles(new FilePayload("车.png", "image/png", PNG));
            page.getByLabel("匿名", new Page.GetByLabelOptions().setExact(true)).check();
            type(page, field(page, "查询密码"), "chaxun2026");
            type(page, field(page, "再次输入查询密码"), "chaxun2026");
            press(page, button(page, "提交"), "Enter");
            checked(page, "已收到您的投诉举报", "complaint-filed");
            Matcher code = CODE.matcher(page.getByRole(AriaRole.STATUS).innerText());
            org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();

            press(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查询投诉举报")), "Enter");
            checked(page, "查询投诉举报", "complaint-track");
            assertThat(field(page, "查询码")).hasValue(code.group(1));
            type(page, field(page, "查询密码"), "chaxun2026");
            press(page, button(page, "查询"), "Enter");
            checked(page, "投诉举报办理情况", "complaint-view");
            Locator main = page.getByRole(AriaRole.MAIN);
            assertThat(main).containsText(code.group(1));
            assertThat(main).containsText("已受理，待派单");
            assertThat(main).containsText("开着小汽车");

            press(page, button(page, "退出查询"), "Enter");
            checked(page, "查询投诉举报", "complaint-track-ended");
            page.navigate(baseUrl + "/complaints/track/view");
            assertThat(page).hasURL(Pattern.compile("/complaints/track$"));
        }
    }

    @Test
    void theFormFitsANarrowPhoneScreen() {
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/complaints/new");
            checked(page, "投诉举报", "complaint-form-360");
            BrowserHarness.assertNoHorizontalScrolling(page);
        }
    }
}
