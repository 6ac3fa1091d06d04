package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.heading;

/**
 * Nobody still at the page is logged out under them, and someone who walked away still is: with an idle timeout of
 * 8 s (30 minutes in production), typing keeps the session open, a warning in the page comes before it ends and its
 * button keeps it, and doing nothing ends it with a message saying so.
 */
@MicronautTest(transactional = false)
@Property(name = "jiuzhu.session.idle-timeout", value = "8s")
@Property(name = "jiuzhu.session.check-cache", value = "0s")
class SessionWarningBrowserTest {

    private final String baseUrl;
    private final Cases cases;

    SessionWarningBrowserTest(EmbeddedServer server, Cases cases) {
        this.baseUrl = server.getURL().toString();
        this.cases = cases;
    }

    @Test
    void typingKeepsTheSessionTheWarningLetsAPersonKeepItAndDoingNothingEndsIt() throws InterruptedException {
        Cases.Ready resident = cases.ready();
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            BrowserHarness.logIn(page, baseUrl + "/login", resident.phone(), resident.password());
            assertThat(heading(page)).hasText("我的主页");

            page.navigate(baseUrl + "/complaints/new");
            assertThat(page.locator("#session-warning")).hasAttribute("data-idle-seconds", "8");
            page.locator("textarea").first().focus();
            for (int second = 0; second < 12; second++) {
                page.keyboard().type("等");
                Thread.sleep(1000);
            }
            assertThat(page.locator("#session-warning")).isHidden();
            // 12 s of typing against an 8 s timeout: the session is still open.
            org.assertj.core.api.Assertions.assertThat(alive(page)).isEqualTo(204);

            assertThat(page.locator("#session-warning-text")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(8000));
            BrowserHarness.checkAccessibility(page);
            page.locator("#session-keep").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#session-warning")).isHidden();
            Thread.sleep(4000);
            org.assertj.core.api.Assertions.assertThat(alive(page)).as("kept past its first end").isEqualTo(204);

            assertThat(page.locator("#session-ended-text")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(12000));
            assertThat(page.locator("#session-keep")).isHidden();
            // The check above was a use too: the server ends the session 8 s after it.
            Thread.sleep(5000);
            page.navigate(baseUrl + "/complaints/mine");
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
        }
    }

    private static int alive(Page page) {
        return ((Number) page.evaluate("() => fetch('/session/alive', {redirect: 'manual', "
                + "headers: {'Accept': 'application/json'}}).then(r => r.status)")).intValue();
    }
}
