package org.jiuzhu.core.chrome.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ChromeTest {

    private final EmbeddedServer server;
    private final FreemarkerViews views;

    ChromeTest(EmbeddedServer server, FreemarkerViews views) {
        this.server = server;
        this.views = views;
    }

    @Test
    void every_page_carries_the_security_headers_and_is_not_cached() {
        WebSession.Page page = new WebSession(server).get("/login");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-XSS-Protection")).hasValue("1; mode=block");
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("; HttpOnly").doesNotContain("HTTPOnly"));
        // The demo mode runs over plain HTTP; HSTS is for the HTTPS of every other deployment (the harness checks it).
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void an_unknown_address_gets_a_chinese_404_page_with_an_incident_id() {
        WebSession.Page page = new WebSession(server).get("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在").contains("事件编号").contains("<html lang=\"zh-CN\"");
    }

    @Test
    void a_malformed_request_gets_a_page_without_internals() {
        WebSession.Page page = new WebSession(server).get("/admin/residents/not-a-number");

        assertThat(page.status()).isIn(303, 400, 404);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }

    @Test
    void an_unexpected_failure_gets_a_chinese_500_page_with_an_incident_id_and_no_internals() {
        WebSession.Page page = new WebSession(server).get("/test-only/failure");

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("系统出错了").contains("事件编号")
                .doesNotContain("SELECT").doesNotContain("IllegalStateException").doesNotContain("110105");
    }

    @Test
    void a_database_that_is_down_or_locked_gets_the_chinese_503_page_with_a_retry_time() {
        for (String path : new String[] {"/test-only/failure/database-down", "/test-only/failure/table-locked"}) {
            WebSession.Page page = new WebSession(server).get(path);

            assertThat(page.status()).as(path).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).as(path).hasValue("10");
            assertThat(page.body()).contains("系统暂时无法使用").contains("事件编号").contains("<html lang=\"zh-CN\"")
                    .doesNotContain("SELECT").doesNotContain("Hikari").doesNotContain("Lock wait");
        }
    }

    @Test
    void health_answers_without_login() {
        WebSession.Page page = new WebSession(server).get("/health");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("UP");
    }

    @Test
    void the_language_switch_shows_english_and_back() {
        WebSession session = new WebSession(server);
        assertThat(session.get("/lang/en?next=/login").location()).isEqualTo("/login");
        assertThat(session.get("/login").body()).contains("Log in").contains("<html lang=\"en\"");
        session.get("/lang/zh?next=/login");
        assertThat(session.get("/login").body()).contains("登录");
        assertThat(session.get("/lang/en?next=//evil.example").location()).isEqualTo("/");
        assertThat(session.get("/lang/en?next=/a%20%22b").location()).isEqualTo("/");
    }

    @Test
    void templates_escape_html_in_printed_values() {
        String html = views.renderToString("core/error",
                new ErrorPage(400, "core.error.400.title", "core.error.400.message", "<script>x</script>"), new io.micronaut.http.simple.SimpleHttpRequest<>(io.micronaut.http.HttpMethod.GET, "/", null));

        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
    }
}
