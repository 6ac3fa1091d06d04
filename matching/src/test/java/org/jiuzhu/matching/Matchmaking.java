package org.jiuzhu.matching;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sides of a match brought about over HTTP, as the users do it: a verified charity with a published student
 * aid project in 平安县, and an approved household sharing its schoolchild's need with consent.
 */
@Singleton
public class Matchmaking {

    public static final String NEED_TEXT = "王小红今年上高中，学费和住宿费交不起，电话 13812345678";
    public static final String CARD_TEXT = "某某今年上高中";

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource db;

    Matchmaking(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.db = Database.raw(dataSource);
    }

    public long organization(Charities.Charity charity) {
        return Database.number(db, "SELECT id FROM charity_organization WHERE credit_code = ?", charity.creditCode());
    }

    public Charities.Charity verified(Charities.Charity charity) {
        long organization = organization(charity);
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        assertThat(supervisor.submit("/admin/charities/" + organization, "/admin/charities/" + organization + "/verify",
                Map.of()).status()).isEqualTo(303);
        return charity;
    }

    public Charities.Charity verifiedCharity() {
        return verified(Charities.registered(server, Charities.PINGAN_COUNTY));
    }

    public long draftProject(Charities.Charity charity, int capacity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "贫困学生助学金");
        form.put("description", "为高中和大学在读的困难学生提供助学金，帮助交学费和住宿费。");
        form.put("aidKind", "EDUCATION");
        form.put("target-STUDENTS", "yes");
        form.put("amountPerBeneficiary", "2000");
        form.put("capacity", String.valueOf(capacity));
        form.put("region-" + Charities.PINGAN_COUNTY, "yes");
        form.put("startsOn", LocalDate.now().minusDays(1).toString());
        form.put("endsOn", LocalDate.now().plusMonths(6).toString());
        WebSession.Page created = charity.session().submit("/charity/offers/new?kind=PROJECT",
                "/charity/offers?kind=PROJECT", form);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.location().replaceAll(".*/offers/(\\d+).*", "$1"));
    }

    public long publishedProject(Charities.Charity charity, int capacity) {
        long offer = draftProject(charity, capacity);
        assertThat(charity.session().submit("/charity/offers/" + offer, "/charity/offers/" + offer + "/publish",
                Map.of()).status()).isEqualTo(303);
        return offer;
    }

    /** The need form as the resident fills it in, without the consent tick. */
    public static Map<String, String> needForm() {
        Map<String, String> need = new LinkedHashMap<>();
        need.put("member", "1");
        need.put("aidKind", "EDUCATION");
        need.put("text", NEED_TEXT);
        need.put("urgency", "URGENT");
        need.put("target-STUDENTS", "yes");
        return need;
    }

    /** Shares the schoolchild's need with consent and answers its id. */
    public long sharedNeed(Cases.Case household, WebSession resident) {
        Map<String, String> consented = new LinkedHashMap<>(needForm());
        consented.put("consent", "yes");
        assertThat(resident.submit("/charity-help", "/charity-help", consented).status()).isEqualTo(303);
        return Database.number(db, "SELECT MAX(id) FROM need WHERE account_id = ? AND status = 'SHARED'",
                household.resident().accountId());
    }
}
