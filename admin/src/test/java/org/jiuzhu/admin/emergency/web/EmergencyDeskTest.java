package org.jiuzhu.admin.emergency.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Residents;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Emergency requests from the public form to the township's desk: aid paid first, explained afterwards. */
@MicronautTest(transactional = false)
class EmergencyDeskTest {

    private static final Pattern REFERENCE = Pattern.compile("reference=([2-9A-Z]{10})");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    EmergencyDeskTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_visitor_without_an_account_asks_for_help_and_only_the_township_of_the_place_sees_it() {
        String phone = People.phone();
        long id = send(new WebSession(server), phone);
        WebSession township = caseworker(Staff.CHENGGUAN_TOWNSHIP);
        WebSession elsewhere = caseworker(Staff.CHANGNING_TOWNSHIP);

        String list = township.get("/admin/emergencies").body();
        String detail = township.get(path(id)).body();

        assertThat(list).contains("赵*芳").doesNotContain("赵春芳");
        assertThat(detail).contains("房屋失火").contains(phone.substring(0, 3) + "****").doesNotContain(phone);
        assertThat(elsewhere.get("/admin/emergencies").body()).doesNotContain(path(id) + "\"");
        assertThat(elsewhere.get(path(id)).status()).isEqualTo(403);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM emergency_request WHERE id = ? AND status = "
                + "'RECEIVED' AND INSTR(phone_enc, ?) = 0", id, phone)).isEqualTo(1);
    }

    @Test
    void the_full_phone_number_is_shown_on_request_and_every_view_is_audited() {
        String phone = People.phone();
        long id = send(new WebSession(server), phone);
        WebSession township = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page shown = township.submit(path(id), path(id) + "/phone", Map.of());

        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        WebSession.Page refused = supervisor.submit(path(id), path(id) + "/phone", Map.of());

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(phone);
        // Only the caseworkers who call back may see the number; others read the request masked.
        assertThat(supervisor.get(path(id)).body()).doesNotContain(path(id) + "/phone\"");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(phone);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = 'EMERGENCY_PHONE_VIEWED'"
                + " AND record_type = 'emergency_request' AND record_id = ?", Long.toString(id))).isEqualTo(1);
    }

    @Test
    void aid_paid_first_is_capped_enters_the_chain_and_is_explained_afterwards() {
        Residents.Resident resident = Residents.loggedIn(server, "赵春芳");
        long id = send(resident.session(), resident.phone());
        WebSession township = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page tooMuch = township.submit(path(id), path(id) + "/aid", Map.of("idNumber", resident.idNumber(),
                "amount", "1500"));
        WebSession.Page paid = township.submit(path(id), path(id) + "/aid", Map.of("idNumber", resident.idNumber(),
                "amount", "500", "note", "购买口粮和被褥"));
        WebSession.Page unexplained = township.submit(path(id), path(id) + "/document", Map.of("note", ""));
        WebSession.Page explained = township.submit(path(id), path(id) + "/document",
                Map.of("note", "经核实房屋失火属实，已引导申请临时救助。"));

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("不超过 1000 元").contains("href=\"#aid-amount\"");
        assertThat(paid.status()).isEqualTo(303);
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(explained.status()).isEqualTo(303);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM assistance_chain WHERE kind = 'EMERGENCY_AID' "
                + "AND one_off_amount = 500.00 AND region_code = ?", People.XINGFU_VILLAGE)).isGreaterThanOrEqualTo(1);
        assertThat(resident.session().get("/assistance").body()).contains("急难先行救助").contains("500.00");
        assertThat(resident.session().get("/messages").body()).contains("已获先行救助");
        assertThat(township.get("/admin/emergencies").body()).doesNotContain(path(id) + "\"");
    }

    @Test
    void unreadable_answers_on_the_public_form_are_explained_and_nothing_is_stored() {
        long before = Database.number(dataSource, "SELECT COUNT(*) FROM emergency_request");

        WebSession.Page page = new WebSession(server).submit("/emergency", "/emergency", Map.of("name", "赵春芳",
                "phone", "12345", "regionCode", "990102001000", "place", "", "whatHappened", "急"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("href=\"#phone\"").contains("href=\"#regionCode\"").contains("href=\"#place\"")
                .contains("href=\"#whatHappened\"").contains("value=\"赵春芳\"");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM emergency_request")).isEqualTo(before);
    }

    private long send(WebSession sender, String phone) {
        WebSession.Page sent = sender.submit("/emergency", "/emergency", Map.of("name", "赵春芳", "phone", phone,
                "regionCode", People.XINGFU_VILLAGE, "place", "幸福村三组", "whatHappened", "昨晚房屋失火，一家三口没有住处。"));
        assertThat(sent.status()).isEqualTo(303);
        Matcher reference = REFERENCE.matcher(sent.location());
        assertThat(reference.find()).isTrue();
        assertThat(sender.get(sent.location()).body()).contains(reference.group(1));
        return Database.number(dataSource, "SELECT id FROM emergency_request WHERE reference = ?", reference.group(1));
    }

    private WebSession caseworker(String township) {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, township));
    }

    private static String path(long id) {
        return "/admin/emergencies/" + id;
    }
}
