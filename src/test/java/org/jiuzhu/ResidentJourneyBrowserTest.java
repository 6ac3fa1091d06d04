package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.assertNoHorizontalScrolling;
import static org.jiuzhu.BrowserHarness.assertNotInPage;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.checkAccessibility;
import static org.jiuzhu.BrowserHarness.field;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.BrowserHarness.screenshot;

/**
 * A resident's first visit in a real browser: register, log in, see the own (masked) data, log out. Each page is
 * also checked with axe-core, because the users include elderly people and people using screen readers.
 */
@MicronautTest(transactional = false)
class ResidentJourneyBrowserTest {

    private final String baseUrl;

    ResidentJourneyBrowserTest(EmbeddedServer server) {
        this.baseUrl = server.getURL().toString();
    }

    @Test
    void a_resident_registers_logs_in_sees_the_home_page_and_logs_out() {
        String phone = People.phone();
        String idNumber = People.idNumber();
        String password = People.password();

        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();

            page.navigate(baseUrl + "/");
            assertThat(heading(page)).hasText("救助通：社会救助网上服务");
            checkAccessibility(page);
            screenshot(page, "home");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("居民注册")).first().click();
            assertThat(heading(page)).hasText("居民注册");
            fillRegistration(page, phone, idNumber, password);
            checkAccessibility(page);
            screenshot(page, "register");

            button(page, "注册").click();
            assertThat(page).hasURL(Pattern.compile("/login\\?notice=registered$"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("注册成功，请用手机号和密码登录。");
            checkAccessibility(page);
            screenshot(page, "login");

            field(page, "手机号或用户名").fill(phone);
            field(page, "密码").fill(password);
            button(page, "登录").click();
            assertThat(heading(page)).hasText("我的主页");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText(phone.substring(0, 3) + "****" + phone.substring(7));
            assertThat(page.getByRole(AriaRole.MAIN))
                    .containsText(idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14));
            // The full numbers must not reach the browser at all, not even in hidden markup.
            assertNotInPage(page, phone, "full phone number");
            assertNotInPage(page, idNumber, "full ID number");
            checkAccessibility(page);
            screenshot(page, "resident-home");

            button(page, "退出登录").click();
            assertThat(page).hasURL(Pattern.compile("/login\\?notice=logout$"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("您已安全退出。");

            page.navigate(baseUrl + "/");
            assertThat(heading(page)).hasText("救助通：社会救助网上服务");
        }
    }

    @Test
    void an_invalid_id_number_is_explained_next_to_the_field() {
        String valid = People.idNumber();
        // Any other check character makes the number invalid; '0' and '1' are both legal check characters.
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        // A narrow phone screen: many residents will only ever use the service on one.
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();

            page.navigate(baseUrl + "/register");
            fillRegistration(page, People.phone(), wrongCheckDigit, People.password());
            button(page, "注册").click();

            assertThat(page.getByRole(AriaRole.ALERT)).containsText("校验码");
            assertThat(page.locator("#idNumber-error")).containsText("校验码");
            assertThat(page.locator("#idNumber")).hasAttribute("aria-invalid", "true");
            assertNoHorizontalScrolling(page);
            checkAccessibility(page);
            screenshot(page, "register-invalid-id-360");
        }
    }

    private static void fillRegistration(Page page, String phone, String idNumber, String password) {
        field(page, "姓名").fill("测试居民");
        field(page, "手机号").fill(phone);
        field(page, "身份证号").fill(idNumber);
        page.selectOption("#regionCode", People.XINGFU_VILLAGE);
        field(page, "设置密码").fill(password);
        field(page, "再次输入密码").fill(password);
    }
}
