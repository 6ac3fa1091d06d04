package org.jiuzhu.matching;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.Cases;
import org.jiuzhu.People;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.assertNotInPage;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.BrowserHarness.screenshot;

/**
 * A charity user in a real browser: posts a project, publishes it and reads the de-identified needs it matches; the
 * public service search finds it. Every page is checked with axe-core.
 */
@MicronautTest(transactional = false)
class CharityBrowserTest {

    private final String baseUrl;
    private final Matchmaking matchmaking;
    private final Cases cases;
    private final EmbeddedServer server;

    CharityBrowserTest(EmbeddedServer server, Matchmaking matchmaking, Cases cases) {
        this.baseUrl = server.getURL().toString();
        this.server = server;
        this.matchmaking = matchmaking;
        this.cases = cases;
    }

    @Test
    void aCharityPostsAProjectAndSeesTheNeedsItMatches() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        Cases.Case household = cases.approved();
        long need = matchmaking.sharedNeed(household, Cases.residentSession(server, household));
        String title = "高中助学金" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/login");
            field(page, "手机号或用户名").fill(charity.username());
            field(page, "密码").fill("Charity-Pass-2026!");
            button(page, "登录").click();

            page.navigate(baseUrl + "/charity");
            assertThat(heading(page)).hasText("测试助学基金会" + charity.username());
            checkAccessibility(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建慈善项目")).click();
            assertThat(heading(page)).hasText("新建慈善项目");
            field(page, "名称").fill(title);
            field(page, "内容说明").fill("资助在读高中生的学费和住宿费，每户两千元。");
            page.selectOption("#aidKind", "EDUCATION");
            page.check("#target-STUDENTS");
            field(page, "每户金额（元，选填）").fill("2000");
            field(page, "可帮扶户数").fill("10");
            page.check("#region-" + Charities.PINGAN_COUNTY);
            field(page, "开始日期").fill(LocalDate.now().toString());
            field(page, "结束日期").fill(LocalDate.now().plusMonths(6).toString());
            checkAccessibility(page);
            screenshot(page, "charity-new-project");
            button(page, "保存草稿").click();

            assertThat(heading(page)).hasText(title);
            button(page, "发布").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("发布");
            checkAccessibility(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看匹配的需求并提出对接")).click();

            assertThat(page).hasURL(Pattern.compile("/charity/offers/\\d+/needs$"));
            assertThat(page.locator("form[action$='/needs/" + need + "/propose']")).hasCount(1);
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(Matchmaking.CARD_TEXT);
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("类别：助学");
            assertNotInPage(page, household.phone(), "resident's phone");
            assertNotInPage(page, "王小红", "member's name");
            checkAccessibility(page);
            screenshot(page, "charity-matched-needs");

            page.navigate(baseUrl + "/services?region=" + People.XINGFU_VILLAGE + "&q="
                    + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(title);
            checkAccessibility(page);
            screenshot(page, "public-services");
        }
    }
}
