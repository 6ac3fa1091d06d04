package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page checks of the accessibility sweep find what they are for, on pages made to break each rule. */
class ReadabilityBiteTest {

    private static final String GOOD = """
            <html lang="zh-CN"><head><title>测算结果 - 救助通</title><style>
              html { font-size: 22px; line-height: 1.8; } p { margin: 0 0 2.4em; }
              button, input { min-width: 60px; min-height: 60px; font: inherit; }
            </style></head><body><main><h1>测算结果</h1><h2>可以申请</h2><p>一段话。</p><p>另一段话。</p>
            <label for="p">手机号</label><input id="p" name="phone" type="tel" autocomplete="tel-national">
            <button>开始测算</button><p>正文里的<a href="/x">链接</a>不算。</p></main></body></html>""";

    @Test
    void aPageThatKeepsEveryRulePassesEveryCheck() {
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();
            page.setContent(GOOD);
            assertThatCode(() -> {
                Readability.assertSizes(page, 22, 1.3, 60);
                Readability.assertParagraphSpacing(page);
                Readability.assertAutocomplete(page);
                Readability.assertOutline(page);
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void eachBrokenRuleIsFound() {
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();
            page.setContent(GOOD.replace("html { font-size: 22px;", "html { font-size: 20px;"));
            assertThatThrownBy(() -> Readability.assertSizes(page, 22, 1.3, 60)).hasMessageContaining("text 20px");
            page.setContent(GOOD.replace("line-height: 1.8", "line-height: 1.1"));
            assertThatThrownBy(() -> Readability.assertSizes(page, 22, 1.3, 60)).hasMessageContaining("line height");
            page.setContent(GOOD.replace("min-height: 60px", "min-height: 40px"));
            assertThatThrownBy(() -> Readability.assertSizes(page, 22, 1.3, 60)).hasMessageContaining("target");
            page.setContent(GOOD.replace("2.4em", "1em"));
            assertThatThrownBy(() -> Readability.assertParagraphSpacing(page)).hasMessageContaining("1.3 line spacings");
            page.setContent(GOOD.replace(" autocomplete=\"tel-national\"", ""));
            assertThatThrownBy(() -> Readability.assertAutocomplete(page)).hasMessageContaining("phone (tel)");
            page.setContent(GOOD.replace("<h2>可以申请</h2>", "<h3>可以申请</h3>"));
            assertThatThrownBy(() -> Readability.assertOutline(page)).hasMessageContaining("h3 after h1");
            page.setContent(GOOD.replace("<title>测算结果", "<title>救助通"));
            assertThatThrownBy(() -> Readability.assertOutline(page)).hasMessageContaining("does not name");
        }
    }

    @Test
    void theFocusRingMustBeThere() {
        try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
            Page page = context.newPage();
            page.setContent(GOOD.replace("</style>", "button:focus-visible { outline: none; }</style>"));
            assertThatThrownBy(() -> Readability.tabTo(page, "button")).hasMessageContaining("focus ring");
        }
    }
}
