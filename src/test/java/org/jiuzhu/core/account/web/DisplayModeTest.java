package org.jiuzhu.core.account.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The switch to the elder-friendly display (长辈版) and back, remembered by the browser and by the account. */
@MicronautTest(transactional = false)
class DisplayModeTest {

    private static final String ELDER_PAGE = "<html lang=\"zh-CN\" class=\"elder\">";

    private final EmbeddedServer server;
    private final Cases cases;
    private final DataSource db;

    DisplayModeTest(EmbeddedServer server, Cases cases, DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.db = Database.raw(dataSource);
    }

    @Test
    void aVisitorSwitchesToTheElderDisplayAndBackAndReturnsToThePageTheyWereOn() {
        WebSession visitor = new WebSession(server);
        assertThat(visitor.get("/self-check").body()).doesNotContain(ELDER_PAGE).contains("长辈版（大字）");

        WebSession.Page switched = visitor.submit("/self-check", "/display-mode", Map.of("mode", "elder"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/self-check");
        assertThat(visitor.cookie("jiuzhu-mode")).contains("elder");
        String home = visitor.get("/").body();
        assertThat(home).contains(ELDER_PAGE).contains("class=\"big-tasks\"").contains("href=\"tel:12345\"")
                .contains("回到标准版");

        assertThat(visitor.submit("/", "/display-mode", Map.of("mode", "standard")).location()).isEqualTo("/");
        assertThat(visitor.get("/").body()).doesNotContain(ELDER_PAGE).doesNotContain("big-tasks");
    }

    @Test
    void theSwitchNeedsTheFormsTokenAndNeverSendsAnyoneOffTheSite() {
        WebSession visitor = new WebSession(server);
        visitor.get("/");

        WebSession.Page forged = visitor.post("/display-mode", Map.of("mode", "elder", "next", "/"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(visitor.cookie("jiuzhu-mode")).isEmpty();

        WebSession.Page away = visitor.submit("/", "/display-mode", Map.of("mode", "elder", "next", "//evil.example/"));
        assertThat(away.location()).isEqualTo("/");
        assertThat(visitor.submit("/", "/display-mode", Map.of("mode", "<b>", "next", "/")).status()).isEqualTo(303);
        assertThat(visitor.cookie("jiuzhu-mode")).contains("standard");
    }

    @Test
    void aResidentsChoiceIsKeptWithTheAccountAndFollowsThemToAnotherBrowser() {
        Cases.Ready resident = cases.ready();
        WebSession home = new WebSession(server);
        home.login(resident.phone(), resident.password());
        home.submit("/", "/display-mode", Map.of("mode", "elder"));

        assertThat(Database.text(db, "SELECT display_mode FROM account WHERE id = ?", resident.account().id()))
                .isEqualTo("ELDER");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'DISPLAY_MODE_CHOSEN' "
                + "AND record_id = ? AND detail = 'ELDER'", Long.toString(resident.account().id()))).isEqualTo(1);

        WebSession library = new WebSession(server);
        library.login(resident.phone(), resident.password());
        assertThat(library.cookie("jiuzhu-mode")).contains("elder");
        assertThat(library.get("/").body()).contains(ELDER_PAGE);
    }

    @Test
    void withoutAChoiceInTheAccountLoggingInKeepsTheBrowsersOwnDisplay() {
        Cases.Ready resident = cases.ready();
        WebSession shared = new WebSession(server);
        shared.submit("/login", "/display-mode", Map.of("mode", "elder", "next", "/login"));

        shared.login(resident.phone(), resident.password());

        assertThat(shared.cookie("jiuzhu-mode")).contains("elder");
        assertThat(Database.text(db, "SELECT display_mode FROM account WHERE id = ?", resident.account().id()))
                .isNull();
    }
}
