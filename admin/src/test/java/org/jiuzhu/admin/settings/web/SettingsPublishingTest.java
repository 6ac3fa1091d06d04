package org.jiuzhu.admin.settings.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SettingsPublishingTest {

    private static final String PINGAN = "990102000000";
    private static final String CHANGNING = "990103000000";

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final SettingsBook book;
    private final DataSource dataSource;

    SettingsPublishingTest(EmbeddedServer server, StaffAccounts staff, SettingsBook book, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.book = book;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void an_approver_publishes_a_version_for_tomorrow_and_today_keeps_the_version_in_effect() {
        long inEffect = book.inEffect(PINGAN).orElseThrow().version();
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, PINGAN));
        long audited = audited();

        WebSession.Page page = approver.submit("/admin/settings/new", "/admin/settings",
                values(PINGAN, book.today().plusDays(1), "1.6"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/admin/settings?published=");
        assertThat(book.inEffect(PINGAN).orElseThrow().version()).isEqualTo(inEffect);
        assertThat(approver.get("/admin/settings").body()).contains(book.today().plusDays(1).toString());
        assertThat(audited()).isEqualTo(audited + 1);
    }

    @Test
    void a_date_in_the_past_and_a_multiplier_out_of_range_are_refused_with_reasons() {
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, PINGAN));

        WebSession.Page page = approver.submit("/admin/settings/new", "/admin/settings",
                values(PINGAN, book.today().minusDays(1), "7"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("生效日期不能早于今天").contains("低保边缘倍数应大于 1、不超过 3");
    }

    @Test
    void an_approver_cannot_publish_for_another_county() {
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, PINGAN));

        WebSession.Page page = approver.submit("/admin/settings/new", "/admin/settings",
                values(CHANGNING, book.today().plusDays(1), "2"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("请选择您辖区内的县（区）、市或省");
    }

    @Test
    void a_caseworker_reads_the_standards_but_cannot_publish() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        assertThat(caseworker.get("/admin/settings").status()).isEqualTo(200);
        assertThat(caseworker.get("/admin/settings/new").status()).isEqualTo(403);
    }

    private long audited() {
        return Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = 'SETTINGS_PUBLISHED'");
    }

    private static Map<String, String> values(String region, LocalDate from, String multiplier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("regionCode", region);
        form.put("effectiveFrom", from.toString());
        form.put("urbanDibaoStandard", "780");
        form.put("ruralDibaoStandard", "640");
        form.put("marginalMultiplier", multiplier);
        form.put("disposableIncomeLastYear", "29000");
        form.put("rigidExpenseMultiplier", "2");
        form.put("assetLimitPerPerson", "30000");
        form.put("taperMonths", "6");
        form.put("verificationValidityMonths", "6");
        form.put("publicityDays", "7");
        return form;
    }
}
