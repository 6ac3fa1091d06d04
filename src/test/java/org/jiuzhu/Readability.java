package org.jiuzhu;

import com.microsoft.playwright.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What axe does not measure and the MIIT ageing-friendly rules ask for, read from the browser's computed styles:
 * text size and line height, the size of everything one taps, and keyboard focus.
 */
final class Readability {

    /**
     * Every visible element holding text of its own in the main content: its size and line height; every control
     * one taps (links in running text excepted, as WCAG 2.5.8 allows; a tick box counts with its label's row).
     */
    private static final String MEASURE = """
            ([minFont, minLineHeight, minTarget]) => {
              const problems = [];
              const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + ' "' + (el.innerText || el.value || el.name || '').trim().slice(0, 30) + '"';
              for (const el of document.querySelectorAll('main *')) {
                const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
                if (!own || !visible(el) || el.closest('.visually-hidden')) continue;
                const cs = getComputedStyle(el);
                const size = parseFloat(cs.fontSize);
                const line = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
                if (size < minFont - 0.01) problems.push('text ' + size + 'px: ' + name(el));
                if (line / size < minLineHeight - 0.001) problems.push('line height ' + (line / size).toFixed(2) + ': ' + name(el));
              }
              const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
              for (const el of document.querySelectorAll(controls)) {
                if (!visible(el) || el.classList.contains('skip-link') || (el.tagName === 'A' && el.closest('p'))) continue;
                const tick = (el.type === 'checkbox' || el.type === 'radio') && el.closest('.choice');
                const box = (tick || el).getBoundingClientRect();
                if (box.width < minTarget - 0.5 || box.height < minTarget - 0.5) {
                  problems.push('target ' + Math.round(box.width) + 'x' + Math.round(box.height) + ': ' + name(el));
                }
              }
              return problems;
            }""";

    /**
     * Personal fields say what they hold, so that a browser can fill them in for its owner: a stated token for each,
     * "off" where the field holds someone else's (a family member's name, a person one reports for).
     */
    private static final String AUTOCOMPLETE = """
            () => {
              const expected = el => el.type === 'password' ? ['current-password', 'new-password']
                  : el.type === 'tel' ? ['tel', 'tel-national', 'off'] : el.name === 'username' ? ['username']
                  : ['name', 'contactName'].includes(el.name) ? ['name', 'organization', 'off'] : null;
              return [...document.querySelectorAll('main input')].filter(el => el.getClientRects().length > 0)
                  .filter(el => expected(el) && !expected(el).includes(el.getAttribute('autocomplete')))
                  .map(el => el.name + ' (' + el.type + ') autocomplete="' + (el.getAttribute('autocomplete') || '') + '"');
            }""";

    /** Paragraphs are at least 1.3 times as far apart as the lines inside them (MIIT's rule on spacing). */
    private static final String PARAGRAPHS = """
            () => [...document.querySelectorAll('main p')].filter(p => p.getClientRects().length > 0
                  && p.nextElementSibling && p.nextElementSibling.tagName === 'P')
                .filter(p => { const cs = getComputedStyle(p);
                  return parseFloat(cs.marginBottom) < 1.3 * parseFloat(cs.lineHeight) - 0.5; })
                .map(p => p.innerText.slice(0, 30))""";

    /** Headings start at h1 and never skip a level going down; the title names what the h1 names. */
    private static final String OUTLINE = """
            () => {
              const problems = [];
              const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                  .filter(h => h.getClientRects().length > 0).map(h => +h.tagName[1]);
              levels.forEach((level, i) => {
                const before = i === 0 ? 0 : levels[i - 1];
                if (level > before + 1) problems.push('h' + level + ' after ' + (before ? 'h' + before : 'the start'));
              });
              const h1 = document.querySelector('h1');
              if (h1 && !document.title.includes(h1.innerText.trim())) {
                problems.push('title "' + document.title + '" does not name "' + h1.innerText.trim() + '"');
              }
              return problems;
            }""";

    private Readability() {
    }

    @SuppressWarnings("unchecked")
    static void assertOutline(Page page) {
        List<String> problems = (List<String>) page.evaluate(OUTLINE);
        assertThat(problems).as("headings and title of " + page.url()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static void assertAutocomplete(Page page) {
        List<String> problems = (List<String>) page.evaluate(AUTOCOMPLETE);
        assertThat(problems).as("personal fields without the right autocomplete on " + page.url()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static void assertParagraphSpacing(Page page) {
        List<String> problems = (List<String>) page.evaluate(PARAGRAPHS);
        assertThat(problems).as("paragraphs less than 1.3 line spacings apart on " + page.url()).isEmpty();
    }

    /** Fails with every element that is smaller, or whose lines are closer, than asked, naming each. */
    @SuppressWarnings("unchecked")
    static void assertSizes(Page page, int minFontPx, double minLineHeight, int minTargetPx) {
        List<String> problems = (List<String>) page.evaluate(MEASURE, List.of(minFontPx, minLineHeight, minTargetPx));
        if (!problems.isEmpty()) {
            fail("On " + page.url() + " (text >= " + minFontPx + " px, line height >= " + minLineHeight
                    + ", targets >= " + minTargetPx + " px):\n  " + String.join("\n  ", problems.stream().distinct()
                    .limit(25).toList()));
        }
    }

    /**
     * Presses Tab, as a keyboard user does, until the element matching {@code selector} has the focus; fails after 80
     * presses. Each focused element must show a focus ring of at least 2 px.
     */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
                assertFocusVisible(page);
                return;
            }
        }
        fail("Tab never reached " + selector + " on " + page.url());
    }

    static void assertFocusVisible(Page page) {
        Object ring = page.evaluate("() => { const cs = getComputedStyle(document.activeElement); "
                + "return cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth); }");
        assertThat(((Number) ring).doubleValue()).as("focus ring of the focused element on " + page.url())
                .isGreaterThanOrEqualTo(2);
    }
}
