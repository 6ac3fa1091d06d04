package org.jiuzhu.matching;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.BrowserHarness;
import org.jiuzhu.Cases;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.matching.search.Indexer;
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
 * public service search finds it. A caseworker records a need from a paper consent and the resident finds the
 * services that fit it. Every page is checked with axe-core.
 */
@MicronautTest(transactional = false)
class CharityBrowserTest {

    private final String baseUrl;
    private final Matchmaking matchmaking;
    private final Cases cases;
    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Indexer indexer;

    CharityBrowserTest(EmbeddedServer server, Matchmaking matchmaking, Cases cases, StaffAccounts staff,
                       Indexer indexer) {
        this.baseUrl = server.getURL().toString();
        this.server = server;
        this.matchmaking = matchmaking;
        this.cases = cases;
        this.staff = staff;
        this.indexer = indexer;
    }

    @Test
    void aCharityPostsAProjectAndSeesTheNeedsItMatches() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        Cases.Case household = cases.approved();
        long need = matchmaking.sharedNeed(household, Cases.residentSession(server, household));
        String title = "高中助学金" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, baseUrl + "/login", charity.username(), "Charity-Pass-2026!");

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

    @Test
    void aCaseworkerRecordsANeedFromPaperAndTheResidentFindsTheServicesThatFitIt() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        matchmaking.publishedProject(charity, 5);
        Cases.Case household = cases.approved();
        Staff.Login caseworker = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            login(page, caseworker.username(), caseworker.password());
            page.navigate(baseUrl + "/admin/applications/" + household.id());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("登记慈善帮扶需求")))
                    .click();
            assertThat(heading(page)).hasText("登记慈善帮扶求助");
            page.selectOption("#member", "1");
            page.selectOption("#aidKind", "EDUCATION");
            field(page, "困难情况").fill("孩子今年上高中，学费和住宿费交不起");
            field(page, "纸质同意书编号").fill("ZF-2026-118");
            checkAccessibility(page);
            button(page, "下一步：看看慈善组织会看到什么").click();
            assertThat(heading(page)).hasText("慈善组织会看到的内容");
            checkAccessibility(page);
            page.check("#signed");
            button(page, "登记并分享").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已登记");
            checkAccessibility(page);
            screenshot(page, "staff-needs");
        }
        indexer.catchUp();
        try (BrowserContext context = BrowserHarness.newContext(390, 844)) {
            Page page = context.newPage();
            login(page, household.phone(), household.password());
            page.navigate(baseUrl + "/charity-help");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("由工作人员根据您签字的纸质同意书登记");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("看看适合这项求助的慈善项目和志愿服务"))
                    .first().click();
            assertThat(heading(page)).hasText("适合您这项求助的服务");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("类别：助学");
            checkAccessibility(page);
            screenshot(page, "resident-services-for-need");
        }
    }

    private void login(Page page, String username, String password) {
        BrowserHarness.logIn(page, baseUrl + "/login", username, password);
    }
}
