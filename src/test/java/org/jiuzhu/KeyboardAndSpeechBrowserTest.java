package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.BrowserHarness.heading;
import static org.jiuzhu.Readability.tabTo;

/**
 * Nothing needs a mouse: a visitor skips to the content, switches to the elder display, does the self-check and logs
 * in with the keyboard alone, the focus always visible. And the read-aloud button reads the page's content where the
 * browser can speak, and is not offered where it cannot.
 */
@MicronautTest(transactional = false)
class KeyboardAndSpeechBrowserTest {

    /** Stands in for the browser's speech synthesis, keeping what it was asked to say. */
    private static final String RECORDING_SPEECH = """
            window.__spoken = [];
            window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
              speak: u => window.__spoken.push(u.text), cancel: () => {}, speaking: false}});""";
    private static final String NO_SPEECH = """
            Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: undefined});""";

    private final String baseUrl;
    private final Cases cases;

    KeyboardAndSpeechBrowserTest(EmbeddedServer server, Cases cases) {
        this.baseUrl = server.getURL().toString();
        this.cases = cases;
    }

    @Test
    void aVisitorSwitchesToTheElderDisplayDoesTheSelfCheckAndLogsInWithTheKeyboardAlone() {
        Cases.Ready resident = cases.ready();
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(baseUrl + "/");
            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            assertThat(page.locator(".skip-link")).isInViewport();
            page.keyboard().press("Enter");
            assertThat(page.locator("#main")).isFocused();

            tabTo(page, "button[name=mode][value=elder]");
            page.keyboard().press("Enter");
            assertThat(page.locator("html.elder")).hasCount(1);
            page.waitForLoadState();
            tabTo(page, ".big-tasks a[href='/self-check']");
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("救助自助测算");

            tabTo(page, "#regionCode");
            for (int i = 0; i < 300 && !People.XINGFU_VILLAGE.equals(page.inputValue("#regionCode")); i++) {
                page.keyboard().press("ArrowDown");
            }
            assertThat(page.inputValue("#regionCode")).isEqualTo(People.XINGFU_VILLAGE);
            tabTo(page, "input[name=area]");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#area-rural")).isChecked();
            typeInto(page, "#members", "3");
            typeInto(page, "#monthlyIncome", "1500");
            typeInto(page, "#savings", "2000");
            tabTo(page, "#student");
            page.keyboard().press("Space");
            assertThat(page.locator("#student")).isChecked();
            tabTo(page, "main button[type=submit]");
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("测算结果");
            assertThat(page.locator("main")).containsText("最低生活保障（低保）");
            BrowserHarness.checkAccessibility(page);
            Readability.assertSizes(page, 22, 1.3, 60);

            tabTo(page, "header a[href='/login']");
            page.keyboard().press("Enter");
            page.waitForURL(baseUrl + "/login");
            typeInto(page, "#username", resident.phone());
            typeInto(page, "#password", resident.password());
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("我的主页");
            assertThat(page.locator("html.elder")).hasCount(1);
            BrowserHarness.screenshot(page, "a11y-keyboard-login-elder");
        }
    }

    @Test
    void theReadAloudButtonReadsTheMainContentAndStopsAgain() {
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            context.addInitScript(RECORDING_SPEECH);
            Page page = context.newPage();
            page.navigate(baseUrl + "/self-check");
            tabTo(page, "#read-aloud");
            page.keyboard().press("Enter");

            @SuppressWarnings("unchecked")
            List<String> spoken = (List<String>) page.evaluate("() => window.__spoken");
            assertThat(spoken).contains("救助自助测算").noneMatch(s -> s.contains("跳到正文"));
            assertThat(page.locator("#read-aloud")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("#read-aloud")).hasText("停止朗读");
            page.keyboard().press("Enter");
            assertThat(page.locator("#read-aloud")).hasAttribute("aria-pressed", "false");
        }
    }

    @Test
    void withoutSpeechInTheBrowserNoReadAloudButtonIsOfferedAndThePageWorksTheSame() {
        try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
            context.addInitScript(NO_SPEECH);
            Page page = context.newPage();
            page.navigate(baseUrl + "/self-check");
            assertThat(page.locator("#read-aloud")).isHidden();
            assertThat(heading(page)).hasText("救助自助测算");
            assertThat(page.locator("button[name=mode]")).isVisible();
        }
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }
}
