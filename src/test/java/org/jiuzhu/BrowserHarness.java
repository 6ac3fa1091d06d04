package org.jiuzhu;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium driven by Playwright, shared by every browser test of the JVM (starting Playwright costs about
 * a second, a new context a fraction), with axe-core checks, screenshots and the locators the pages need.
 */
public final class BrowserHarness {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** axe-core 4.10.3, from npm (src/test/resources/axe-core/README.md): it knows the WCAG 2.2 rules. */
    private static final String AXE_SCRIPT = "axe-core/axe.min.js";
    private static final String AXE_RUN = """
            async () => {
              const r = await axe.run(document, {runOnly: {type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
              return JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})));
            }""";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Browser browser;
    private static String axeSource;

    private BrowserHarness() {
    }

    /** A fresh context (cookies, storage) on the shared browser; skips, or fails on CI, without Chromium. */
    public static synchronized BrowserContext newContext(int width, int height) {
        requireChromium();
        if (browser == null) {
            start();
        }
        // The CSP (script-src 'self') would block the injected axe script: a harness concession, pages are unchanged.
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("zh-CN")
                .setViewportSize(width, height));
    }

    private static void start() {
        axeSource = readClasspath(AXE_SCRIPT);
        // Without the env option, create() tries to download its own browsers; we use Debian's Chromium.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // --no-sandbox: CI runs as root, where Chromium refuses to start with its sandbox.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // The default of 5 s is tight on a busy 2-core build machine (registration hashes a password).
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }));
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        // On CI a missing browser is a broken build image, not a reason to silently drop the test.
        if ("true".equals(System.getenv("CI"))) {
            fail("Chromium not installed at " + CHROMIUM + " on CI: .ci/run installs it (apt-get install chromium "
                    + "fonts-noto-cjk)");
        }
        Assumptions.assumeTrue(false,
                "Chromium not installed at /usr/bin/chromium: browser tests skipped (apt-get install chromium fonts-noto-cjk)");
    }

    /** Runs axe-core on the current page and fails on serious or critical violations, listing them. */
    public static void checkAccessibility(Page page) {
        String json;
        try {
            json = runAxe(page);
        } catch (PlaywrightException e) {
            // A key press that submits a form may navigate just after the caller's last check: axe then runs again
            // on the page the browser settled on.
            if (!String.valueOf(e.getMessage()).contains("Execution context was destroyed")) {
                throw e;
            }
            json = runAxe(page);
        }
        List<Map<String, Object>> violations;
        try {
            violations = JSON.readValue(json, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocking = violations.stream()
                .filter(v -> BLOCKING_IMPACTS.contains(String.valueOf(v.get("impact"))))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"))
                .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n  " + blocking.stream().collect(Collectors.joining("\n  ")));
        }
    }

    /** Elder mode's 7:1: axe's enhanced contrast rule (WCAG 1.4.6, AAA), any violation fails. */
    public static void checkEnhancedContrast(Page page) {
        page.waitForLoadState();
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        String failing = (String) page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']}});
                  return r.violations.flatMap(v => v.nodes.map(n => n.target.join(' ') + ': '
                      + (n.any[0] ? n.any[0].message : ''))).slice(0, 10).join('\\n  ');
                }""");
        if (!failing.isEmpty()) {
            fail("Text contrast below 7:1 on " + page.url() + ":\n  " + failing);
        }
    }

    private static String runAxe(Page page) {
        page.waitForLoadState();
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        return (String) page.evaluate(AXE_RUN);
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    // Exact label matches: "密码" is part of "设置密码" and "再次输入密码", "手机号" of "手机号或用户名".
    public static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    // Exact: the header's "退出登录" button must not match "登录".
    public static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The page's heading is {@code title}, axe finds nothing serious, and a screenshot is kept. */
    public static void checked(Page page, String title, String screenshot) {
        PlaywrightAssertions.assertThat(heading(page)).hasText(title);
        checkAccessibility(page);
        // Again: had a late navigation made axe check another page, this says so.
        PlaywrightAssertions.assertThat(heading(page)).hasText(title);
        screenshot(page, screenshot);
    }

    /**
     * Logs in through the login page ({@code loginUrl}, which may carry a {@code next}) and checks that it was left:
     * the one way in for every browser test that is not about the login itself.
     */
    public static void logIn(Page page, String loginUrl, String username, String password) {
        page.navigate(loginUrl);
        field(page, "手机号或用户名").fill(username);
        field(page, "密码").fill(password);
        button(page, "登录").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page).not()
                .hasURL(java.util.regex.Pattern.compile("/login"));
    }

    /** Types into a field the way a keyboard user does: focus, then keys. */
    public static void type(Page page, Locator field, String text) {
        field.focus();
        page.keyboard().type(text, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(0));
    }

    public static void press(Page page, Locator control, String key) {
        control.focus();
        page.keyboard().press(key);
    }

    /** Opens nothing: a focused select moves through its options with the arrow keys. */
    public static void choose(Page page, Locator select, int downs) {
        select.focus();
        for (int i = 0; i < downs; i++) {
            page.keyboard().press("ArrowDown");
        }
    }

    public static void assertNoHorizontalScrolling(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px on " + page.url()).isLessThanOrEqualTo(0);
    }

    public static void assertNotInPage(Page page, String secret, String what) {
        if (page.content().contains(secret)) {
            fail("The page " + page.url() + " contains the " + what);
        }
    }

    private static String readClasspath(String resource) {
        try (InputStream in = BrowserHarness.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
