package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.ApiKeys;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.jiuzhu.matching.Charities;
import org.jiuzhu.matching.Matchmaking;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix's objects of dynamic monitoring and charity help, all in Pingan county, made the way their owners
 * make them: a decided household on three department lists (its warnings, the HRSS referral, the batch, the complex
 * case on a conference's agenda), an HRSS API key, a verified charity's published project, the household's shared
 * need and the charity's proposal to it. Answers each object's id by the path prefix that names it, most specific
 * prefix first.
 */
@Singleton
class MatrixObjects {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final Importer importer;
    private final ApiKeys keys;
    private final Matchmaking matchmaking;
    private final DataSource db;

    MatrixObjects(EmbeddedServer server, StaffAccounts staff, Cases cases, Importer importer, ApiKeys keys,
                  Matchmaking matchmaking, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.importer = importer;
        this.keys = keys;
        this.matchmaking = matchmaking;
        this.db = Database.raw(dataSource);
    }

    /** Pingan HRSS's login, which owns the batch, the key and the referral. */
    private Staff.Login hrss;

    Map<String, Long> create() {
        hrss = Staff.department(staff, Department.HRSS, Cases.PINGAN_COUNTY);
        Cases.Case household = cases.approved();
        String child = household.childIdNumber();
        hand(ListKind.REGISTERED_UNEMPLOYED, child, Map.of("employmentAid", "否"));
        long batch = Database.number(db, "SELECT MAX(id) FROM exchange_batch");
        hand(ListKind.IMPROVEMENT_SIGNALS, child, Map.of("signal", "工商登记"));
        hand(ListKind.HOUSING_INSECURE, child, Map.of("houseGrade", "D", "renovationListed", "否"));
        long warning = Database.number(db, "SELECT id FROM warning WHERE application_id = ? AND rule_id = 'HRS-01' "
                + "AND status = 'OPEN'", household.id());
        long complex = Database.number(db, "SELECT id FROM warning WHERE application_id = ? AND rule_id = 'CPX-01' "
                + "AND status = 'OPEN'", household.id());
        long referral = Database.number(db, "SELECT id FROM referral WHERE warning_id = ?", warning);

        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        long need = matchmaking.sharedNeed(household, Cases.residentSession(server, household));
        WebSession.Page proposed = charity.session().submit("/charity/offers/" + offer + "/needs",
                "/charity/offers/" + offer + "/needs/" + need + "/propose", Map.of("message", "我们可以资助学费"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(303);
        long pairing = Database.number(db, "SELECT id FROM pairing WHERE offer_id = ? AND need_id = ?", offer, need);

        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("/admin/warnings/", warning);
        ids.put("/admin/referrals/", referral);
        ids.put("/admin/exchanges/keys/", apiKey());
        ids.put("/admin/exchanges/", batch);
        ids.put("/api/v1/exchanges/batches/", batch);
        ids.put("/admin/conferences/", conference(complex));
        ids.put("/admin/charities/", matchmaking.organization(charity));
        ids.put("/admin/pairings/", pairing);
        ids.put("/charity/offers/", offer);
        ids.put("/api/v1/offers/", offer);
        ids.put("/charity/pairings/", pairing);
        ids.put("/charity-help/pairings/", pairing);
        ids.put("/charity-help/", need);
        ids.put("/api/v1/needs/", need);
        return ids;
    }

    /** Who may reach every object above: Pingan's own staff, for the check that the ids are real. */
    Staff.Login owner() {
        return hrss;
    }

    private void hand(ListKind kind, String idNumber, Map<String, String> values) {
        Department owner = Lists.owner(kind);
        Lists.handOver(WebSession.as(server, owner == Department.HRSS ? hrss
                : Staff.department(staff, owner, Cases.PINGAN_COUNTY)), importer, kind, idNumber, values);
    }

    private long apiKey() {
        Actor department = new Actor(hrss.id(), Role.DEPARTMENT, new RegionScope(Cases.PINGAN_COUNTY,
                DivisionLevel.COUNTY), Department.HRSS, null);
        return keys.make(department, "矩阵测试", Cases.IP).orElseThrow().key().id();
    }

    private long conference(long complexCase) {
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, Cases.PINGAN_COUNTY));
        WebSession.Page convened = approver.submit("/admin/conferences", "/admin/conferences", Map.of(
                "case-" + complexCase, "yes", "on", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString(),
                "place", "县民政局三楼会议室", "participants", "民政局、人社局"));
        assertThat(convened.status()).as(convened.body()).isEqualTo(303);
        String path = convened.location();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
